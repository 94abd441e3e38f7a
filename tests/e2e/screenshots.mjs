// Screenshots of the built site for a person to look at: 320, 375 and 1280 px wide, light and dark,
// the whole page and each section on its own (a long page is too tall to read as one image), and
// a step's share page.
// `node tests/e2e/screenshots.mjs [out-dir]` writes PNGs (default tests/e2e/artifacts/).

import fs from 'node:fs/promises';
import { launch, serveDist } from './browser.mjs';

const out = process.argv[2] ?? new URL('./artifacts/', import.meta.url).pathname;
await fs.mkdir(out, { recursive: true });
const server = await serveDist();
const browser = await launch();
try {
  for (const width of [320, 375, 1280]) {
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      await page.goto(`${server.url}/`);
      await page.locator('#ilrs-explainer[data-ilrs-ready]').waitFor({ timeout: 15000 });
      const file = `${out}/page-${width}-${colorScheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      // Mid-story, as a reader scrolling sees it: the step in the middle of the screen.
      for (const step of ['story-signing', 'story-russia-between', 'story-polar-plan', 'story-south-pole', 'story-budgets']) {
        await page.locator(`[data-step="${step}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await page.locator(`[data-step="${step}"][data-active="true"]`).waitFor({ timeout: 5000 });
        await page.waitForTimeout(400);
        await page.screenshot({ path: `${out}/story-${step}-${width}-${colorScheme}.png` });
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      for (const section of await page.locator('.ilrs-hero, .ilrs-section').all()) {
        const name = (await section.getAttribute('id')) ?? 'hero';
        const part = `${out}/section-${name}-${width}-${colorScheme}.png`;
        await section.screenshot({ path: part });
      }
      await context.close();
      // A step's share page as a reader without JavaScript gets it (with it, it opens the story).
      const plain = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, javaScriptEnabled: false });
      const stepPage = await plain.newPage();
      await stepPage.goto(`${server.url}/step/story-budgets/`);
      await stepPage.screenshot({ path: `${out}/step-page-${width}-${colorScheme}.png`, fullPage: true });
      await plain.close();
      // The embed page, its snippets filled in for this address.
      const embedContext = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const embedPage = await embedContext.newPage();
      await embedPage.goto(`${server.url}/embed.html`);
      await embedPage.locator('#ilrs-explainer[data-ilrs-ready="hydrated"]').waitFor({ timeout: 15000 });
      await embedPage.screenshot({ path: `${out}/embed-page-${width}-${colorScheme}.png`, fullPage: true });
      await embedContext.close();
    }
  }
  // The graphics at 400% zoom (a 1280 x 1024 window is 320 x 256 CSS px: the story reads flat,
  // each drawing after its step) and in forced colours (Windows' high contrast, emulated), for
  // docs/accessibility.md. Prints whether anything makes the page scroll sideways.
  const modes = [
    { name: 'zoom400', viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 },
    { name: 'forced-colors', viewport: { width: 375, height: 667 }, forcedColors: 'active' },
    { name: 'forced-colors', viewport: { width: 1280, height: 800 }, forcedColors: 'active' },
    { name: 'forced-colors-dark', viewport: { width: 375, height: 667 }, forcedColors: 'active', colorScheme: 'dark' },
  ];
  for (const { name, viewport, ...options } of modes) {
    const context = await browser.newContext({ viewport, ...options });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.locator('#ilrs-explainer[data-ilrs-ready="hydrated"]').waitFor({ timeout: 15000 });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    console.log(`${name} ${viewport.width}x${viewport.height}: page ${wide} px wide in a ${viewport.width} px viewport`);
    for (const figure of await page.locator('.ilrs-lead-graphic, [data-step="story-signing"], [data-step="story-russia-between"], [data-step="story-gateway"], [data-step="story-budgets"]').all()) {
      const id = (await figure.getAttribute('data-step')) ?? 'lead';
      await figure.scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${out}/${name}-${viewport.width}-${id}.png` });
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
