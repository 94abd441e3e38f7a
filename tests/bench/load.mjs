// Load figures for the built site, in Debian's Chromium through the DevTools protocol: what a
// page load transfers (brotli as served, counted by the browser), the same for a host page with
// one script embed, and for three profiles the medians of 5 loads of first contentful paint, the
// time until the page answers (its data-ilrs-ready attribute) and the total long-task time,
// beside the first paint of the same page with its scripts removed. Figures only: nothing here
// passes or fails. `scripts/bench.sh` runs it; `--baseline DIR` measures another built site
// (an earlier commit's dist/) in the same run, its loads alternating with this build's, for a
// before/after table.

import path from 'node:path';
import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DIST, launch } from '../e2e/browser.mjs';
import { serve, withoutScripts } from '../e2e/server.mjs';
import { PROFILES, median, throttledPage } from './profiles.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const RUNS = Number(process.env.LOAD_RUNS ?? 5);
const kb = (bytes) => (bytes / 1024).toFixed(1);

/** Records, from before the page's first script, when the ready attribute appears and every long task. */
function instrument() {
  window.__bench = { ready: null, longTasks: 0, lcp: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longTasks += e.duration;
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-ilrs-ready]')) {
      window.__bench.ready = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ilrs-ready'] });
}

/** The page as a phone reader gets it, at 375x667 with scripts on, once it answers and before
 *  anything is opened: how many elements it holds, and how long it is (px and screens). */
async function shape(browser, url) {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('[data-ilrs-ready]').first().waitFor({ timeout: 30000 });
  const found = await page.evaluate(() => ({
    elements: document.querySelectorAll('*').length,
    height: document.documentElement.scrollHeight,
  }));
  await context.close();
  return found;
}

/** One cold load under a profile: { bytes, fcp, ready, longTasks }. */
async function load(browser, url, profile, { waitReady = true } = {}) {
  const { context, page, cdp } = await throttledPage(browser, profile, instrument);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  await page.goto(url, { waitUntil: 'load', timeout: 120000 });
  if (waitReady) await page.waitForFunction(() => window.__bench.ready !== null, null, { timeout: 120000 });
  await page.waitForTimeout(500); // late requests and long tasks after ready
  const figures = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    ready: window.__bench.ready,
    longTasks: window.__bench.longTasks,
    lcp: window.__bench.lcp,
  }));
  await context.close();
  return { bytes, ...figures };
}

/**
 * Every site's figures. The sites are served side by side and their loads alternate, run by run,
 * so that a before/after comparison is not skewed by the machine drifting between two blocks.
 */
async function measureAll(sites, browser) {
  const hosts = await serve(HERE);
  const served = [];
  const results = [];
  try {
    for (const [label, dist] of sites) {
      const site = await serve(dist, { cors: true, pages: { '/noscript.html': withoutScripts } });
      served.push(site);
      const wasm = (await fs.readdir(dist)).find((n) => n.endsWith('_bg.wasm.br'));
      const out = { label, site, runs: PROFILES.map(() => ({ page: [], plain: [] })) };
      out.wasm = (await fs.stat(path.join(dist, wasm))).size;
      out.pageBytes = (await load(browser, `${site.url}/`, PROFILES[0])).bytes;
      out.embedBytes = (await load(browser, `${hosts.url}/embed-host.html?site=${encodeURIComponent(site.url)}`, PROFILES[0])).bytes;
      out.shape = await shape(browser, `${site.url}/`);
      results.push(out);
    }
    for (const [p, profile] of PROFILES.entries()) {
      for (let i = 0; i < RUNS; i++) {
        for (const out of results) {
          out.runs[p].page.push(await load(browser, `${out.site.url}/`, profile));
          out.runs[p].plain.push(await load(browser, `${out.site.url}/noscript.html`, profile, { waitReady: false }));
        }
      }
    }
    for (const out of results) {
      out.profiles = PROFILES.map((profile, p) => {
        const { page: runs, plain } = out.runs[p];
        return {
          name: profile.name,
          fcp: median(runs.map((r) => r.fcp)),
          ready: median(runs.map((r) => r.ready)),
          longTasks: median(runs.map((r) => r.longTasks)),
          lcp: median(runs.map((r) => r.lcp)),
          plainFcp: median(plain.map((r) => r.fcp)),
          plainLcp: median(plain.map((r) => r.lcp)),
        };
      });
    }
  } finally {
    await Promise.all([hosts, ...served].map((server) => server.close()));
  }
  return results;
}

const baselineAt = process.argv.indexOf('--baseline');
const sites = [['this build', DIST]];
if (baselineAt > 0) sites.unshift(['baseline', path.resolve(process.argv[baselineAt + 1])]);

const browser = await launch();
const results = await measureAll(sites, browser);
await browser.close();

console.log('\nWhat a load transfers (brotli as served, counted by the browser; KB = 1024 bytes)');
console.log('| site | page load KB | host page with one script embed KB | wasm (brotli) KB |');
console.log('| --- | ---: | ---: | ---: |');
for (const r of results) console.log(`| ${r.label} | ${kb(r.pageBytes)} (${r.pageBytes} B) | ${kb(r.embedBytes)} (${r.embedBytes} B) | ${kb(r.wasm)} (${r.wasm} B) |`);
console.log('\nThe page at 375x667, scripts on, before anything is opened (budgets: 2,500 elements, 26,680 px)');
console.log('| site | elements at load | length px | screens |');
console.log('| --- | ---: | ---: | ---: |');
for (const r of results) console.log(`| ${r.label} | ${r.shape.elements} | ${r.shape.height} | ${(r.shape.height / 667).toFixed(1)} |`);
console.log(`\nLoads, medians of ${RUNS} (ms); "answers" is the page's data-ilrs-ready attribute`);
console.log('| site | profile | first paint | answers | answers / first paint | long tasks | LCP | first paint, scripts off | LCP, scripts off |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  for (const p of r.profiles) {
    console.log(
      `| ${r.label} | ${p.name} | ${p.fcp.toFixed(0)} | ${p.ready.toFixed(0)} | ${(p.ready / p.fcp).toFixed(2)} | ` +
        `${p.longTasks.toFixed(0)} | ${p.lcp.toFixed(0)} | ${p.plainFcp.toFixed(0)} | ${p.plainLcp.toFixed(0)} |`,
    );
  }
}
