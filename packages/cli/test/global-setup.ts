import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every cairn the tests start keeps its cache in one temporary folder (see runCairn), not in
 * the repository's node_modules, and the folder goes when the tests end.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-cli-test-cache-'));
  process.env.CAIRN_TEST_CACHE_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
