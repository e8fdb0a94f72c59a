import pc from 'picocolors';
import { main } from '../../src/program.js';
import type { Output } from '../../src/output.js';

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `cairn …argv` in this process, colour off, and returns what it printed. */
export async function cairn(argv: readonly string[]): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const output: Output = {
    out: (text) => {
      stdout += text.endsWith('\n') ? text : `${text}\n`;
    },
    err: (text) => {
      stderr += text.endsWith('\n') ? text : `${text}\n`;
    },
    colours: pc.createColors(false),
    columns: undefined,
  };
  const code = await main(argv, output);
  return { code, stdout, stderr };
}
