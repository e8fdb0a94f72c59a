import { stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildSnapshot, checkRepository, hasErrors, loadRepository, snapshotForAudience, type Snapshot } from '@cairn/core';
import { readGoalsFolder } from '@cairn/core/node';
import type { SiteOptions } from './options.js';
import type { RunState } from './run-state.js';
import { normaliseBase, resolveAsOf, resolveAudience, resolveSiteUrl } from './settings.js';
import { SiteDataError } from './site-data-error.js';

export interface PreparedRun {
  run: RunState;
  snapshot: Snapshot;
}

/**
 * Loads, checks and scores a goals folder once, and writes the snapshot the pages read into
 * `runDir`. Invalid data throws SiteDataError before anything else is written, except under the
 * dev server with a `fallback` (the last good snapshot), which is shown beside the problems.
 */
export async function prepareRun(options: SiteOptions, runDir: string, dev = false, fallback?: Snapshot): Promise<PreparedRun> {
  const goalsDir = resolve(options.goalsDir);
  const info = await stat(goalsDir).catch(() => null);
  if (!info) throw new Error(`no such folder: ${options.goalsDir}`);
  if (!info.isDirectory()) throw new Error(`not a folder: ${options.goalsDir} (give the goals folder)`);
  const repo = loadRepository(await readGoalsFolder(goalsDir));
  if (repo.texts.size === 0) {
    throw new Error(`${options.goalsDir} holds no Cairn files (periods.yaml, teams.yaml, objectives/, kpis/); is it the goals folder?`);
  }
  const asOf = resolveAsOf(options.asOf, repo.config);
  const problems = checkRepository(repo, { asOf });
  // A build refuses invalid data; the dev server shows the problems and the last good snapshot.
  if (hasErrors(problems) && (!dev || !fallback)) throw new SiteDataError(goalsDir, problems, repo.texts);
  const site = repo.config.site ?? {};
  const audience = resolveAudience(options.audience, repo.config);
  // Everything after this point sees only what this audience may read.
  const snapshot = hasErrors(problems) && fallback ? fallback : snapshotForAudience(buildSnapshot(repo, asOf), audience);
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
  const snapshotFile = join(runDir, 'snapshot.json');
  await writeFile(snapshotFile, JSON.stringify(snapshot));
  const run: RunState = {
    snapshotFile,
    goalsDir,
    base: normaliseBase(options.base ?? text(site.base)),
    siteUrl: resolveSiteUrl(options.siteUrl ?? text(site.url)),
    audience,
    title: text(site.title) ?? (snapshot.organisation ? `${snapshot.organisation} goals` : 'Goals'),
    description: text(site.description) ?? null,
    locale: text(site.locale) ?? 'en-GB',
    site,
    logo: text(site.logo) ?? null,
    dev,
    part: { index: 0, count: 1 },
    problems: dev ? problems.map(({ file, line, column, severity, message }) => ({ file, line, column, severity, message })) : [],
  };
  return { run, snapshot };
}
