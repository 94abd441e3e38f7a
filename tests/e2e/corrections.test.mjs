// The corrections log as a reader meets it: a short note on the page (the count, the latest few,
// a link), the log's own page listing every entry readers are shown, newest first, each saying
// what we had published and linking where the claim now stands; a touched record's "Corrected
// on" line leading to its entry there; the hero's date line; and the Atom feed, announced in the
// head, served, titled in sentences and read by an independent feed parser. Copy edits stay in
// the downloads only.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { DIST, useSite, watchedPage } from './browser.mjs';

const data = JSON.parse(await fs.readFile(path.join(DIST, 'data.json'), 'utf8'));
const everything = data.corrections;
// What readers are shown: every entry but the copy edits.
const log = everything.filter((c) => c.kind !== 'copy edit');
const site = useSite();

test('the page carries a short note on corrections: the count, the latest entries and a link to the log', async () => {
  assert.ok(log.length > 0 && log.length < everything.length, 'the download carries the log, copy edits included');
  const context = await site.browser.newContext({ viewport: { width: 375, height: 667 } });
  const { page, problems } = await watchedPage(context);
  await page.goto(`${site.server.url}/`);
  const note = page.locator('section#corrections');
  const height = await note.evaluate((el) => el.getBoundingClientRect().height);
  assert.ok(height <= 3000, `the note is ${Math.round(height)} px tall at 375 px`);
  const latest = await note.locator('li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const newest = [...log].sort((a, b) => b.number - a.number).slice(0, latest.length).map((c) => `corrections/#correction-${c.number}`);
  assert.ok(latest.length >= 1 && latest.length <= 5);
  assert.deepEqual(latest, newest, 'the latest entries, newest first');
  // Each link is named for what it is about, not by a number.
  for (const name of await note.locator('li a').allInnerTexts()) {
    assert.match(name, /^(Correction|Clarification|Update) of \d+ \w+ \d{4}: \S/);
  }
  await note.locator('a[href="corrections/"]').click();
  await page.waitForURL(`${site.server.url}/corrections/`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the log page lists every entry readers are shown, newest first, with what we had published and where each claim stands', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const { page, problems } = await watchedPage(context);
  await page.goto(`${site.server.url}/corrections/`);
  const entries = page.locator('[id^="correction-"]');
  const ids = await entries.evaluateAll((els) => els.map((el) => el.id));
  assert.deepEqual(ids, [...log].sort((a, b) => b.number - a.number).map((c) => `correction-${c.number}`));
  // A correction says what we said, in plain words, and keeps the wording we had published.
  const correction = log.find((c) => c.kind === 'correction');
  const entry = page.locator(`#correction-${correction.number}`);
  assert.match(await entry.innerText(), /We (said|called|dated|set out|presented)/);
  const published = data['corrections-was'].filter((w) => w.correction === correction.number);
  await entry.locator('details summary').click();
  for (const was of published) assert.ok((await entry.innerText()).includes(was.wording), `keeps: ${was.wording}`);
  // Every link from the log leads somewhere that exists: a record's page or a place on the page.
  const targets = new Set(await page.locator('[id^="correction-"] a').evaluateAll((as) => as.map((a) => a.href)));
  for (const href of targets) {
    const url = new URL(href);
    const response = await fetch(url.href);
    assert.equal(response.status, 200, href);
    if (url.hash) assert.ok((await response.text()).includes(`id="${url.hash.slice(1)}"`), `${href} exists`);
  }
  // No copy edit is shown.
  for (const edit of everything.filter((c) => c.kind === 'copy edit')) {
    assert.equal(await page.locator(`#correction-${edit.number}`).count(), 0);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a corrected record links to its entry on the log page, and the hero dates the last update from the log', async () => {
  const context = await site.browser.newContext();
  const { page, problems } = await watchedPage(context);
  await page.goto(`${site.server.url}/`);
  const entry = log.find((c) => c.records.some((r) => data.events.some((e) => e.id === r)));
  const record = entry.records.find((r) => data.events.some((e) => e.id === r));
  const line = page.locator(`[data-record="${record}"] .ilrs-corrected a`);
  // What it shows, and what a screen reader hears: the entry it links to, named.
  const shown = (await line.first().textContent()).trim();
  assert.match(shown, /^(Corrected|Clarified|Updated) on \d+ \w+ \d{4}$/);
  const newest = log.filter((c) => c.records.includes(record) && c.kind !== 'copy edit').at(-1);
  // Its name starts with what it shows (label in name), with no space before the colon.
  assert.equal(await line.first().getAttribute('aria-label'), `${shown}: ${newest.title}`);
  const hrefs = await line.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const touching = log.filter((c) => c.records.includes(record)).map((c) => `corrections/#correction-${c.number}`);
  assert.ok(hrefs.includes(touching.at(-1)), `${hrefs.join()} leads to the newest of ${touching.join()}`);
  const latest = log.map((c) => c.date).sort().at(-1);
  assert.equal(await page.locator('.ilrs-dates time').last().getAttribute('datetime'), latest);
  await page.locator('.ilrs-dates a[href="corrections/"]').click();
  await page.waitForURL(`${site.server.url}/corrections/`);
  await page.goBack();
  // The structured data's dateModified is the log's latest day too.
  const jsonLd = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
  assert.equal(jsonLd['@graph'][0].dateModified, latest);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a record page lists its entries, named for what they are about, linking to the log page', async () => {
  const entry = log.find((c) => c.records.some((r) => data.events.some((e) => e.id === r)));
  const record = entry.records.find((r) => data.events.some((e) => e.id === r));
  const html = await (await fetch(`${site.server.url}/record/${record}/`)).text();
  assert.ok(html.includes(`href="../../corrections/#correction-${entry.number}"`), 'links to its entry on the log page');
  assert.ok(!/>entry \d+</.test(html), 'no link named by a number');
});

test('the Atom feed is announced, served and parses: one entry per entry readers see, titled in sentences, timed', async () => {
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
  for (const item of feed.items) {
    assert.match(item.title, /^[A-Z].* .* .*\.$/, `a sentence: ${item.title}`);
    assert.ok(!(item.updated.getUTCHours() === 0 && item.updated.getUTCMinutes() === 0), `${item.title} is stamped at a time`);
  }
  const numbers = feed.items.map((item) => Number(item.url.split('#correction-')[1]));
  assert.deepEqual(numbers, [...numbers].sort((a, b) => b - a), 'newest first');
});
