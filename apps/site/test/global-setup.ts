import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, previewSite } from '../src/node/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The demo site, built once into a temporary folder. */
    siteDir: string;
    /** Where previewSite serves it. */
    siteUrl: string;
    /** The demo's full snapshot, as the site published it. */
    snapshotJson: string;
    /** Everything the demo's build wrote to stdout and stderr. */
    buildLog: string;
  }
}

export const demoGoals = new URL('../../../examples/acme/', import.meta.url).pathname;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(join(tmpdir(), 'cairn-site-test-'));
  const siteDir = join(root, 'site');
  const buildLog = await capturingOutput(() => buildSite({ goalsDir: demoGoals, outDir: siteDir, log: (line) => console.log(line) }));
  const server = await previewSite({ outDir: siteDir, port: 0 });
  project.provide('siteDir', siteDir);
  project.provide('siteUrl', server.url);
  project.provide('buildLog', buildLog);
  project.provide('snapshotJson', await readFile(join(siteDir, 'api/v1/snapshot.json'), 'utf8'));
  return async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  };
}

/** Runs `work` while keeping a copy of what the process writes to stdout and stderr (still written through). */
async function capturingOutput(work: () => Promise<unknown>): Promise<string> {
  const chunks: string[] = [];
  const streams = [process.stdout, process.stderr];
  const originals = streams.map((stream) => stream.write.bind(stream));
  streams.forEach((stream, i) => {
    stream.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return (originals[i] as (chunk: string | Uint8Array, ...rest: never[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write;
  });
  try {
    await work();
  } finally {
    streams.forEach((stream, i) => {
      stream.write = originals[i] as typeof stream.write;
    });
  }
  return chunks.join('');
}
