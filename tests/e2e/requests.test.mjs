// One load, one request per file: the page fetches its wasm, its module and its stylesheet
// exactly once (a preload the loader did not reuse would make two), counted at the server. In
// Chromium here; WebKit, which gets a fetch instead of a preload, was counted by hand
// (BENCHMARKS.md, 2026-12-05, issue 26).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { DIST, launch } from './browser.mjs';
import { serve } from './server.mjs';

test('a page load fetches the wasm, the module and the stylesheet once each', async () => {
  const site = await serve(DIST);
  // A counting proxy in front of the site: every request the browser makes, by path.
  const counts = new Map();
  const proxy = http.createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    counts.set(pathname, (counts.get(pathname) ?? 0) + 1);
    const upstream = http.request(`${site.url}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise((ready) => proxy.listen(0, '127.0.0.1', ready));
  const url = `http://127.0.0.1:${proxy.address().port}`;
  const browser = await launch();
  try {
    for (const viewport of [{ width: 375, height: 667 }, { width: 1280, height: 800 }]) {
      counts.clear();
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${url}/`);
      await page.locator('#ilrs-explainer[data-ilrs-ready="hydrated"]').waitFor({ timeout: 20000 });
      await page.waitForTimeout(300);
      const of = (pattern) => [...counts].filter(([p]) => pattern.test(p));
      const wasm = of(/_bg\.wasm$/);
      const module = of(/\/ilrs-explainer-[0-9a-f]+\.js$/);
      const css = of(/\/explainer-[0-9a-f]+\.css$/);
      for (const [what, found] of [['wasm', wasm], ['module', module], ['stylesheet', css]]) {
        assert.equal(found.length, 1, `${what}: one file (${JSON.stringify(found)})`);
        assert.equal(found[0][1], 1, `${what} fetched once at ${viewport.width}px`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    proxy.close();
    await site.close();
  }
});
