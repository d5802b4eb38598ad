import puppeteer from 'puppeteer-core';
import { serve } from './serve.mjs';
import { readFileSync } from 'node:fs';
const server = await serve({});
const css = readFileSync('dist/frisklivs-widgets.css','utf8');
const page = (body, feed='/demo/feed.json') => `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>x</title><meta name="frisklivs-feed" content="${feed}?delay=300"><style>${css}</style><script type="module" src="/dist/frisklivs-widgets.js?delay=300"></script></head><body><main><h1>Frisklivssentralen</h1><p>Tekst tekst tekst.</p>${body}<p>Etter.</p></main></body></html>`;
const bodies = { one: ['<fl-centre-finder></fl-centre-finder>'], four: [`<fl-centre-finder></fl-centre-finder><fl-group-finder></fl-group-finder><fl-frisklivskort centre="fls-5612"></fl-frisklivskort><fl-follow-up-timeline centre="fls-5612" start="2026-11-02"></fl-follow-up-timeline>`], big: ['<fl-group-finder></fl-group-finder>', '/bench/.build/feed-10000.json'], card: ['<fl-frisklivskort centre="fls-5612"></fl-frisklivskort>'], group: ['<fl-group-finder></fl-group-finder>'], tl: ['<fl-follow-up-timeline centre="fls-5612" start="2026-11-02"></fl-follow-up-timeline>'] };
server.pages.set('/p.html', page(...bodies[process.argv[2] ?? 'big']));
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const tab = await browser.newPage();
await tab.setViewport({ width: 390, height: 844 });
const threshold = Number(process.argv[3] ?? 12);
const cdp = await tab.createCDPSession(); await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start');
await tab.tracing.start({ categories: [...(process.env.CATS ? process.env.CATS.split(',') : []), 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'] });
await tab.goto(`${server.origin}/p.html`);
await new Promise((r) => setTimeout(r, Number(process.argv[4] ?? 6000)));
const buf = await tab.tracing.stop();
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n])); const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const stamps = []; { let t = profile.startTime; profile.samples.forEach((id, i) => { t += profile.timeDeltas[i]; stamps.push([t, id]); }); }
const frameName = (f) => `${f.functionName || '(anon)'}@${f.url.replace(/^.*\//, '')}:${f.lineNumber}:${f.columnNumber}`;
const inWindow = (a, b) => { const self = new Map(), incl = new Map(); let n = 0; for (let k = 0; k < stamps.length; k++) { const [t, id] = stamps[k]; if (t < a || t > b) continue; const dt = ((stamps[k + 1]?.[0] ?? t) - t) / 1000; n += dt; const f = byId.get(id).callFrame; self.set(frameName(f), (self.get(frameName(f)) ?? 0) + dt); const seen = new Set(); for (let x = id; x !== undefined; x = parent.get(x)) { const g = byId.get(x).callFrame; if (!g.url) continue; const nm = frameName(g); if (seen.has(nm)) continue; seen.add(nm); incl.set(nm, (incl.get(nm) ?? 0) + dt); } } return { self, incl }; };
const events = JSON.parse(Buffer.from(buf).toString("utf8")).traceEvents;
const main = events.find((e) => e.name === 'TracingStartedInBrowser')?.args?.data?.frames?.[0];
// main renderer thread: the thread with most RunTask that has a ParseHTML
const tids = new Map(); for (const e of events) if (e.name === 'ParseHTML') tids.set(`${e.pid}:${e.tid}`, true);
const [pt] = [...tids.keys()]; const [pid, tid] = pt.split(':').map(Number);
const mine = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
const t0 = mine[0].ts;
let total = 0;
for (const task of mine.filter((e) => e.name === 'RunTask' && e.dur / 1000 > threshold)) {
  const end = task.ts + task.dur;
  const kids = mine.filter((e) => e.ts >= task.ts && e.ts + e.dur <= end && e !== task && e.dur > (Number(process.env.KID) || 2000));
  total += task.dur/1000;
  console.log(JSON.stringify(task.args).slice(0,300)); console.log(`TASK at ${((task.ts - t0) / 1000).toFixed(0)} ms: ${(task.dur / 1000).toFixed(1)} ms (x4 = ${(task.dur / 250).toFixed(0)})`);
  const { self, incl } = inWindow(task.ts, end);
  console.log('   self:', [...self].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${v.toFixed(1)} ${k}`).join(' | '));
  console.log('   incl:', [...incl].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, v]) => `${v.toFixed(1)} ${k}`).join(' | '));
  for (const k of kids.slice(0, 6)) {
    const d = k.args?.data ?? k.args?.beginData ?? {};
    console.log(`    ${(k.dur / 1000).toFixed(1).padStart(6)} ${k.name} ${d.functionName ?? ''} ${(d.url ?? '').replace(/^.*\//, '')}${d.lineNumber !== undefined ? ':' + d.lineNumber + ':' + d.columnNumber : ''}`);
  }
}
console.log('sum of tasks >', threshold, 'ms:', total.toFixed(0));
await browser.close(); await server.close();
