import { type FSWatcher, watch } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import type { Snapshot } from '@cairn/core';
import { createServer } from 'node:http';
import { astroConfig } from './astro-config.js';
import { closeServer, listen } from './listen.js';
import type { RunningServer, ServeOptions, SiteOptions } from './options.js';
import { prepareRun } from './prepare-run.js';
import { quietAstro } from './quiet-astro.js';
import type { RunState } from './run-state.js';
import { SiteDataError } from './site-data-error.js';

interface DevServerLike {
  environments?: Record<string, { moduleGraph: { invalidateAll(): void }; hot?: { send(payload: { type: 'full-reload' }): void } }>;
  moduleGraph: { invalidateAll(): void };
  ws: { send(payload: { type: 'full-reload' }): void };
  restart(forceOptimize?: boolean): Promise<void>;
}

/**
 * Serves the site while you edit the goals: every change to a file of the goals folder is
 * loaded, checked and scored again and the open pages reload. Problems are logged and shown at
 * the top of every page; while there are errors the pages keep the last good scores.
 */
export async function devSite(options: SiteOptions & ServeOptions): Promise<RunningServer> {
  const log = options.log ?? ((): void => {});
  const goalsDir = resolve(options.goalsDir);
  const port = options.port ?? 4321;
  const host = options.host ?? '127.0.0.1';
  // Vite would quietly move to the next port; a person who asked for one should hear it is taken.
  // Port 0 means any free port: one is picked here, since Vite reads 0 as "its default".
  const chosenPort = await freePort(port, host);
  const runDir = await mkdtemp(join(tmpdir(), 'cairn-dev-'));
  const first = await prepareRun(options, runDir, true);
  let run: RunState = first.run;
  let lastGood: Snapshot = first.snapshot;
  const report = (state: RunState): void => {
    for (const p of state.problems) log(`${p.file}:${p.line}:${p.column}  ${p.severity}  ${p.message}`);
  };
  report(run);

  let watcher: FSWatcher | undefined;
  // Vite's restart moves the new server into the first server object: that one stays live.
  let live: DevServerLike | undefined;
  const reload = {
    name: 'cairn-goals-reload',
    configureServer(configured: DevServerLike): void {
      live ??= configured;
      const server = live;
      let pending: NodeJS.Timeout | undefined;
      const onChange = (path: string): void => {
        if (path.startsWith('.') || path.includes(`${sep}.`) || path.startsWith(`dist${sep}`) || path.includes(`node_modules${sep}`)) return;
        // Editors save in bursts (temporary file, rename): read the folder once they settle.
        clearTimeout(pending);
        pending = setTimeout(() => {
          prepareRun(options, runDir, true, lastGood)
            .then((next) => {
              run = next.run;
              if (!next.run.problems.some((p) => p.severity === 'error')) lastGood = next.snapshot;
              log(`Goals changed: ${next.snapshot.objectives.length} objectives, ${run.problems.length} problem${run.problems.length === 1 ? '' : 's'}`);
              report(run);
              // Vite's module runner keeps the pages' modules, and with them the old snapshot,
              // whatever is invalidated: a restart reads the new run state afresh.
              return server.restart();
            })
            .catch((error: unknown) => log(error instanceof SiteDataError ? error.message : `Could not reload the goals: ${(error as Error).message}`));
        }, 150);
      };
      // A restart configures the new server again: one watcher, bound to the newest server.
      watcher?.close();
      // Node's own watcher is ready when it returns, so no early edit is missed.
      watcher = watch(goalsDir, { recursive: true }, (_event, name) => {
        if (name) onChange(name.toString());
      });
    },
  };

  const config = astroConfig(() => run, join(runDir, 'out'), join(runDir, 'astro-cache'), [reload]);
  const { dev } = await import('astro');
  let server: Awaited<ReturnType<typeof dev>>;
  try {
    server = await quietAstro(() => dev({ ...config, server: { port: chosenPort, host } }));
  } catch (error) {
    await rm(runDir, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || /already in use/i.test((error as Error).message)) {
      throw new Error(`port ${port} on ${host} is already in use; pick another with --port (e.g. --port ${port + 1})`);
    }
    throw error;
  }
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${server.address.port}${run.base}`;
  log(`Serving ${goalsDir} at ${url}`);
  return {
    url,
    close: async () => {
      watcher?.close();
      await server.stop();
      await rm(runDir, { recursive: true, force: true });
    },
  };
}

/** The port itself when it is free (or a free one for 0); a taken port is an error naming it. */
async function freePort(port: number, host: string): Promise<number> {
  const probe = createServer();
  const url = await listen(probe, port, host);
  await closeServer(probe);
  return Number(new URL(url).port);
}
