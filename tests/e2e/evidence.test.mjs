// Every claim checkable: each explorer record, comparison cell and disagreement account opens onto
// the passages of the articles it rests on, with JavaScript and without, from the keyboard, with no
// layout shift and nothing for axe to find. The search reads a record's own words, not its passages.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, watchedPage } from './browser.mjs';
import { axeViolations } from './axe.mjs';

const site = useSite();

async function open({ width = 375, colorScheme = 'light', javaScriptEnabled = true } = {}) {
  const context = await site.browser.newContext({ viewport: { width, height: 800 }, colorScheme, javaScriptEnabled, reducedMotion: 'reduce' });
  const { page, problems } = await watchedPage(context);
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => window.__shifts.push(...list.getEntries())).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${site.server.url}/`);
  if (javaScriptEnabled) await page.locator('#ilrs-explainer[data-ilrs-ready="hydrated"]').waitFor({ timeout: 15000 });
  return { context, page, problems };
}

/** What a reader finds in each record's disclosure: its label and its passages with their sources. */
const disclosures = (page, selector) =>
  page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const details = el.querySelectorAll(':scope details.ilrs-evidence');
      return {
        id: el.dataset.record || el.dataset.cell || el.closest('[data-discrepancy]')?.dataset.discrepancy,
        count: details.length,
        passages: [...el.querySelectorAll('details.ilrs-evidence blockquote[data-evidence]')].map((q) => ({
          text: q.textContent.trim(),
          cite: q.getAttribute('cite'),
          source: q.closest('figure').querySelector('figcaption').textContent.trim(),
        })),
      };
    }),
  );

function assertEveryRecordHasEvidence(found, kind) {
  assert.ok(found.length > 0, `some ${kind}`);
  for (const record of found) {
    assert.equal(record.count, 1, `${kind} ${record.id} has one disclosure`);
    assert.ok(record.passages.length >= 1, `${kind} ${record.id} shows a passage`);
    for (const p of record.passages) {
      assert.ok(p.text.split(' ').length >= 3, `${kind} ${record.id}: a passage, not a stub: ${p.text}`);
      assert.match(p.cite, /^#source-[a-z-]+$/);
      assert.ok(p.source.length > 0, `${kind} ${record.id}: the passage names its source`);
    }
  }
}

for (const javaScriptEnabled of [true, false]) {
  test(`${javaScriptEnabled ? 'with' : 'without'} JavaScript, every explorer record, comparison cell and disagreement account shows its passages`, async () => {
    const { context, page, problems } = await open({ javaScriptEnabled });
    assertEveryRecordHasEvidence(await disclosures(page, '[data-record]'), 'record');
    const cells = await disclosures(page, '[data-cell]');
    assert.equal(cells.length, 26);
    assertEveryRecordHasEvidence(cells, 'cell');
    assertEveryRecordHasEvidence(await disclosures(page, '[data-discrepancy] li'), 'account');
    // Shut until asked for; a click opens it and the passage is there to read.
    const cell = page.locator('[data-cell="who-leads/ilrs"]');
    const passage = cell.locator('blockquote[data-evidence]').first();
    assert.equal(await passage.isVisible(), false);
    await cell.locator('summary').scrollIntoViewIfNeeded();
    await cell.locator('summary').click();
    assert.equal(await passage.isVisible(), true);
    assert.match(await cell.locator('figcaption').first().textContent(), /\S/);
    if (javaScriptEnabled) assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the keyboard opens and closes a disclosure, with no layout shift while the page loads; axe finds nothing with it open', async () => {
  for (const [width, colorScheme] of [[375, 'light'], [1280, 'dark']]) {
    const { context, page, problems } = await open({ width, colorScheme });
    // Shut disclosures take no room: loading and hydrating the page shifts nothing.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const shifts = await page.evaluate(() => window.__shifts.filter((s) => !s.hadRecentInput).map((s) => s.value));
    assert.deepEqual(shifts, [], 'no layout shift while the page loads and hydrates');
    const account = page.locator('[data-discrepancy="who-leads-ilrs"] li').first();
    const summary = account.locator('summary');
    await summary.scrollIntoViewIfNeeded();
    await summary.focus();
    await page.keyboard.press('Enter');
    const passage = account.locator('blockquote[data-evidence]').first();
    await passage.waitFor({ state: 'visible' });
    assert.equal(await account.locator('details').evaluate((d) => d.open), true);
    const record = page.locator('[data-record="roscosmos-statement"] summary');
    await record.scrollIntoViewIfNeeded();
    await record.focus();
    await page.keyboard.press('Space');
    await page.locator('[data-record="roscosmos-statement"] blockquote[data-evidence]').first().waitFor({ state: 'visible' });
    assert.deepEqual(await axeViolations(page), [], `axe with disclosures open, ${width}px ${colorScheme}`);
    await summary.focus();
    await page.keyboard.press('Enter');
    await passage.waitFor({ state: 'hidden' });
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('the search reads a record\'s own words, not the passages it rests on', async () => {
  const { context, page, problems } = await open({ width: 1280 });
  await page.locator('.ilrs-explorer.is-live').waitFor();
  // "interoperable" is the article's word, in the passage of the Beidou-GLONASS record only.
  const beidou = page.locator('[data-record="beidou-glonass"] blockquote[data-evidence]');
  assert.match(await beidou.textContent(), /interoperable/);
  const box = page.locator('input[type="search"]');
  await box.fill('interoperable');
  await page.waitForFunction(() => document.querySelector('[data-testid="result-count"]').textContent.trim() === '0');
  await box.fill('navigation satellites');
  await page.waitForFunction(() => !document.querySelector('[data-record="beidou-glonass"]').hidden);
  assert.deepEqual(problems, []);
  await context.close();
});
