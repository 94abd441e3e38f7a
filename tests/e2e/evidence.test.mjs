// Every claim checkable, and every claim an address: each explorer record, comparison cell and
// disagreement account has a disclosure of the passages it rests on. The main page ships no
// passage: without JavaScript the disclosure links to the record's own page, which shows them;
// with it, opening the disclosure fetches them from beside that page and shows them in place,
// with focus kept and no layout shift, and a failed fetch says so and leaves the link. The same
// in the script embed, where the addresses are the site's, not the host's.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { DIST, liveExplorer, watchedPage } from './browser.mjs';
import { useHosts, openHost, liveEmbeds } from './hosts.mjs';
import { axeViolations } from './axe.mjs';

const env = useHosts();
const data = JSON.parse(await fs.readFile(path.join(DIST, 'data.json'), 'utf8'));
/** Every passage of a record, as data.json holds it, in a fixed order. */
const passagesOf = (record) => Object.values(record.evidence ?? {}).flat().sort();
/** The disagreements (data.json has a row per account). */
const disagreements = [...new Set(data.discrepancies.map((d) => d.id))];

async function open({ width = 375, colorScheme = 'light', javaScriptEnabled = true, url = '/' } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height: 800 }, colorScheme, javaScriptEnabled, reducedMotion: 'reduce' });
  const { page, problems } = await watchedPage(context);
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => window.__shifts.push(...list.getEntries())).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${env.site.url}${url}`);
  if (javaScriptEnabled && url === '/') await page.locator('#ilrs-explainer[data-ilrs-ready="hydrated"]').waitFor({ timeout: 15000 });
  return { context, page, problems };
}

/** Each record's disclosures: how many, and the page each links to. */
const disclosures = (page, selector) =>
  page.locator(selector).evaluateAll((els) =>
    els.map((el) => ({
      id: el.dataset.record || el.dataset.cell || el.closest('[data-discrepancy]')?.dataset.discrepancy,
      count: el.querySelectorAll(':scope details.ilrs-evidence').length,
      links: [...el.querySelectorAll('details.ilrs-evidence a[href]')].map((a) => a.getAttribute('href')),
    })),
  );

test('the main page ships no passage; every record, cell and account links to a page of its own that exists', async () => {
  const html = await (await fetch(`${env.site.url}/`)).text();
  assert.doesNotMatch(html, /data-evidence/, 'no passage is marked up on the main page');
  const passages = [...data.events, ...data.quotations, ...data.comparison].flatMap(passagesOf);
  assert.ok(passages.length > 100);
  // A passage's words may appear as a record's quotation; a passage as a whole never does.
  const shipped = passages.filter((p) => p.length > 120 && html.includes(p));
  assert.deepEqual(shipped, [], 'no passage text in index.html');

  const { context, page, problems } = await open({ javaScriptEnabled: false });
  const records = await disclosures(page, '[data-record]');
  const cells = await disclosures(page, '[data-cell]');
  const accounts = await disclosures(page, '[data-discrepancy] li');
  assert.equal(records.length, data.events.length + data.quotations.length);
  assert.equal(cells.length, data.comparison.length);
  assert.equal(accounts.length, data.discrepancies.length);
  const pages = new Set();
  for (const found of [...records, ...cells, ...accounts]) {
    assert.equal(found.count, 1, `${found.id}: one disclosure`);
    assert.equal(found.links.length, 1, `${found.id}: one link`);
    // An account's link goes to its part of the disagreement's page.
    assert.match(found.links[0], /^record\/[a-z0-9-]+\/(#account-\d+)?$/, found.id);
    pages.add(found.links[0].split('#')[0]);
  }
  // A page per record, cell and disagreement (a disagreement's accounts share theirs).
  assert.equal(pages.size, records.length + cells.length + disagreements.length);
  for (const link of pages) {
    const response = await fetch(`${env.site.url}/${link}`);
    assert.equal(response.status, 200, link);
  }
  // Opened without JavaScript, a disclosure is the way to the page.
  const cell = page.locator('[data-cell="who-leads/ilrs"]');
  await cell.locator('summary').click();
  const link = cell.locator('details a[href*="record/"]');
  assert.equal(await link.isVisible(), true);
  // A disagreement's third account lands on that account on the disagreement's page.
  const third = page.locator('[data-discrepancy] li').filter({ has: page.locator('a[href$="#account-3"]') }).first();
  const id = await third.evaluate((li) => li.closest('[data-discrepancy]').dataset.discrepancy);
  // Each disagreement is one line until the reader opens it.
  await page.locator(`[data-discrepancy="${id}"] > details > summary`).click();
  await third.locator('summary').scrollIntoViewIfNeeded();
  await third.locator('summary').click();
  await third.locator('a[href$="#account-3"]').click();
  await page.waitForURL(`${env.site.url}/record/${id}/#account-3`);
  const says = data.discrepancies.find((d) => d.id === id && d.account === 3).says;
  assert.equal((await page.locator('#account-3 h3').textContent()).trim(), says);
  assert.ok(await page.locator('#account-3 blockquote[data-evidence]').first().isVisible());
  assert.deepEqual(problems, []);
  await context.close();
});

