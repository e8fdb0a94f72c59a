import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectNoCrash } from './run-cairn.js';
import { runMain } from './run-main.js';

/** The package folder, so the demo is found at ../../examples/acme as a user in the repository would type it. */
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

// The one test that reads the built-in demo; its exact content is still changing, so only the outline is checked.
describe('examples/acme', () => {
  it('validates cleanly and scores into a table', async () => {
    const validate = await runMain(['validate', '../../examples/acme'], { cwd: PACKAGE_DIR });
    expectNoCrash(validate);
    expect(validate.stdout + validate.stderr).not.toMatch(/^\S+:\d+:\d+ error /m);
    expect(validate.code).toBe(0);

    const score = await runMain(['score', '../../examples/acme'], { cwd: PACKAGE_DIR });
    expectNoCrash(score);
    expect(score.code).toBe(0);
    expect(score.stdout).toMatch(/^.+ — as of \d{4}-\d{2}-\d{2}$/m);
    expect(score.stdout).toMatch(/^OBJECTIVE +TEAM +KIND +SCORE +GRADE +STATUS +FORECAST$/m);
    expect(score.stdout).toMatch(/^KPI +LATEST +TARGET +HEALTH +TREND$/m);
    expect(score.stdout).toMatch(/ (on-track|at-risk|off-track|not-started|achieved|partial|missed|done) /);
  });
});
