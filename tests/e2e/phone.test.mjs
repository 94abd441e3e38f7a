// The story on a phone, measured as a reader meets it: at each phone size, every step read with
// its card fully on screen leaves every label of the graphic uncovered, no card takes more than
// 45% of the screen, no chapter heading passes over the graphic, and Previous, Next, the step's
// position and "Copy link" are never covered, focused or not, anywhere in the story. The panel's
// controls keep to one row at 320 px and at 115% and 130% text, and "Copy link" moves nothing;
// at 115% text no step is skipped; turning the phone keeps the reader's step. Screens too short
// for a pinned graphic and a card get the flat story. The first screen holds the title, the
// standfirst and the start of the lead graphic, and a keyboard reaches the explorer's filters in
// a few presses.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, watchedPage } from './browser.mjs';
import { readStory, inOrder, mismatchShare } from './reading.mjs';

const site = useSite();

const PHONES = [
  [320, 568],
  [375, 667],
  [390, 844],
  [412, 915],
  [667, 375],
];
const CONTROLS = ['[data-testid="previous-step"]', '[data-testid="next-step"]', '[data-testid="step-number"]', '.ilrs-story [data-share="copy"]'];

async function open(width, height) {
  const context = await site.browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
  const { page, problems } = await watchedPage(context);
  await page.goto(`${site.server.url}/`);
  await page.locator('#ilrs-explainer[data-ilrs-ready="hydrated"]').waitFor({ timeout: 15000 });
  await page.locator('.ilrs-story--scrolly').waitFor();
  return { context, page, problems };
}

/**
 * What covers what, on the screen as it is: the labels of the graphic on show that something
 * other than the graphic covers (a card, a heading), and the step controls something else covers.
 */
