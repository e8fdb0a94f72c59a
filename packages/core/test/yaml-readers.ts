/**
 * The three YAML readers of the loader side by side: the plain YAML reader (simple-yaml.ts),
 * js-yaml with Cairn's core schema, and `yaml` with positions (the reference: it reads every
 * text the others leave, and says what is wrong with a bad one). One semantics means: whenever
 * a reader returns a value, `yaml` returns that very value.
 */
import { isDeepStrictEqual } from 'node:util';
import { NOT_SIMPLE, readSimpleYaml } from '../src/source/simple-yaml.js';
import { readWithJsYaml, readWithYaml } from '../src/source/yaml-source.js';

export type Reading = { value: unknown } | 'left' | 'refused';

export interface Readings {
  simple: Reading;
  jsYaml: Reading;
  yaml: Reading;
}

export function readAll(text: string): Readings {
  const simple = readSimpleYaml(text);
  const js = readWithJsYaml(text);
  const precise = readWithYaml('test.yaml', text);
  return {
    simple: simple === NOT_SIMPLE ? 'left' : { value: simple },
    jsYaml: js.ok ? { value: js.value } : 'left',
    yaml: precise.doc ? { value: precise.doc.value } : 'refused',
  };
}

/** What `yaml` makes of a text (null for an empty one, as the loader has it), or 'refused'. */
export function byYaml(text: string): unknown {
  const precise = readWithYaml('test.yaml', text);
  return precise.doc ? precise.doc.value : 'refused';
}

/** The readers that returned a value `yaml` does not return for the text; empty when all agree. */
export function disagreements(text: string): string[] {
  const { simple, jsYaml, yaml } = readAll(text);
  const out: string[] = [];
  for (const [name, reading] of [['simple-yaml', simple], ['js-yaml', jsYaml]] as const) {
    if (typeof reading === 'string') continue;
    if (yaml === 'refused') out.push(`${name} read a text yaml refuses: ${JSON.stringify(text)}`);
    else if (typeof yaml !== 'string' && !isDeepStrictEqual(reading.value, yaml.value)) {
      out.push(`${name} read ${JSON.stringify(text)} as ${String(JSON.stringify(reading.value))}, yaml as ${String(JSON.stringify(yaml.value))}`);
    }
  }
  return out;
}

export function readersAgree(text: string): boolean {
  return disagreements(text).length === 0;
}
