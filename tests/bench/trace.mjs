// Where the page's long tasks go on the mid-phone profile: one cold load per site under a
// Chromium trace, and for the tasks over 50 ms on the page's main thread, their time by kind of
// work (each trace event's own time, without the events inside it, so nothing counts twice):
// parsing the HTML and CSS, style, layout and paint, script (the glue, the wasm's compile and
// the islands' start, the step engine's first measure: all run as script), garbage collection,
// and the rest. Medians of TRACE_RUNS loads (default 3); TRACE_NAMES=1 also prints, for each
// load, the trace events that took the most time. Figures only; `scripts/bench.sh` runs it,
// with `--baseline DIR` as load.mjs.

import path from 'node:path';
import { DIST, launch } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';
import { PROFILES, median, throttledPage } from './profiles.mjs';

const RUNS = Number(process.env.TRACE_RUNS ?? 3);
const LONG = 50_000; // µs
const MID_PHONE = PROFILES[1];

/** The kind of work a trace event is, by its name. */
function kind(name) {
  if (/^(ParseHTML|ParseAuthorStyleSheet)$/.test(name)) return 'parse';
  if (/^(UpdateLayoutTree|RecalculateStyles|StyleRecalc|UpdateStyle)/.test(name)) return 'style';
  if (/^(Layout|UpdateLayerTree|PrePaint|Paint|Layerize|Commit|IntersectionObserverController|HitTest)/.test(name)) return 'layout';
  if (/GC|Sweep|Mark|Scavenge|Compact/.test(name)) return 'gc';
  if (/wasm/i.test(name)) return 'wasm compile';
  if (/^(EvaluateScript|v8\.|V8\.|FunctionCall|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|v8\.run|ResizeObserver|Microtask)/.test(name)) return 'script';
  return 'other';
}

/** Each long task's time by kind, summed over the load: { kinds, tasks, total } in ms. */
function longTaskWork(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((t) => t.pid === e.pid && t.name === 'ParseHTML'));
  if (!main) return null;
  const on = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const kinds = {};
  const names = {};
  let tasks = 0;
  let total = 0;
  // A stack of open events: each event's own time is its length less its children's.
  const stack = [];
  const close = (until) => {
    while (stack.length && stack.at(-1).end <= until) {
      const done = stack.pop();
      if (done.inLong) {
        kinds[done.kind] = (kinds[done.kind] ?? 0) + done.own;
        if (process.env.TRACE_NAMES) names[done.name] = (names[done.name] ?? 0) + done.own;
      }
    }
  };
  for (const e of on) {
    close(e.ts);
    const parent = stack.at(-1);
    const top = !parent;
    if (top && e.name !== 'RunTask') continue;
    const long = top ? e.dur > LONG : parent.inLong;
    if (top && long) {
      tasks += 1;
      total += e.dur;
    }
    if (parent) parent.own -= e.dur;
    stack.push({ end: e.ts + e.dur, own: e.dur, kind: top ? 'other' : kind(e.name), inLong: long, name: e.name });
  }
  close(Infinity);
  if (process.env.TRACE_NAMES) {
    const top = Object.entries(names).sort((a, b) => b[1] - a[1]).slice(0, 15);
    console.log(top.map(([n, v]) => `${n} ${(v / 1000).toFixed(0)} ms (${kind(n)})`).join('\n'));
  }
  const ms = Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, v / 1000]));
  return { kinds: ms, tasks, total: total / 1000 };
}

async function traced(browser, url) {
  const { context, page } = await throttledPage(browser, MID_PHONE);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'toplevel', '__metadata'] });
  await page.goto(url, { waitUntil: 'load', timeout: 120000 });
  await page.locator('[data-ilrs-ready]').first().waitFor({ timeout: 120000 });
  await page.waitForTimeout(1000);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  await context.close();
  return longTaskWork(trace.traceEvents ?? trace);
}

const baselineAt = process.argv.indexOf('--baseline');
const sites = [['this build', DIST]];
if (baselineAt > 0) sites.unshift(['baseline', path.resolve(process.argv[baselineAt + 1])]);

const browser = await launch();
const served = await Promise.all(sites.map(([, dist]) => serve(dist)));
const found = sites.map(() => []);
try {
  for (let i = 0; i < RUNS; i++) {
    for (const [s] of sites.entries()) found[s].push(await traced(browser, `${served[s].url}/`));
  }
} finally {
  await Promise.all(served.map((server) => server.close()));
  await browser.close();
}

const KINDS = ['parse', 'style', 'layout', 'script', 'wasm compile', 'gc', 'other'];
console.log(`\nWhere the long tasks go, ${MID_PHONE.name}, one cold load each, medians of ${RUNS} (ms of tasks over 50 ms)`);
console.log(`| site | long tasks | total | ${KINDS.join(' | ')} |`);
console.log(`| --- | ---: | ---: | ${KINDS.map(() => '---:').join(' | ')} |`);
for (const [s, [label]] of sites.entries()) {
  const runs = found[s].filter(Boolean);
  if (!runs.length) {
    console.log(`| ${label} | (no trace of the page's main thread) |`);
    continue;
  }
  const cell = (k) => median(runs.map((r) => r.kinds[k] ?? 0)).toFixed(0);
  console.log(`| ${label} | ${median(runs.map((r) => r.tasks))} | ${median(runs.map((r) => r.total)).toFixed(0)} | ${KINDS.map(cell).join(' | ')} |`);
}
