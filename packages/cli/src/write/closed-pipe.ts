/**
 * A reader that stops early (`cairn export | head -c 10`) closes the pipe: that is a normal end
 * of the output, not a failure, so the process ends quietly instead of printing a stack trace.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.WritableStream, end: () => void = () => process.exit(process.exitCode ?? 0)): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') end();
    else throw error;
  });
}