function coverage() {
  const inView = (r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
  const figure = document.querySelector('.ilrs-sticky-graphic.is-current');
  const pinned = figure && getComputedStyle(document.querySelector('.ilrs-story-graphic')).display !== 'none';
  const covered = [];
  if (pinned) {
    for (const svg of figure.querySelectorAll('svg')) {
      if (getComputedStyle(svg).display === 'none') continue;
      for (const label of svg.querySelectorAll('text')) {
        const r = label.getBoundingClientRect();
        if (!inView(r)) continue;
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        if (top && !figure.contains(top)) covered.push(`${label.textContent} under ${top.className || top.tagName}`);
      }
    }
  }
  const controls = [];
  for (const selector of ['[data-testid="previous-step"]', '[data-testid="next-step"]', '[data-testid="step-number"]', '.ilrs-story [data-share="copy"]']) {
    const control = document.querySelector(selector);
    const r = control.getBoundingClientRect();
    if (!inView(r)) continue;
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    if (!control.contains(top) && !top?.contains(control)) controls.push(`${selector} under ${top?.className || top?.tagName}`);
  }
  return { pinned, covered, controls };
}

for (const [width, height] of PHONES) {
  test(`${width}x${height}: each step's card leaves the graphic and the controls uncovered`, async () => {
    const { context, page, problems } = await open(width, height);
    const ids = await page.locator('[data-step]').evaluateAll((els) => els.map((el) => el.dataset.step));
    const flat = await page.locator('.ilrs-story-graphic').evaluate((el) => getComputedStyle(el).display === 'none');
    // A screen too short for a pinned graphic and a card below it reads the story flat.
    assert.equal(flat, height < 600, `flat at ${width}x${height}`);
    for (const id of ids) {
      const step = page.locator(`[data-step="${id}"]`);
      await step.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      if (!flat) await page.locator(`[data-step="${id}"][data-active="true"]`).waitFor({ timeout: 3000 });
      const card = await step.locator('.ilrs-step-card').boundingBox();
      // A phone held upright: no card over 45% of the screen. On its side the story is flat,
      // each card followed by its graphic, and covers nothing.
      if (height > width) assert.ok(card.height <= 0.45 * height, `${id}: card ${Math.round(card.height)} px of ${height}`);
      if (flat) continue;
      assert.ok(card.y >= 0 && card.y + card.height <= height, `${id}: the card is fully on screen`);
      const seen = await page.evaluate(coverage);
      assert.deepEqual(seen.covered, [], `${id}: labels covered`);
      assert.deepEqual(seen.controls, [], `${id}: controls covered`);
      // A focused control is never hidden (WCAG 2.2 SC 2.4.11).
      for (const selector of [CONTROLS[0], CONTROLS[1], CONTROLS[3]]) {
        await page.locator(selector).first().focus({ preventScroll: true });
        const focused = await page.evaluate(coverage);
        assert.deepEqual(focused.controls, [], `${id}: focused ${selector} covered`);
      }
    }
    if (!flat) {
      // Anywhere in the story, not only where a step is read: nothing passes over the graphic's
      // labels (neither a card nor a chapter heading) nor over the controls.
      const { top, bottom } = await page.locator('#story').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top + scrollY, bottom: r.bottom + scrollY };
      });
      for (let y = top; y < bottom - height; y += Math.round(height / 3)) {
        await page.evaluate((to) => window.scrollTo(0, to), y);
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const seen = await page.evaluate(coverage);
        assert.deepEqual(seen.covered, [], `at ${y}: labels covered`);
        assert.deepEqual(seen.controls, [], `at ${y}: controls covered`);
      }
      // Next still moves the story one step, and the active step's card is in view after it.
      await page.locator(`[data-step="${ids[2]}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.locator(`[data-step="${ids[2]}"][data-active="true"]`).waitFor();
      await page.locator(CONTROLS[1]).focus();
      await page.keyboard.press('Enter');
      await page.locator(`[data-step="${ids[3]}"][data-active="true"]`).waitFor({ timeout: 3000 });
      const card = await page.locator(`[data-step="${ids[3]}"] .ilrs-step-card`).boundingBox();
      assert.ok(card.y >= 0 && card.y + card.height <= height, 'after Next, the new card is on screen');
      assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'next-step', 'focus stays on Next');
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

/** The pinned panel and its controls, as on screen: their boxes, and whether the controls share one row. */
function panelGeometry() {
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return { left: Math.round(r.left), top: Math.round(r.top), right: Math.round(r.right), bottom: Math.round(r.bottom) };
  };
  const panel = document.querySelector('.ilrs-story-graphic');
  const shown = [...document.querySelectorAll('.ilrs-step-controls :is(button, .ilrs-step-position)')].filter((el) => el.getClientRects().length > 0);
  const key = document.querySelector('.ilrs-sticky-graphic.is-current .ilrs-chart-key > summary');
  const controls = shown.map(box);
  // One row: every control overlaps every other vertically.
  const oneRow = controls.every((a) => controls.every((b) => a.top < b.bottom && b.top < a.bottom));
  const inside = controls.every((c) => c.left >= 0 && c.right <= innerWidth && c.bottom <= box(panel).bottom);
  const keyClear = !key || controls.every((c) => box(key).right <= c.left || box(key).left >= c.right);
  return { panel: box(panel), controls, oneRow, inside, keyClear, pinned: getComputedStyle(panel).position === 'sticky' };
}

// Android's text size setting, as the default font size Chromium is given (16 px at 100%).
async function textSize(context, page, scale) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: Math.round(16 * scale), fixed: 13 } });
}

for (const [width, height, scale] of [
  [320, 640, 1],
  [375, 667, 1],
  [320, 700, 1.15],
  [390, 844, 1.15],
  [320, 800, 1.3],
  [412, 915, 1.3],
]) {
  test(`${width}x${height} at ${Math.round(scale * 100)}% text: the panel's controls fit on one row, and "Copy link" moves nothing`, async () => {
    const context = await site.browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce', permissions: ['clipboard-read', 'clipboard-write'] });
    const { page, problems } = await watchedPage(context);
    await textSize(context, page, scale);
    // A timeline step: its "Key" shares the controls' row.
    await page.goto(`${site.server.url}/#story-rogozin`);
    await page.locator('#ilrs-explainer[data-ilrs-ready="hydrated"]').waitFor({ timeout: 15000 });
    await page.locator('[data-step="story-rogozin"][data-active="true"]').waitFor();
    const before = await page.evaluate(panelGeometry);
    assert.ok(before.pinned, 'the graphic is pinned');
    assert.ok(before.oneRow, `one row: ${JSON.stringify(before.controls)}`);
    assert.ok(before.inside, `inside the panel and the screen: ${JSON.stringify(before)}`);
    assert.ok(before.keyClear, 'the key clear of the controls');
    await page.locator('.ilrs-step-controls [data-share="copy"]').click();
    const status = page.locator('.ilrs-step-controls .ilrs-share-status');
    await page.waitForFunction(() => document.querySelector('.ilrs-step-controls .ilrs-share-status').textContent === 'Link copied.');
    assert.equal(await status.getAttribute('role'), 'status', 'announced to screen readers');
    assert.ok(await status.isVisible(), 'shown');
    assert.deepEqual(await page.evaluate(panelGeometry), before, 'the panel and its controls have not moved');
    // Scrolling on, the panel stays as it was, "Link copied." or not.
    await page.evaluate(() => window.scrollBy(0, 400));
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    assert.deepEqual((await page.evaluate(panelGeometry)).panel, before.panel);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

for (const [width, height] of [[390, 844], [375, 667]]) {
  test(`${width}x${height} at 115% text, scrolled 10 px at a time: no step is skipped, and the card read whole is the active one`, async () => {
    const context = await site.browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
    const { page, problems } = await watchedPage(context);
    await textSize(context, page, 1.15);
    await page.goto(`${site.server.url}/`);
    await page.locator('.ilrs-story--scrolly').waitFor({ timeout: 15000 });
    const count = await page.locator('[data-step]').count();
    const found = await readStory(page, { increment: 10 });
    assert.deepEqual(found.skipped, []);
    assert.ok(inOrder(found.order, count), `active in the order ${found.order.join(', ')}`);
    // At 390x844 the graphic is still pinned; at 375x667 the larger text leaves too little room
    // for it (37.5em of height) and the story reads flat, one step after another.
    assert.equal(found.pinned, height > 37.5 * 16 * 1.15, 'pinned where the text leaves room');
    if (found.pinned) assert.ok(mismatchShare(found) <= 0.02, `${found.mismatched.length} stops show another step's graphic`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('turning the phone, and back, keeps the step the reader was on', async () => {
  const { context, page, problems } = await open(375, 667);
  const ids = await page.locator('[data-step]').evaluateAll((els) => els.map((el) => el.dataset.step));
  const id = ids[7];
  await page.locator(`[data-step="${id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.locator(`[data-step="${id}"][data-active="true"]`).waitFor();
  const shown = () =>
    page.evaluate(() => ({
      active: document.querySelector('[data-step][data-active="true"]').dataset.step,
      number: document.querySelector('[data-testid="step-number"]').textContent,
    }));
  const settled = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  for (const [width, height] of [[667, 375], [375, 667], [1280, 800], [412, 915]]) {
    await page.setViewportSize({ width, height });
    await settled();
    await settled();
    assert.deepEqual(await shown(), { active: id, number: '8' }, `at ${width}x${height}`);
    const onScreen = await page.locator(`[data-step="${id}"] .ilrs-step-card`).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top < innerHeight && r.bottom > 0;
    });
    assert.ok(onScreen, `at ${width}x${height}, its card is on screen`);
  }
  // A reader elsewhere on the page is not carried into the story.
  await page.locator('#explore').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await settled();
  const y = await page.evaluate(() => scrollY);
  await page.setViewportSize({ width: 390, height: 844 });
  await settled();
  const inStory = await page.locator('#story').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top < innerHeight && r.bottom > 0;
  });
  assert.ok(!inStory, `not taken back to the story (was at ${y})`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a step card holds its words, its records and sources one native disclosure away', async () => {
  const { context, page, problems } = await open(375, 667);
  const step = page.locator('[data-step]').first();
  const sources = step.locator('details.ilrs-step-sources');
  assert.match(await sources.locator('summary').innerText(), /^Sources \(\d+\)$/);
  assert.equal(await sources.locator('.ilrs-step-records a').first().isVisible(), false, 'shut until asked for');
  await step.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await sources.locator('summary').focus();
  await page.keyboard.press('Enter');
  await sources.locator('.ilrs-step-records a').first().waitFor({ state: 'visible' });
  assert.ok(await sources.locator('.ilrs-cites a').first().isVisible());
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a 375x667 phone the first screen holds the title, a short standfirst and the start of the lead graphic', async () => {
  const { context, page, problems } = await open(375, 667);
  const bottom = async (selector) => {
    const box = await page.locator(selector).first().boundingBox();
    return box.y + box.height;
  };
  assert.ok((await bottom('h1')) < 667);
  const standfirst = await page.locator('.ilrs-standfirst').innerText();
  assert.ok(standfirst.split(/\s+/).length <= 50, `the standfirst runs to ${standfirst.split(/\s+/).length} words`);
  assert.ok((await bottom('.ilrs-standfirst')) < 667);
  const lead = await page.locator('[data-graphic-lead] .ilrs-graphic').boundingBox();
  assert.ok(lead.y < 667, `the lead graphic starts at ${Math.round(lead.y)} px`);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const width of [375, 1280]) {
  test(`${width} px: from the top, a keyboard reaches the explorer's filters in at most ten presses, and they work`, async () => {
    const { context, page, problems } = await open(width, 800);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('body').focus();
    let presses = 0;
    const inFilters = () => page.evaluate(() => Boolean(document.activeElement?.closest('.ilrs-filters')));
    await page.keyboard.press('Tab');
    presses += 1;
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to the explorer', 'the first stop');
    assert.ok(await page.locator('.ilrs-skip').isVisible(), 'shown while focused');
    await page.keyboard.press('Enter');
    presses += 1;
    while (!(await inFilters()) && presses < 10) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    assert.ok(await inFilters(), `a filter after ${presses} presses`);
    assert.equal(await page.evaluate(() => document.activeElement.type), 'search');
    const before = await page.locator('[data-testid="result-count"]').innerText();
    await page.keyboard.type('Rogozin');
    await page.waitForFunction((was) => document.querySelector('[data-testid="result-count"]').textContent.trim() !== was, before);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('without JavaScript a phone reads the story flat, and a card\'s sources open from the keyboard', async () => {
  const context = await site.browser.newContext({ viewport: { width: 375, height: 667 }, javaScriptEnabled: false });
  const { page, problems } = await watchedPage(context);
  await page.goto(`${site.server.url}/`);
  const step = page.locator('[data-step]').nth(4);
  assert.ok(await step.locator('.ilrs-inline-graphic').isVisible(), 'each step followed by its graphic');
  assert.equal(await page.locator('.ilrs-story-graphic').isVisible(), false);
  const summary = step.locator('.ilrs-step-sources summary');
  await summary.scrollIntoViewIfNeeded();
  await summary.focus();
  await page.keyboard.press('Enter');
  await step.locator('.ilrs-step-records a').first().waitFor({ state: 'visible' });
  assert.deepEqual(problems, []);
  await context.close();
});
