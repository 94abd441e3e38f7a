// The corrections log as a reader meets it: the section, newest first; a touched record's
// "Corrected on" line leading to its entry; the hero's date line; and the Atom feed, announced in
// the head, served, and read by an independent feed parser.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { DIST, useSite, watchedPage } from './browser.mjs';

const data = JSON.parse(await fs.readFile(path.join(DIST, 'data.json'), 'utf8'));
const log = data.corrections;
const site = useSite();

test('the log is on the page, newest first, each entry naming and linking its records', async () => {
  assert.ok(log.length > 0, 'the download carries the log');
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const { page, problems } = await watchedPage(context);
  await page.goto(`${site.server.url}/`);
  const entries = page.locator('#corrections li[id^="correction-"]');
  assert.equal(await entries.count(), log.length);
  const ids = await entries.evaluateAll((els) => els.map((el) => el.id));
  const newestFirst = [...log].sort((a, b) => b.number - a.number).map((c) => `correction-${c.number}`);
  assert.deepEqual(ids, newestFirst);
  // Every record an entry touches is a link to a place on the page that exists.
  const targets = await page.locator('#corrections li a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(targets.length >= log.reduce((n, c) => n + c.records.length, 0));
  for (const href of new Set(targets)) {
    assert.equal(await page.locator(href).count(), 1, `${href} is on the page`);
  }
  // A correction says what the page said before.
  const correction = log.find((c) => c.kind === 'correction');
  assert.match(await page.locator(`#correction-${correction.number}`).innerText(), /We said: “/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a corrected record links to its entry, and the hero dates the last update from the log', async () => {
  const context = await site.browser.newContext();
  const { page, problems } = await watchedPage(context);
  await page.goto(`${site.server.url}/`);
  const entry = log.find((c) => c.records.some((r) => data.events.some((e) => e.id === r)));
  const record = entry.records.find((r) => data.events.some((e) => e.id === r));
  const line = page.locator(`[data-record="${record}"] .ilrs-corrected a`);
  assert.match(await line.first().innerText(), /^(Corrected|Clarified|Updated) on \d+ \w+ \d{4}$/);
  const hrefs = await line.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.includes(`#correction-${entry.number}`), hrefs.join());
  const latest = log.map((c) => c.date).sort().at(-1);
  assert.equal(await page.locator('.ilrs-dates time').last().getAttribute('datetime'), latest);
  await page.locator('.ilrs-dates a[href="#corrections"]').click();
  await page.waitForFunction(() => location.hash === '#corrections');
  // The structured data's dateModified is the log's latest day too.
  const jsonLd = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
  assert.equal(jsonLd['@graph'][0].dateModified, latest);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the Atom feed is announced, served and parses, one entry per log entry', async () => {
  const html = await fs.readFile(path.join(DIST, 'index.html'), 'utf8');
  const link = html.match(/<link rel="?alternate"? type="?application\/atom\+xml"? href="?([^" >]+)"?/);
  assert.ok(link, 'the head announces the feed');
  const response = await fetch(`${site.server.url}/${link[1]}`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /xml/);
  const feed = parseFeed(await response.text());
  assert.equal(feed.meta.type, 'atom');
  assert.match(feed.title, /^Corrections and updates/);
  assert.equal(feed.items.length, log.length);
  assert.ok(feed.items.every((item) => item.id && item.title && item.updated && item.url));
  const numbers = feed.items.map((item) => Number(item.url.split('#correction-')[1]));
  assert.deepEqual(numbers, [...numbers].sort((a, b) => b - a), 'newest first');
});
