import type { Server } from 'node:http';

/**
 * Starts listening; a busy port becomes a sentence that names it and how to pick another,
 * not an EADDRINUSE stack trace.
 */
export function listen(server: Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE') reject(new Error(`port ${port} on ${host} is already in use; pick another with --port (e.g. --port ${port + 1})`));
      else if (error.code === 'EACCES') reject(new Error(`port ${port} on ${host} needs more rights than this user has; pick one above 1023 with --port`));
      else reject(error);
    };
    const onListening = (): void => {
      server.off('error', onError);
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      resolve(`http://${host.includes(':') ? `[${host}]` : host}:${bound}`);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
