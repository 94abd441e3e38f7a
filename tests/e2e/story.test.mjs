// Journeys through the scrolling story at phone and desktop widths: every step becomes active
// in order, one at a time, with the graphic following; jumps, deep links and the keyboard land
// on the right step; without JavaScript the story reads flat; axe finds nothing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, watchedPage } from './browser.mjs';
import { axeViolations } from './axe.mjs';

const site = useSite();

async function openStory(width, { hash = '', colorScheme = 'light', reducedMotion = 'reduce' } = {}) {
  const context = await site.browser.newContext({ viewport: { width, height: 800 }, colorScheme, reducedMotion });
  const { page, problems } = await watchedPage(context);
  await page.goto(`${site.server.url}/${hash}`);
  await page.locator('#ilrs-explainer[data-ilrs-ready="hydrated"]').waitFor({ timeout: 15000 });
  await page.locator('.ilrs-story--scrolly').waitFor();
  return { context, page, problems };
}

/** Each step's id and the graphic:state it asks for, in reading order. */
async function steps(page) {
  return page.locator('[data-step]').evaluateAll((els) =>
    els.map((el) => ({ id: el.dataset.step, shows: el.dataset.shows })),
  );
}

async function activeIds(page) {
  return page.locator('[data-step][data-active="true"]').evaluateAll((els) => els.map((el) => el.dataset.step));
}

async function expectActive(page, step) {
  await page.locator(`[data-step="${step.id}"][data-active="true"]`).waitFor({ timeout: 3000 });
  assert.deepEqual(await activeIds(page), [step.id], 'exactly one step is active');
  const [graphic, state] = step.shows.split(':');
  const sticky = page.locator(`[data-graphic="${graphic}"]`);
  assert.equal(await sticky.getAttribute('data-state'), state, `${step.id} shows ${step.shows}`);
  assert.match(await sticky.getAttribute('class'), /is-current/, `${graphic} is the graphic on screen`);
}

