import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cairn } from './capture.js';
import { demoCopies } from './goals-folder.js';

const demo = demoCopies();
const acmeCopy = async (): Promise<string> => (await demo()).goals;

describe('cairn new objective --follows: carrying an objective into the next quarter', () => {
  it('writes follows, takes owner, tags and guardrails from the old objective, and carries its unfinished key results from where they stand', async () => {
    const dir = await acmeCopy();
    const result = await cairn(['new', 'objective', '-g', dir, '--period', '2027-q1', '--team', 'web', '--title', 'Keep the checkout fast', '--follows', 'faster-checkout']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Carried on from faster-checkout: 3 unfinished key results (image-weight from 2.1, third-party-scripts from 12, lighthouse from 61)\n');
    expect(await readFile(join(dir, 'objectives/2027-q1/web/keep-the-checkout-fast.md'), 'utf8')).toBe(
      [
        '---',
        'title: Keep the checkout fast',
        'owner: mia',
        'follows: faster-checkout',
        'tags: [engineering, checkout]',
        'supporting_kpis: [checkout-load-time, trial-conversion]',
        'key_results:',
        '  - id: image-weight',
        '    title: Cut the checkout page weight from 2.4 MB to 0.8 MB',
        '    start: 2.1',
        '    target: 0.8',
        '    unit: MB',
        '  - id: third-party-scripts',
        '    title: "Remove third-party scripts from checkout, 14 down to 6"',
        '    start: 12',
        '    target: 6',
        '    unit: scripts',
        '  - id: lighthouse',
        '    title: Raise the mobile performance score from 58 to 90',
        '    start: 61',
        '    target: 90',
        '    unit: points',
        '---',
        '',
      ].join('\n'),
    );
    // The old quarter keeps its check-ins and score; the new objective validates and links back.
    expect((await cairn(['validate', dir, '--no-cache'])).code).toBe(0);
    const exported = JSON.parse((await cairn(['export', dir, '--no-cache', '--audience', 'internal'])).stdout) as { objectives: { id: string; follows?: string | null; followedBy?: string[] }[] };
    expect(exported.objectives.find((o) => o.id === 'faster-checkout')?.followedBy).toEqual(['keep-the-checkout-fast']);
  });

  it('leaves a finished key result behind and says so; flags given on the command line win over the old objective', async () => {
    const dir = await acmeCopy();
    const result = await cairn(['new', 'objective', '-g', dir, '--period', '2027-q1', '--team', 'field-sales', '--title', 'Keep signing partners', '--follows', 'sign-retail-partners', '--owner', 'sam', '--tags', 'retail']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Carried on from sign-retail-partners: .*; left behind: [a-z-]+ \(done\)/m);
    const text = await readFile(join(dir, 'objectives/2027-q1/field-sales/keep-signing-partners.md'), 'utf8');
    expect(text).toContain('owner: sam\n');
    expect(text).toContain('tags: [retail]\n');
    expect(text).not.toContain('checkins');
  });

  it('an unknown id is refused before anything is written, with the nearest id', async () => {
    const dir = await acmeCopy();
    const result = await cairn(['new', 'objective', '-g', dir, '--period', '2027-q1', '--team', 'web', '--title', 'X', '--follows', 'faster-chekout']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: --follows: unknown objective "faster-chekout"; did you mean "faster-checkout"\? \(known objectives: /);
  });
});
