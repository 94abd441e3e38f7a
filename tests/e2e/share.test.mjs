// How the piece travels, on the built site: the share tags of the page and of every step page,
// the cards they name, the JSON-LD, the oEmbed document and its discovery link, the sitemap and
// robots.txt; a step page that opens the story at its step; "Copy link" and "Share" in the story
// and the explorer; the iframe snippet's fallback link. The build must know the site's address
// (ILRS_SITE_URL), as scripts/test.sh gives it: its URLs are read back onto the local server.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DIST, useSite, watchedPage } from './browser.mjs';
import { serve } from './server.mjs';

const site = useSite();
const index = await fs.readFile(path.join(DIST, 'index.html'), 'utf8');
const SITE = /<link rel="?canonical"? href="?([^"> ]+)/.exec(index)?.[1];
const steps = (await fs.readdir(path.join(DIST, 'step'), { withFileTypes: true }))
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** The site's URL as the build wrote it, on the local server instead. */
const local = (url) => {
  assert.ok(url.startsWith(SITE), `${url} is under ${SITE}`);
  return `${site.server.url}/${url.slice(SITE.length)}`;
};

/** The content of each meta tag of a head, by name or property. */
function metas(html) {
  const head = html.slice(0, html.indexOf('</head>'));
  const found = {};
  for (const [, key, content] of head.matchAll(/<meta (?:property|name)="?([^" ]+)"? content="([^"]*)"/g)) {
    found[key] = content.replaceAll('&amp;', '&').replaceAll('&#39;', "'").replaceAll('&quot;', '"');
  }
  return found;
}

/** A PNG's width and height, from its header. */
const pngSize = (bytes) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];

test('the build knows the site address the tests read back', () => {
  assert.ok(SITE?.startsWith('http'), 'build the site with ILRS_SITE_URL set, as scripts/test.sh does');
  assert.equal(steps.length, 20);
});

test('the page and every step page carry complete share tags, naming 1200x630 cards of the built site', async () => {
  const pages = [['', index]];
  for (const id of steps) pages.push([`step/${id}/`, await fs.readFile(path.join(DIST, 'step', id, 'index.html'), 'utf8')]);
  const titles = new Set();
  for (const [where, html] of pages) {
    const tags = metas(html);
    assert.equal(tags['og:type'], 'article', where);
    assert.ok(tags['og:title']?.length > 10, where);
    assert.ok(tags['og:description']?.length > 40, where);
    assert.equal(tags['og:url'], SITE + where);
    assert.equal(tags['twitter:card'], 'summary_large_image');
    assert.equal(tags['og:image:width'], '1200');
    assert.equal(tags['og:image:height'], '630');
    assert.ok(tags['og:image:alt']?.length > 20, where);
    assert.match(html, new RegExp(`<link rel="?canonical"? href="?${SITE}"?>`), `${where}: the canonical is the story`);
    const card = await fs.readFile(path.join(DIST, tags['og:image'].slice(SITE.length)));
    assert.deepEqual(pngSize(card), [1200, 630], tags['og:image']);
    titles.add(tags['og:title']);
  }
  assert.equal(titles.size, pages.length, 'each page has its own title');
});

