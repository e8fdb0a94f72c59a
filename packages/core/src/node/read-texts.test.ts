import { isUtf8 } from 'node:buffer';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTexts, type FileToRead } from './read-texts.js';
import { encodingProblem } from '../source/encoding.js';

const dir = mkdtempSync(join(tmpdir(), 'cairn-read-texts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): FileToRead {
  const full = join(dir, name);
  writeFileSync(full, bytes);
  return { full, path: name };
}

/** The file read on its own, as the reader did before texts were read in chunks. */
function alone({ full, path }: FileToRead) {
  const bytes = readFileSync(full);
  const text = bytes.toString('utf8');
  return isUtf8(bytes) ? { path, text } : { path, text, encoding: encodingProblem(bytes, text) };
}

describe('readTexts', () => {
  it('reads each file as a file-by-file read does, whatever its encoding', () => {
    const files = [
      file('plain.yaml', 'title: Grow revenue\nowner: mia\n'),
      file('empty.yaml', ''),
      file('accents.md', '---\ntitle: Réduire les délais — vite\n---\nCafé ☕ 🚀\n'),
      file('bom.csv', '\uFEFFdate,value\n2026-10-03,5\n'),
      file('latin1.yaml', Buffer.from('title: Stra\xdfe\n', 'latin1')),
      file('utf16.csv', Buffer.from([0xff, 0xfe, 0x64, 0x00, 0x61, 0x00])),
      file('after.yaml', 'title: after the odd ones\n'),
    ];
    const texts = readTexts(files);
    expect(texts).toEqual(files.map(alone));
    expect(texts[4]?.encoding).toEqual({ kind: 'not-utf8', offset: 11 });
    expect(texts[5]?.encoding).toEqual({ kind: 'utf-16' });
  });

  it('reads files across chunk ends, and a file larger than a chunk, exactly', () => {
    mkdirSync(join(dir, 'many'));
    // 3,000 files of about 3 kB fill more than one 8 MB chunk; one of 9 MB needs a chunk of its own.
    const files = Array.from({ length: 3000 }, (_, i) => file(`many/${i}.yaml`, `n: ${i}\n${'x'.repeat(2900 + (i % 200))}${i % 97 === 0 ? ' é' : ''}\n`));
    files.splice(1500, 0, file('many/huge.csv', `date,value\n${'2026-10-03,1\n'.repeat(750_000)}`));
    const texts = readTexts(files);
    expect(texts.length).toBe(files.length);
    files.forEach((f, i) => expect(texts[i]).toEqual(alone(f)));
  });

  it('says why a file cannot be read, and reads the others', () => {
    const good = file('good.yaml', 'a: 1\n');
    const texts = readTexts([{ full: join(dir, 'gone.yaml'), path: 'gone.yaml' }, { full: dir, path: 'folder.yaml' }, good]);
    expect(texts[0]).toEqual({ path: 'gone.yaml', text: '', unreadable: 'the system said ENOENT' });
    expect(texts[1]).toEqual({ path: 'folder.yaml', text: '', unreadable: 'the system said EISDIR' });
    expect(texts[2]).toEqual({ path: 'good.yaml', text: 'a: 1\n' });
  });
});
