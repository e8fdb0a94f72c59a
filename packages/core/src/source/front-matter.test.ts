import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './front-matter.js';

describe('splitFrontMatter', () => {
  it('splits the YAML between the fences from the markdown below', () => {
    expect(splitFrontMatter('---\ntitle: Grow\n---\n\nWhy it matters.\n')).toEqual({ yaml: 'title: Grow', yamlLine: 1, body: 'Why it matters.' });
  });

  it('reads CRLF files and a byte-order mark the same as plain ones', () => {
    expect(splitFrontMatter('\uFEFF---\r\ntitle: Grow\r\nowner: ana\r\n---\r\nBody\r\nmore\r\n')).toEqual({ yaml: 'title: Grow\nowner: ana', yamlLine: 1, body: 'Body\nmore' });
  });

  it('accepts fences with trailing spaces and empty front matter', () => {
    expect(splitFrontMatter('--- \t\n---\nBody')).toEqual({ yaml: '', yamlLine: 1, body: 'Body' });
    expect(splitFrontMatter('---\na: 1\n---')).toEqual({ yaml: 'a: 1', yamlLine: 1, body: '' });
  });

  it('finds no front matter without an opening fence, or without a closing one', () => {
    expect(splitFrontMatter('title: Grow\n---\n')).toEqual({ yaml: null, yamlLine: 0, body: 'title: Grow\n---\n' });
    expect(splitFrontMatter('---\ntitle: Grow\n')).toEqual({ yaml: null, yamlLine: 0, body: '---\ntitle: Grow\n' });
    expect(splitFrontMatter('----\na: 1\n---\n').yaml).toBeNull();
  });

  it('does not take a longer dash line or an indented one for the closing fence', () => {
    expect(splitFrontMatter('---\na: |\n  ---\n----\nb: 2\n---\nBody').yaml).toBe('a: |\n  ---\n----\nb: 2');
  });
});
