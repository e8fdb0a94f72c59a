import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- the example's server is plain JavaScript, on purpose
import { startServer } from '../serve.mjs';

const SERVE = fileURLToPath(new URL('../serve.mjs', import.meta.url));

let busy: Server;
let port: number;

beforeAll(async () => {
  // Another program on a port: here a bare server on a free port the system picks.
  busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  const address = busy.address();
  port = typeof address === 'object' && address ? address.port : 0;
});

afterAll(async () => {
  await new Promise((resolve) => busy.close(resolve));
});

function serve(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVE], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      // It started after all: stop it, the test then fails on the exit code.
      if (stdout.includes('Ctrl+C')) child.kill();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('serving on a port that is taken', () => {
  it('says the port is taken and how to choose another, without a stack trace', async () => {
    const result = await serve({ PORT: String(port) });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `error: port ${port} is taken: another program is listening on it; choose another with PORT, e.g. PORT=8080 npm run intranet (or node serve.mjs --port <port>)\n`,
    );
  });

  it('a PORT that is not a port number is refused before anything starts', async () => {
    const result = await serve({ PORT: 'eighty' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: the port must be a number from 0 to 65535, not "eighty"; e.g. PORT=8081 npm run intranet\n');
  });

  it('startServer rejects with the same sentence, and the error keeps its code', async () => {
    await expect(startServer(port)).rejects.toMatchObject({ code: 'EADDRINUSE', message: expect.stringMatching(new RegExp(`^port ${port} is taken: `)) });
  });
});