for (const width of [375, 1280]) {
  test(`${width} px: scrolling activates every step in order, one at a time, and the graphic follows`, async () => {
    const { context, page, problems } = await openStory(width);
    const all = await steps(page);
    assert.ok(all.length >= 15);
    const seen = [];
    for (const step of all) {
      // Scroll as a reader does: the step's top a little above the middle of the screen.
      await page.locator(`[data-step="${step.id}"]`).evaluate((el) => {
        const top = el.getBoundingClientRect().top + window.scrollY;
        window.scrollTo(0, top - window.innerHeight * 0.4);
      });
      await expectActive(page, step);
      seen.push(step.id);
    }
    assert.deepEqual(seen, all.map((s) => s.id));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${width} px: a jump to the last step activates it at once and fires the skipped steps`, async () => {
    const { context, page, problems } = await openStory(width);
    const all = await steps(page);
    const last = all.at(-1);
    await page.locator(`[data-step="${last.id}"]`).evaluate((el) => el.scrollIntoView());
    await expectActive(page, last);
    const visited = await page.locator('[data-step][data-visited="true"]').count();
    assert.equal(visited, all.length, 'every skipped step fired on the way');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${width} px: a #step-id link opens the story at that step`, async () => {
    const { context, page, problems } = await openStory(width, { hash: '#story-budgets' });
    const target = (await steps(page)).find((s) => s.id === 'story-budgets');
    await expectActive(page, target);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${width} px: the keyboard alone walks the whole story`, async () => {
    const { context, page, problems } = await openStory(width);
    const all = await steps(page);
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.dataset?.testid === 'next-step')) break;
    }
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Next');
    // Focusing the control scrolls it into view, which may already bring a later step forward:
    // read the active step once the engine has caught up with that scroll.
    let start;
    for (let seen = null; ; seen = start) {
      await page.waitForTimeout(150);
      [start] = await activeIds(page);
      if (start === seen) break;
    }
    const from = all.findIndex((s) => s.id === start);
    assert.ok(from >= 0);
    for (const step of all.slice(from + 1)) {
      await page.keyboard.press('Enter');
      await expectActive(page, step);
      assert.match(await page.locator('.ilrs-step-position').innerText(), new RegExp(`of ${all.length}$`));
    }
    const next = page.locator('[data-testid="next-step"]');
    assert.equal(await next.getAttribute('aria-disabled'), 'true', 'no step after the last');
    await page.keyboard.press('Enter');
    await expectActive(page, all.at(-1));
    assert.equal(await page.evaluate(() => document.activeElement?.dataset?.testid), 'next-step', 'focus stays put');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset?.testid), 'previous-step');
    for (const step of all.slice(0, -1).reverse()) {
      await page.keyboard.press('Enter');
      await expectActive(page, step);
    }
    assert.equal(await page.locator('[data-testid="previous-step"]').getAttribute('aria-disabled'), 'true');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('after a resize or an orientation change, the reader is still on the same step, and it is the one the layout reads', async () => {
  const { context, page, problems } = await openStory(1280);
  await page.locator('[data-step="story-polar-plan"]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.locator('[data-step="story-polar-plan"][data-active="true"]').waitFor();
  for (const viewport of [{ width: 375, height: 800 }, { width: 800, height: 375 }, { width: 1280, height: 800 }]) {
    await page.setViewportSize(viewport);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    // The step the layout reads where the story now stands: on a phone with the graphic pinned,
    // the last whose card is wholly above the bottom of the screen; otherwise the last whose
    // top has passed the middle of the screen.
    const read = await page.evaluate(() => {
      const byCard = getComputedStyle(document.querySelector('#story')).getPropertyValue('--ilrs-read-by').trim() === 'card';
      const steps = [...document.querySelectorAll('[data-step]')];
      const reached = steps.filter((el) =>
        byCard
          ? Math.round(el.querySelector('.ilrs-step-card').getBoundingClientRect().bottom) <= innerHeight
          : el.getBoundingClientRect().top <= innerHeight / 2,
      );
      return (reached.at(-1) ?? steps[0]).dataset.step;
    });
    assert.equal(read, 'story-polar-plan', `${viewport.width}x${viewport.height}: the story is back at the reader's step`);
    assert.deepEqual(await activeIds(page), ['story-polar-plan'], `${viewport.width}x${viewport.height}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the graphic animates its changes only where the reader allows motion', async () => {
  for (const [reducedMotion, expected] of [['reduce', '0s'], ['no-preference', '0.3s']]) {
    const { context, page } = await openStory(1280, { reducedMotion });
    const duration = await page
      .locator('.ilrs-sticky-graphic')
      .first()
      .evaluate((el) => getComputedStyle(el).transitionDuration.split(',')[0].trim());
    assert.equal(duration, expected, reducedMotion);
    await context.close();
  }
});

for (const width of [375, 1280]) test(`${width} px printed: the story is flat even with the scrolling layout on screen`, async () => {
  const { context, page, problems } = await openStory(width);
  await page.emulateMedia({ media: 'print' });
  const steps = page.locator('.ilrs-story-steps');
  assert.equal(await steps.evaluate((el) => getComputedStyle(el).paddingTop), '0px', 'no overlay offset on paper');
  assert.equal(await page.locator('.ilrs-story-graphic').isVisible(), false, 'no sticky panel on paper');
  assert.equal(await page.locator('.ilrs-step-controls').isVisible(), false, 'no buttons on paper');
  const inline = page.locator('[data-step] [data-inline-graphic]');
  for (const figure of await inline.all()) assert.ok(await figure.isVisible());
  assert.deepEqual(problems, []);
  await context.close();
});

test('without JavaScript the whole story reads flat, each graphic after its step', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
  const { page, problems } = await watchedPage(context);
  await page.goto(`${site.server.url}/`);
  const all = await page.locator('[data-step]').count();
  assert.ok(all >= 15);
  assert.equal(await page.locator('.ilrs-story--scrolly').count(), 0);
  assert.equal(await page.locator('.ilrs-story-graphic').isVisible(), false, 'no sticky panel');
  const inline = page.locator('[data-step] [data-inline-graphic]');
  assert.equal(await inline.count(), all);
  for (const figure of await inline.all()) assert.ok(await figure.isVisible());
  assert.ok(await page.locator('[data-step="story-signing"] .ilrs-step-text').isVisible());
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [name, colorScheme, midStory] of [
  ['light, at load', 'light', false],
  ['dark, at load', 'dark', false],
  ['light, mid-story', 'light', true],
  ['dark, mid-story', 'dark', true],
]) {
  for (const width of [375, 1280]) {
    test(`axe-core finds no WCAG 2.2 A/AA violation: ${width} px, ${name}`, async () => {
      const { context, page } = await openStory(width, { colorScheme });
      if (midStory) {
        await page.locator('[data-step="story-polar-plan"]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await page.locator('[data-step="story-polar-plan"][data-active="true"]').waitFor();
      }
      assert.deepEqual(await axeViolations(page), []);
      await context.close();
    });
  }
}
