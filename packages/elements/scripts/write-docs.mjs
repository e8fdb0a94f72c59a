// Regenerates the reference section of docs/elements.md from custom-elements.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { withReference } from './elements-reference.mjs';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const docs = new URL('../../../docs/elements.md', import.meta.url);
writeFileSync(docs, withReference(readFileSync(docs, 'utf8'), manifest));
console.log('docs/elements.md: reference regenerated from custom-elements.json');
