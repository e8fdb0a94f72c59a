import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../src/index.js';

const doc = (name: string): string => readFileSync(new URL(`../../../docs/${name}`, import.meta.url), 'utf8');

type Node = { properties?: Record<string, Node> };

/** The dotted names of the fields a config file may set, `site.title` for a nested one. */
function leafFields(schema: Node, prefix = ''): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, sub]) => {
    if (name === '$schema') return [];
    return sub.properties ? leafFields(sub, `${prefix}${name}.`) : [`${prefix}${name}`];
  });
}

/** The rows of the first markdown table from `heading` on: its lines up to the first one that is not a row. */
function tableRows(text: string, heading: string): string[] {
  const lines = text.slice(text.indexOf(heading)).split('\n');
  const start = lines.findIndex((line) => line.startsWith('|'));
  const end = lines.findIndex((line, index) => index > start && !line.startsWith('|'));
  return lines.slice(start + 2, end === -1 ? undefined : end);
}

describe('the docs of the schemas', () => {
  it('data-format.md lists every config field in one unbroken table', () => {
    const text = doc('data-format.md');
    const section = text.slice(text.indexOf('## cairn.config.yaml'), text.indexOf('## periods.yaml'));
    const rows = tableRows(section, '| field | type | default | meaning |');
    const documented = rows.map((row) => /^\| `([^`]+)` \|/.exec(row)?.[1]);
    expect(documented).toEqual(leafFields(jsonSchemas().config as Node));
  });

  it('scoring.md says trendChange is positive when the KPI gets better, not when its value rises', () => {
    const row = tableRows(doc('scoring.md'), '### `kpis[]`').find((line) => line.includes('`trendChange`'));
    expect(row).toMatch(/positive is better/);
    expect(row).toMatch(/decrease/);
  });

  it('editors.md names each schema by its $id and no longer promises that the editor and cairn validate never disagree', () => {
    const text = doc('editors.md');
    expect(text).toContain('urn:cairn:schema:<kind>:1');
    expect(text).toContain('urn:cairn:schema:snapshot:1');
    expect(text).not.toMatch(/never disagree/);
    expect(doc('data-format.md')).not.toMatch(/never disagree/);
  });
});
