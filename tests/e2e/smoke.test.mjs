// Smoke test of the built site (dist/, release build) in Debian's Chromium: the prerendered
// content is there without JavaScript, the wasm hydrates it without a console error.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { DIST, useSite, watchedPage } from './browser.mjs';

const sourcesTotal = (await fs.readFile(new URL('../../data/sources.toml', import.meta.url), 'utf8'))
  .split('\n')
  .filter((line) => line.trim() === '[[source]]').length;

const data = JSON.parse(await fs.readFile(path.join(DIST, 'data.json'), 'utf8'));
const recordsTotal = data.events.length + data.quotations.length;

const site = useSite();

test('the built index.html holds the hero and every source before any script runs', async () => {
  const html = await fs.readFile(path.join(DIST, 'index.html'), 'utf8');
  assert.match(html, /<h1 class="ilrs-title">[^<]+<\/h1>/);
  assert.equal(html.match(/data-source="/g)?.length, sourcesTotal);
  assert.match(html, /<title>[^<]+<\/title>/);
  assert.match(html, /<meta name="description" content="[^"]+">/);
});

test('with JavaScript disabled the reader gets the whole page', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const { page, problems } = await watchedPage(context);
  await page.goto(`${site.server.url}/`);
  assert.ok((await page.locator('h1').innerText()).length > 10);
  assert.equal(await page.locator('[data-source]').count(), sourcesTotal);
  assert.ok(await page.locator('[data-source] cite').first().isVisible());
  assert.equal(await page.locator('#ilrs-explainer').getAttribute('data-ilrs-ready'), null);
  assert.equal(await page.locator('[data-record]').count(), recordsTotal);
  assert.equal(await page.locator('blockquote[cite]:not([data-evidence])').count(), data.quotations.length);
  // The passages are on the records' own pages (tests/e2e/evidence.test.mjs), not here.
  assert.equal(await page.locator('blockquote[data-evidence]').count(), 0);
  assert.equal(await page.locator('.ilrs-compare td').count(), data.comparison.length);
  assert.equal(
    await page.locator('[data-record="mou-signed"] time').innerText(),
    '9 March 2021',
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('the page links every download, and each is served as what it is', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const { page, problems } = await watchedPage(context);
  await page.goto(`${site.server.url}/`);
  const links = page.locator('#sources .ilrs-downloads a');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.includes('data.json'));
  assert.equal(hrefs.filter((h) => h.endsWith('.csv')).length, Object.keys(data).length);
  for (const href of hrefs) {
    const response = await page.request.get(`${site.server.url}/${href}`);
    assert.equal(response.status(), 200, href);
    const type = response.headers()['content-type'];
    assert.match(type, href.endsWith('.csv') ? /^text\/csv/ : /^application\/json/, href);
  }
  const events = (await (await page.request.get(`${site.server.url}/events.csv`)).text()).trim().split('\r\n');
  assert.equal(events.length, data.events.length + 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the page hydrates with no console error and keeps its content', async () => {
  const context = await site.browser.newContext();
  const { page, problems } = await watchedPage(context);
  await page.goto(`${site.server.url}/`);
  await page.locator('#ilrs-explainer[data-ilrs-ready="hydrated"]').waitFor({ timeout: 15000 });
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.locator('[data-source]').count(), sourcesTotal);
  const hero = await page.locator('.ilrs-standfirst').innerText();
  assert.ok(hero.includes('2021'));
  assert.deepEqual(problems, []);
  await context.close();
});


test('no sentence of the page is in the wasm: static sections, story prose and snippets stay in the HTML', async () => {
  // The wasm a page loads and its chunks (the explorer, the host-frame protocol), together.
  const wasmNames = (await fs.readdir(DIST)).filter((n) => n.endsWith('.wasm'));
  assert.ok(wasmNames.length >= 3, `the wasm and its chunks: ${wasmNames.join(', ')}`);
  const wasm = Buffer.concat(await Promise.all(wasmNames.map((n) => fs.readFile(path.join(DIST, n)))));
  const holds = (text) => wasm.includes(Buffer.from(text, 'utf8'));
  // The search works on this binary: an island's own message is found in it.
  assert.ok(holds('filters in this link were not recognised'), 'an island string is found, so absence means something');

  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.server.url}/`);
  // One or more sentences from each static section, the story and the snippets, as a reader sees them.
  const samples = await page.evaluate(() => {
    const first = (selector) => [...document.querySelectorAll(selector)].map((el) => el.textContent.trim()).filter((t) => t.length > 30).slice(0, 2);
    return {
      hero: first('.ilrs-summary'),
      story: first('.ilrs-step-text'),
      comparison: first('td[data-side]'),
      coalitions: first('#coalitions p'),
      figures: first('[data-figure]'),
      disagreements: first('[data-discrepancy] p'),
      actors: first('[data-actor]'),
      sources: first('#sources p'),
      records: first('[data-record] h3, [data-record] blockquote p'),
      snippets: first('[data-testid="embed-iframe"], #embed p'),
    };
  });
  await context.close();
  for (const [section, sentences] of Object.entries(samples)) {
    assert.ok(sentences.length > 0, `${section}: found sentences to look for`);
    for (const sentence of sentences) {
      // The longest run of words without markup-escaped characters, as it would sit in the binary.
      const probe = sentence.slice(0, 60);
      assert.ok(!holds(probe), `${section}: "${probe}" is in the wasm`);
    }
  }
});

test('a shared link unfurls: share tags in the head, and a 1200 x 630 card the page never fetches', async () => {
  const html = await fs.readFile(path.join(DIST, 'index.html'), 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  const meta = (key, name) => head.match(new RegExp(`<meta ${key}="?${name}"? content="?([^">]+)`))?.[1];
  assert.equal(meta('property', 'og:type'), 'article');
  assert.ok(meta('property', 'og:title')?.length > 10);
  assert.ok(meta('property', 'og:description')?.length > 10);
  assert.equal(meta('name', 'twitter:card'), 'summary_large_image');
  // The card's address and the canonical link need ILRS_SITE_URL; with it, they are absolute.
  const image = meta('property', 'og:image');
  if (image) {
    assert.match(image, /^https?:\/\/.+\/cards\/share\.png$/);
    assert.equal(meta('property', 'og:image:width'), '1200');
    assert.equal(meta('property', 'og:image:height'), '630');
    assert.ok(meta('property', 'og:image:alt')?.length > 20);
    assert.match(head, /<link rel="?canonical"? href="?https?:\/\//);
  } else {
    assert.doesNotMatch(head, /canonical|og:url/);
  }
  const png = await fs.readFile(path.join(DIST, 'cards/share.png'));
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);

  const context = await site.browser.newContext();
  const { page, problems } = await watchedPage(context);
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(`${site.server.url}/`);
  await page.locator('#ilrs-explainer[data-ilrs-ready="hydrated"]').waitFor({ timeout: 15000 });
  assert.deepEqual(fetched.filter((p) => p.startsWith('/cards/')), [], 'the page never fetches the card');
  assert.deepEqual(problems, []);
  await context.close();
});