test('every card is a picture, not a blank: its pixels vary', async () => {
  const cards = (await fs.readdir(path.join(DIST, 'cards'))).filter((f) => f.endsWith('.png'));
  assert.equal(cards.length, steps.length + 1);
  const { page, problems } = await watchedPage(await site.browser.newContext());
  await page.goto(`${site.server.url}/?flat`);
  for (const card of cards) {
    const colours = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const data = new Uint32Array(context.getImageData(0, 0, image.width, image.height).data.buffer);
      return new Set(data).size;
    }, `${site.server.url}/cards/${card}`);
    assert.ok(colours > 20, `${card}: ${colours} colours`);
  }
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('the JSON-LD holds a NewsArticle and a Dataset with one download per data file', async () => {
  const blocks = [...index.matchAll(/<script type="?application\/ld\+json"?>([\s\S]*?)<\/script>/g)];
  assert.equal(blocks.length, 1);
  const graph = JSON.parse(blocks[0][1])['@graph'];
  const article = graph.find((n) => n['@type'] === 'NewsArticle');
  for (const field of ['headline', 'description', 'image', 'datePublished', 'dateModified', 'publisher']) {
    assert.ok(article[field], `NewsArticle.${field}`);
  }
  assert.match(article.datePublished, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(article.dateModified >= article.datePublished);
  assert.equal(article.publisher['@type'], 'Organization');
  const dataset = graph.find((n) => n['@type'] === 'Dataset');
  for (const field of ['name', 'description', 'license', 'creator']) assert.ok(dataset[field], `Dataset.${field}`);
  assert.equal(dataset.isBasedOn.length, 5);
  const data = JSON.parse(await fs.readFile(path.join(DIST, 'data.json'), 'utf8'));
  const files = ['data.json', ...Object.keys(data).map((kind) => `${kind}.csv`)];
  assert.deepEqual(dataset.distribution.map((d) => d.contentUrl).sort(), files.map((f) => SITE + f).sort());
  for (const download of dataset.distribution) {
    assert.equal(download['@type'], 'DataDownload');
    assert.equal(download.encodingFormat, download.contentUrl.endsWith('.json') ? 'application/json' : 'text/csv');
    const response = await fetch(local(download.contentUrl));
    assert.equal(response.status, 200, download.contentUrl);
  }
});

test('oEmbed discovery resolves to a valid rich document', async () => {
  const link = /<link rel="?alternate"? type="?application\/json\+oembed"? href="?([^"> ]+)/.exec(index);
  assert.ok(link, 'the discovery link');
  const response = await fetch(local(link[1]));
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^application\/json/);
  const doc = await response.json();
  assert.equal(doc.version, '1.0');
  assert.equal(doc.type, 'rich');
  for (const field of ['title', 'provider_name', 'provider_url', 'html', 'thumbnail_url', 'cache_age']) assert.ok(doc[field], field);
  assert.ok(Number.isInteger(doc.width) && Number.isInteger(doc.height));
  assert.match(doc.html, new RegExp(`^<iframe src="${SITE}\\?embed"`));
  assert.equal((await fetch(local(doc.thumbnail_url))).status, 200);
});

test('every URL in the sitemap exists in the built site, and robots.txt names the sitemap', async () => {
  const robots = await (await fetch(`${site.server.url}/robots.txt`)).text();
  const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  assert.equal(sitemap, `${SITE}sitemap.xml`);
  const xml = await (await fetch(local(sitemap))).text();
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  const records = (await fs.readdir(path.join(DIST, 'record'), { withFileTypes: true })).filter((d) => d.isDirectory());
  assert.equal(urls.length, 1 + steps.length + records.length);
  assert.equal(urls.filter((u) => u.includes('/record/')).length, records.length, 'every record page is listed');
  for (const url of urls) {
    const response = await fetch(local(url));
    assert.equal(response.status, 200, url);
    assert.match(response.headers.get('content-type'), /^text\/html/);
  }
});

