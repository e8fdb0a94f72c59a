/**
 * Reads many small files as text, the way `readFileSync(path).toString()` would, but into a few
 * large chunks, each decoded once. Node only.
 *
 * Why: a repository of 10,000 objectives is 11,500 files of a few kilobytes. Read one by one,
 * each is a buffer of its own and a string of its own, and the garbage collector copies those
 * 50 MB of strings twice while reading goes on. Read into 8 MB chunks, a chunk is decoded into
 * one string that V8 keeps outside its heap, and each file's text is a slice of it. Files that
 * are not plain ASCII (most are) are decoded on their own as UTF-8, so every text is exactly what
 * a file-by-file read gives.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import type { SourceFile } from '../load/model.js';
import { encodingProblem } from '../source/encoding.js';

const CHUNK_BYTES = 8 * 1024 * 1024;

export interface FileToRead {
  /** Where the file is on disk. */
  full: string;
  /** Its path in the goals folder, as `SourceFile.path`. */
  path: string;
}

/** Where one file's bytes are in the current chunk. */
interface Placed {
  index: number;
  path: string;
  start: number;
  end: number;
}

/** The files as texts, in the order given; a file that cannot be read says why. */
export function readTexts(files: readonly FileToRead[]): SourceFile[] {
  const texts: SourceFile[] = new Array<SourceFile>(files.length);
  let chunk = Buffer.allocUnsafeSlow(CHUNK_BYTES);
  let used = 0;
  let placed: Placed[] = [];

  /** Decodes the chunk's files into `texts`. */
  const decode = (): void => {
    if (placed.length === 0) return;
    // One string for the chunk: bytes are characters in latin1, so an ASCII file's text is the
    // slice at its bytes' offsets; any other file is decoded from its own bytes.
    const whole = chunk.toString('latin1', 0, used);
    for (const { index, path, start, end } of placed) {
      const bytes = chunk.subarray(start, end);
      texts[index] = isAscii(bytes) ? { path, text: whole.slice(start, end) } : decodedUtf8(path, bytes);
    }
    placed = [];
  };

  files.forEach(({ full, path }, index) => {
    let fd: number;
    try {
      fd = openSync(full, 'r');
    } catch (error) {
      texts[index] = unreadable(path, error);
      return;
    }
    let start = used;
    try {
      for (;;) {
        if (used === chunk.length) {
          // The chunk is full: decode what it holds and carry this file's bytes so far over
          // to a new one (twice as large as the file, for a file larger than a chunk).
          const partial = chunk.subarray(start, used);
          decode();
          const next = Buffer.allocUnsafeSlow(Math.max(CHUNK_BYTES, partial.length * 2));
          partial.copy(next);
          chunk = next;
          start = 0;
          used = partial.length;
        }
        const read = readSync(fd, chunk, used, chunk.length - used, null);
        if (read === 0) break;
        used += read;
      }
      placed.push({ index, path, start, end: used });
    } catch (error) {
      used = start;
      texts[index] = unreadable(path, error);
    } finally {
      closeSync(fd);
    }
  });
  decode();
  return texts;
}

/** A file that is not ASCII: UTF-8, or what is wrong with its encoding. */
function decodedUtf8(path: string, bytes: Buffer): SourceFile {
  const text = bytes.toString('utf8');
  // isUtf8 is native and fast; the slower look for where it broke runs only when it fails.
  return isUtf8(bytes) ? { path, text } : { path, text, encoding: encodingProblem(bytes, text) };
}

function unreadable(path: string, error: unknown): SourceFile {
  const code = (error as NodeJS.ErrnoException).code;
  return { path, text: '', unreadable: code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `the system said ${code ?? String(error)}` };
}
