import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
function list(d, out=[]){ for (const e of readdirSync(d,{withFileTypes:true})) { const p=join(d,e.name); if(e.isDirectory()) list(p,out); else if (/\.(ya?ml|md)$/.test(e.name)) out.push(p);} return out; }
const texts = list(process.argv[2]).map(p=>{ let t=readFileSync(p,'utf8'); if(t.startsWith('---')){ const i=t.indexOf('\n---',3); t=t.slice(4,i);} return t; });
const t0=performance.now(); const v = texts.map(t=>jsyaml.load(t,{schema:jsyaml.CORE_SCHEMA})); console.log(process.execArgv.join(' ')||'(none)', (performance.now()-t0).toFixed(0));