test('a step page opens the story at its step; without JavaScript it reads on its own', async () => {
  const id = 'story-airlock';
  const context = await site.browser.newContext({ viewport: { width: 375, height: 740 } });
  const { page, problems } = await watchedPage(context);
  await page.goto(`${site.server.url}/step/${id}/`);
  await page.waitForURL(`${site.server.url}/#${id}`);
  const step = page.locator(`[data-step="${id}"][data-active="true"]`);
  await step.waitFor({ timeout: 15000 });
  const box = await step.boundingBox();
  assert.ok(box.y < 740 && box.y + box.height > 0, 'the step is on screen');
  const number = await page.evaluate((i) => [...document.querySelectorAll('[data-step]')].findIndex((s) => s.dataset.step === i) + 1, id);
  assert.equal(await page.getByTestId('step-number').textContent(), String(number));
  // The step page replaced itself: the history holds the tab's blank start and the story only,
  // so Back goes to where the reader came from.
  assert.equal(await page.evaluate(() => history.length), 2);
  assert.deepEqual(problems, []);
  await context.close();

  const flat = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
  const reading = await watchedPage(flat);
  await reading.page.goto(`${site.server.url}/step/${id}/`);
  assert.equal(reading.page.url(), `${site.server.url}/step/${id}/`);
  const title = metas(await fs.readFile(path.join(DIST, 'step', id, 'index.html'), 'utf8'))['og:title'];
  assert.equal(await reading.page.locator('h1').textContent(), title);
  assert.ok((await reading.page.locator('.ilrs-summary').textContent()).length > 60);
  assert.ok(await reading.page.locator('.ilrs-graphic svg[data-width="narrow"]').isVisible());
  await reading.page.getByRole('link', { name: 'Read the whole story from this step' }).click();
  await reading.page.waitForURL(`${site.server.url}/#${id}`);
  assert.ok(await reading.page.locator(`#${id}`).isVisible());
  assert.deepEqual(reading.problems, []);
  await flat.close();
});

