// Prints the page weight (every built file, raw and brotli) and Lighthouse mobile scores for the
// built site, with the Largest Contentful Paint of the same page with its scripts removed beside
// it. Figures only: nothing here passes or fails. `scripts/bench.sh` builds and runs it.

import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DIST, CHROMIUM_ARGS } from '../e2e/browser.mjs';
import { serve, withoutScripts } from '../e2e/server.mjs';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const kb = (bytes) => (bytes / 1024).toFixed(1);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function pageWeight() {
  // Files in folders too (graphics/), folders themselves skipped.
  const names = (await fs.readdir(DIST, { recursive: true })).filter((n) => !/\.(br|gz)$/.test(n)).sort();
  const rows = [];
  for (const name of names) {
    if ((await fs.stat(path.join(DIST, name))).isDirectory()) continue;
    const bytes = await fs.readFile(path.join(DIST, name));
    const br = zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } });
    rows.push({ name, raw: bytes.length, br: br.length });
  }
  console.log('\nPage weight (every built file; brotli quality 11)');
  console.log('| file | raw KB | brotli KB |\n| --- | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.name.replace(/-[0-9a-f]{8,16}/, '-HASH')} | ${kb(r.raw)} | ${kb(r.br)} |`);
  const total = rows.reduce((sum, r) => sum + r.br, 0);
  const raw = rows.reduce((sum, r) => sum + r.raw, 0);
  console.log(`| **total** | ${kb(raw)} | **${kb(total)}** |`);
  console.log('(every file the build writes, downloads included; what one page load transfers is in load.mjs)');
}

const run = promisify(execFile);

async function lighthouse(url) {
  const { stdout } = await run(
    path.resolve('node_modules/.bin/lighthouse'),
    [
      url,
      '--output=json',
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
    ],
    { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' } },
  );
  const report = JSON.parse(stdout);
  const score = (c) => Math.round(report.categories[c].score * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: report.audits['largest-contentful-paint'].numericValue,
    fcp: report.audits['first-contentful-paint'].numericValue,
    cls: report.audits['cumulative-layout-shift'].numericValue,
    tbt: report.audits['total-blocking-time'].numericValue,
  };
}

async function lighthouseTable() {
  const server = await serve(DIST, { pages: { '/noscript.html': withoutScripts } });
  try {
    const results = { page: [], noscript: [] };
    for (let i = 0; i < RUNS; i++) {
      results.page.push(await lighthouse(`${server.url}/`));
      results.noscript.push(await lighthouse(`${server.url}/noscript.html`));
    }
    console.log(`\nLighthouse ${RUNS}x, mobile preset (simulated throttling), Debian Chromium; medians`);
    console.log('| page | performance | accessibility | best practices | SEO | FCP ms | LCP ms | TBT ms | CLS |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const [name, rs] of Object.entries(results)) {
      const m = (k) => median(rs.map((r) => r[k]));
      console.log(
        `| ${name === 'page' ? 'index.html' : 'same page, scripts removed'} | ${m('performance')} | ${m('accessibility')} | ` +
          `${m('bestPractices')} | ${m('seo')} | ${m('fcp').toFixed(0)} | ${m('lcp').toFixed(0)} | ${m('tbt').toFixed(0)} | ${m('cls').toFixed(3)} |`,
      );
    }
    const ratio = median(results.page.map((r) => r.lcp)) / median(results.noscript.map((r) => r.lcp));
    console.log(`LCP ratio (page / scripts removed): ${ratio.toFixed(2)} (budget 1.10)`);
  } finally {
    await server.close();
  }
}

await pageWeight();
if (process.env.SKIP_LIGHTHOUSE !== '1') await lighthouseTable();
