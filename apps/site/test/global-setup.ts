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
  }
}

export const demoGoals = new URL('../../../examples/acme/', import.meta.url).pathname;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(join(tmpdir(), 'cairn-site-test-'));
  const siteDir = join(root, 'site');
  await buildSite({ goalsDir: demoGoals, outDir: siteDir });
  const server = await previewSite({ outDir: siteDir, port: 0 });
  project.provide('siteDir', siteDir);
  project.provide('siteUrl', server.url);
  project.provide('snapshotJson', await readFile(join(siteDir, 'api/v1/snapshot.json'), 'utf8'));
  return async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  };
}