test('"Copy link" gives a link that reproduces the step, and one that reproduces the filter', async () => {
  const context = await site.browser.newContext({ viewport: { width: 375, height: 740 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const { page, problems } = await watchedPage(context);
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${site.server.url}/`);
  await page.locator('#ilrs-explainer[data-ilrs-ready="hydrated"]').waitFor({ timeout: 15000 });
  // The system's share sheet is offered only where the browser has one; headless Chromium has not.
  assert.equal(await page.locator('[data-share="native"]:visible').count(), 0);
  await page.locator('#story-budgets').scrollIntoViewIfNeeded();
  await page.locator('[data-step="story-budgets"][data-active="true"]').waitFor({ timeout: 5000 });
  await page.getByRole('button', { name: 'Copy link to this step' }).click();
  await page.locator('.ilrs-step-controls [role="status"]', { hasText: 'Link copied.' }).waitFor();
  const stepLink = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(stepLink, `${site.server.url}/step/story-budgets/`);

  await page.locator('#explore').scrollIntoViewIfNeeded();
  const before = await page.getByTestId('result-count').textContent();
  await page.locator('button[data-facet="kind"][data-value="quotation"]').click();
  // The count the filter gives, once the list has answered the click (not the count before it).
  await page.waitForFunction((was) => document.querySelector('[data-testid="result-count"]').textContent !== was, before);
  const count = await page.getByTestId('result-count').textContent();
  await page.getByRole('button', { name: 'Copy link to these results' }).click();
  await page.locator('.ilrs-filter-state [role="status"]', { hasText: 'Link copied.' }).waitFor();
  const filterLink = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(filterLink, `${site.server.url}/?kind=quotation#explore`);
  // The page never fetches the cards: they are for the links, not the reader.
  assert.equal(requests.filter((p) => p.startsWith('/cards/')).length, 0);
  assert.deepEqual(problems, []);

  const again = await context.newPage();
  await again.goto(stepLink);
  await again.locator('[data-step="story-budgets"][data-active="true"]').waitFor({ timeout: 15000 });
  await again.goto(filterLink);
  await again.locator('#ilrs-explainer[data-ilrs-ready="hydrated"]').waitFor({ timeout: 15000 });
  await again.waitForFunction((n) => document.querySelector('[data-testid="result-count"]').textContent === n, count);
  assert.equal(await again.locator('button[data-facet="kind"][data-value="quotation"]').getAttribute('aria-pressed'), 'true');
  await context.close();
});

test('"Share…" hands the step\'s link to the system share sheet where there is one', async () => {
  const context = await site.browser.newContext({ viewport: { width: 375, height: 740 } });
  await context.addInitScript(() => {
    navigator.share = (data) => {
      window.shared = data;
      return Promise.resolve();
    };
  });
  const { page, problems } = await watchedPage(context);
  await page.goto(`${site.server.url}/#story-gateway`);
  await page.locator('[data-step="story-gateway"][data-active="true"]').waitFor({ timeout: 15000 });
  await page.locator('.ilrs-step-controls [data-share="native"]').click();
  await page.locator('.ilrs-step-controls [role="status"]', { hasText: 'Shared.' }).waitFor();
  const shared = await page.evaluate(() => window.shared);
  assert.equal(shared.url, `${site.server.url}/step/story-gateway/`);
  assert.equal(shared.title, await page.locator('.ilrs-title').first().textContent());
  assert.deepEqual(problems, []);
  await context.close();
});

test('the iframe snippet shows its card link only where a host strips the frame', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page } = await watchedPage(context);
  await page.goto(`${site.server.url}/embed.html`);
  await page.locator('#ilrs-explainer[data-ilrs-ready="hydrated"]').waitFor({ timeout: 15000 });
  await page.waitForFunction((base) => document.querySelector('[data-testid="embed-iframe"]').textContent.includes(base), `${site.server.url}/?embed`);
  const snippet = await page.getByTestId('embed-iframe').textContent();
  const amp = await page.getByTestId('embed-amp').textContent();
  assert.match(amp, new RegExp(`<amp-iframe src="${site.server.url}/\\?embed"[\\s\\S]* resizable[\\s\\S]*<amp-img placeholder layout="fill" src="${site.server.url}/cards/share.png"`));
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ilrs-hosts-'));
  await fs.writeFile(path.join(dir, 'framed.html'), `<!doctype html><title>Host</title><h1>Host</h1>${snippet}`);
  // A host that strips iframes (and their scripts) keeps the link.
  const stripped = snippet.replace(/<iframe[\s\S]*?<\/iframe>\n/, '').replace(/<script>[\s\S]*<\/script>/, '');
  await fs.writeFile(path.join(dir, 'stripped.html'), `<!doctype html><title>Host</title><h1>Host</h1>${stripped}`);
  const hosts = await serve(dir);
  try {
    const host = await context.newPage();
    await host.goto(`${hosts.url}/framed.html`);
    await host.frameLocator('iframe[data-ilrs-frame]').locator('h1').waitFor({ timeout: 15000 });
    assert.equal(await host.locator('a[data-ilrs-fallback]').isVisible(), false);
    await host.goto(`${hosts.url}/stripped.html`);
    const link = host.locator('a[data-ilrs-fallback]');
    assert.ok(await link.isVisible());
    assert.equal(await link.getAttribute('href'), `${site.server.url}/`);
    await link.locator('img').evaluate((img) => img.decode());
    assert.equal(await link.locator('img').evaluate((img) => img.naturalWidth), 1200);
  } finally {
    await hosts.close();
    await fs.rm(dir, { recursive: true });
  }
  await context.close();
});

test('without JavaScript the embed page shows the snippets for the configured address', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 667 } });
  const page = await context.newPage();
  await page.goto(`${site.server.url}/embed.html`);
  const iframe = await page.getByTestId('embed-iframe').textContent();
  assert.ok(iframe.startsWith(`<iframe src="${SITE}?embed"`), iframe);
  assert.match(iframe, new RegExp(`e\\.origin !== "${new URL(SITE).origin}"`));
  assert.ok((await page.getByTestId('embed-script').textContent()).includes(`<script src="${SITE}embed.js" async>`));
  assert.ok((await page.getByTestId('embed-amp').textContent()).includes(`src="${SITE}cards/share.png"`));
  // No copy button where nothing could copy: the code is there to select.
  assert.equal(await page.getByTestId('copy-embed-iframe').isVisible(), false);
  // A host with a fixed header learns how to keep it off the pinned graphic, with an example.
  assert.equal(await page.getByTestId('embed-sticky-top').textContent(), '<ilrs-explainer style="--ilrs-sticky-top: 60px">…</ilrs-explainer>');
  await context.close();
});
