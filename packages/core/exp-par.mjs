import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
function list(d, out=[]){ for (const e of readdirSync(d,{withFileTypes:true})) { const p=join(d,e.name); if(e.isDirectory()) list(p,out); else if (/\.(ya?ml|md)$/.test(e.name)) out.push([p, statSync(p).size]);} return out; }
function work(paths){ return paths.map(p=>{ let t=readFileSync(p,'utf8'); if(t.startsWith('---')){ const i=t.indexOf('\n---',3); t=t.slice(4,i);} return jsyaml.load(t,{schema:jsyaml.CORE_SCHEMA}); }); }
if (isMainThread) {
  const all = list(process.argv[2]); const n = Number(process.argv[3]); const mainToo = process.argv[4]==='main';
  const t0 = performance.now();
  const k = mainToo ? n+1 : n;
  const parts = Array.from({length:k},()=>({bytes:0, paths:[]}));
  for (const [p,s] of all) { let m=parts[0]; for (const q of parts) if (q.bytes<m.bytes) m=q; m.paths.push(p); m.bytes+=s; }
  const ws = parts.slice(mainToo?1:0).map(p=>{ const w=new Worker(new URL(import.meta.url),{workerData:p.paths}); return new Promise(r=>w.once('message',(m)=>{r(m); w.terminate();})); });
  let mine=null; if (mainToo) { mine = work(parts[0].paths); console.log(' main parse', (performance.now()-t0).toFixed(0)); }
  const res = await Promise.all(ws);
  const t1=performance.now();
  const vals = res.map(s=>JSON.parse(s)); const t2=performance.now();
  console.log(n,'workers', mainToo?'+main':'', 'wait', (t1-t0).toFixed(0), 'JSON.parse', (t2-t1).toFixed(0), 'total', (t2-t0).toFixed(0));
} else { const t=performance.now(); const v = work(workerData); const t1=performance.now(); const s=JSON.stringify(v); parentPort.postMessage(s); console.log(' worker parse', (t1-t).toFixed(0), 'stringify', (performance.now()-t1).toFixed(0)); }