test('a record page opened without JavaScript shows the claim, its passages verbatim with their sources, and "Cite this"', async () => {
  const record = data.events.find((e) => e.id === 'beidou-glonass');
  const { context, page, problems } = await open({ javaScriptEnabled: false, url: '/record/beidou-glonass/' });
  assert.equal(await page.locator('h1').textContent(), record.title);
  const shown = (await page.locator('blockquote[data-evidence]').allTextContents()).sort();
  assert.deepEqual(shown, passagesOf(record));
  assert.ok(await page.locator('blockquote[data-evidence]').first().isVisible());
  // Each passage names its article, and the link lands on the article's entry on the page.
  for (const href of await page.locator('figure.ilrs-passages figcaption a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    assert.equal(await page.locator(href).count(), 1, href);
  }
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  assert.match(canonical, /\/record\/beidou-glonass\/$/);
  assert.ok((await page.locator('#citation').textContent()).includes(canonical), 'the citation carries the address');
  assert.equal(await page.locator('[data-copy-citation]').isVisible(), false, 'no copy button that cannot work');
  const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
  assert.equal(ld.mainEntity['@type'], 'Event');
  // Back into the explainer, at the record.
  await page.getByRole('link', { name: 'See it in the explainer' }).click();
  await page.waitForURL(`${env.site.url}/#beidou-glonass`);
  assert.equal(await page.locator('[data-record="beidou-glonass"]').count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a site built without its address (no ILRS_SITE_URL) still cites a whole address once the page runs', async () => {
  const context = await env.browser.newContext({ viewport: { width: 375, height: 800 } });
  const { page, problems } = await watchedPage(context);
  // The page as such a build writes it: the citation ends with the record's relative path.
  await page.route('**/record/beidou-glonass/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/ https?:\/\/[^\s<]*\/(record\/beidou-glonass\/)<\/p>/, ' $1</p>');
    assert.match(html, / record\/beidou-glonass\/<\/p>/, 'the citation was made relative');
    await route.fulfill({ response, body: html });
  });
  await page.goto(`${env.site.url}/record/beidou-glonass/`);
  await page.waitForFunction(() => /https?:\/\/\S+\/record\/beidou-glonass\/$/.test(document.getElementById('citation').textContent.trim()));
  const citation = (await page.locator('#citation').textContent()).trim();
  assert.ok(citation.endsWith(` ${env.site.url}/record/beidou-glonass/`), citation);
  assert.deepEqual(problems, []);
  await context.close();
});

test('with JavaScript, opening a disclosure fetches its passages, shows them in place with focus kept and nothing shifted; axe finds nothing', async () => {
  for (const [width, colorScheme] of [[375, 'light'], [1280, 'dark']]) {
    const { context, page, problems } = await open({ width, colorScheme });
    const fetched = [];
    page.on('request', (r) => { if (/\.html$/.test(r.url()) && r.url().includes('/record/')) fetched.push(r.url()); });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const shifts = () => page.evaluate(() => window.__shifts.filter((s) => !s.hadRecentInput).map((s) => s.value));
    assert.deepEqual(await shifts(), [], 'no layout shift while the page loads and hydrates');
    assert.equal(await page.locator('blockquote[data-evidence]').count(), 0);

    const cell = data.comparison.find((c) => c.dimension === 'who-leads' && c.side === 'ilrs');
    const td = page.locator('[data-cell="who-leads/ilrs"]');
    const summary = td.locator('summary');
    await summary.scrollIntoViewIfNeeded();
    await summary.focus();
    await page.keyboard.press('Enter');
    await td.locator('blockquote[data-evidence]').first().waitFor({ state: 'visible' });
    assert.deepEqual((await td.locator('blockquote[data-evidence]').allTextContents()).sort(), passagesOf(cell));
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'SUMMARY', 'focus stays on the disclosure');
    assert.equal(await td.locator('[aria-live="polite"] blockquote').count(), passagesOf(cell).length, 'announced');
    assert.ok(await td.locator('details a[href*="record/"]').isVisible(), 'the page is still linked');
    assert.deepEqual(fetched.map((u) => new URL(u).pathname), ['/record/cell-who-leads-ilrs/passages.html']);
    // Closed and opened again: shown at once, not fetched twice.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    assert.equal(fetched.length, 1);

    // A disagreement's account fetches its own account's passages.
    const second = data.discrepancies.find((d) => d.id === disagreements[0] && d.account === 2);
    const account = page.locator(`[data-discrepancy="${second.id}"] li`).nth(1);
    await page.locator(`[data-discrepancy="${second.id}"] > details > summary`).click();
    await account.locator('summary').scrollIntoViewIfNeeded();
    await account.locator('summary').click();
    await account.locator('blockquote[data-evidence]').first().waitFor({ state: 'visible' });
    assert.deepEqual((await account.locator('blockquote[data-evidence]').allTextContents()).sort(), passagesOf(second));
    assert.deepEqual(await axeViolations(page), [], `axe with disclosures open, ${width}px ${colorScheme}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('a failed fetch says so and leaves the link; the next opening tries again', async () => {
  const { context, page } = await open({ width: 1280 });
  const record = page.locator('[data-record="beidou-glonass"]');
  const summary = record.locator('summary');
  const said = record.locator('.ilrs-evidence-loaded');
  // The network fails.
  await page.route('**/record/beidou-glonass/passages.html', (route) => route.abort());
  await summary.scrollIntoViewIfNeeded();
  await summary.click();
  await page.waitForFunction(() => /could not be loaded/.test(document.querySelector('[data-record="beidou-glonass"] .ilrs-evidence-loaded').textContent));
  assert.ok(await record.locator('details a[href="record/beidou-glonass/"]').isVisible());
  assert.equal(await record.locator('blockquote[data-evidence]').count(), 0);
  // A host that answers any address with its main page: never shown as passages.
  await page.unroute('**/record/beidou-glonass/passages.html');
  const main = await (await fetch(`${env.site.url}/`)).text();
  await page.route('**/record/beidou-glonass/passages.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: main }));
  await summary.click();
  await summary.click();
  await page.waitForFunction(() => /could not be loaded/.test(document.querySelector('[data-record="beidou-glonass"] .ilrs-evidence-loaded').textContent));
  assert.equal(await record.locator('.ilrs-evidence-loaded *').count(), 0);
  // The file is back: closing and opening again loads it.
  await page.unroute('**/record/beidou-glonass/passages.html');
  await summary.click();
  await summary.click();
  await record.locator('blockquote[data-evidence]').first().waitFor({ state: 'visible' });
  assert.match(await said.textContent(), /interoperable/);
  await context.close();
});

test('the search reads a record\'s own words, not the passages it rests on', async () => {
  const { context, page, problems } = await open({ width: 1280 });
  await liveExplorer(page);
  // "interoperable" is the article's word, in the passage of the Beidou-GLONASS record only.
  const record = page.locator('[data-record="beidou-glonass"]');
  await record.locator('summary').scrollIntoViewIfNeeded();
  await record.locator('summary').click();
  await record.locator('blockquote[data-evidence]').first().waitFor({ state: 'visible' });
  assert.match(await record.locator('blockquote[data-evidence]').first().textContent(), /interoperable/);
  const box = page.locator('input[type="search"]');
  await box.fill('interoperable');
  await page.waitForFunction(() => document.querySelector('[data-testid="result-count"]').textContent.trim() === '0');
  await box.fill('navigation systems work together');
  await page.waitForFunction(() => !document.querySelector('[data-record="beidou-glonass"]').hidden);
  assert.deepEqual(problems, []);
  await context.close();
});

test('in the script embed, a disclosure fetches its passages from the site, not the host', async () => {
  const { context, page, problems, requests } = await openHost(env, 'classic');
  const [host] = await (await liveEmbeds(page, 1)).all();
  const texts = await host.evaluate(async (el) => {
    const record = el.shadowRoot.querySelector('[data-record="beidou-glonass"]');
    const link = record.querySelector('details a');
    record.querySelector('summary').click();
    for (let i = 0; i < 200 && !record.querySelector('blockquote[data-evidence]'); i++) await new Promise((r) => setTimeout(r, 25));
    return { link: link.href, passages: [...record.querySelectorAll('blockquote[data-evidence]')].map((q) => q.textContent).sort() };
  });
  assert.equal(texts.link, `${env.site.url}/record/beidou-glonass/`, 'the link is the site\'s');
  assert.deepEqual(texts.passages, passagesOf(data.events.find((e) => e.id === 'beidou-glonass')));
  assert.ok(requests.includes(`${env.site.url}/record/beidou-glonass/passages.html`));
  assert.ok(!requests.some((u) => u.startsWith(env.hosts.url) && u.includes('/record/')), 'nothing asked of the host');
  assert.deepEqual(problems, []);
  await context.close();
});
