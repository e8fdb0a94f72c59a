/**
 * The bounds of a goals folder, as `cairn` shows them: it reads nothing outside the folder it
 * was given (a link out is reported, its target never printed), and a folder that is not a
 * goals folder at all, such as `/`, is a usage error (exit 2), not an internal error.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture } from './run-cairn.js';
import { runMain } from './run-main.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the bounds of a goals folder', () => {
  it('cairn validate / is a usage error that walks nothing', async () => {
    const result = await runMain(['validate', '/', '--no-cache']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: / holds no Cairn files (periods.yaml, teams.yaml, objectives/, kpis/); is it the goals folder?\n');
  });

  it('a KPI linked to a file outside the folder is reported, and its text is never printed', async () => {
    const goals = mkdtempSync(join(tmpdir(), 'cairn-cli-goals-'));
    const outside = mkdtempSync(join(tmpdir(), 'cairn-cli-outside-'));
    made.push(goals, outside);
    cpSync(fixture('valid'), goals, { recursive: true });
    writeFileSync(join(outside, 'passwd'), 'root:x:0:0:SECRET:/root:/bin/bash\n');
    symlinkSync(join(outside, 'passwd'), join(goals, 'kpis/passwd.yaml'));
    const result = await runMain(['validate', goals, '--no-cache']);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).not.toContain('SECRET');
    expect(result.stdout).toContain('kpis/passwd.yaml:1:1 error this file cannot be read: it is a link to a file outside the goals folder, and Cairn reads nothing outside the goals folder');
  });
});
