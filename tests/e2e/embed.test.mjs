// Journeys through the embeds, each in a host page kept under tests/hosts/, served from another
// origin than the explainer: a pym.js parent (the npm package) that tracks scroll, a plain
// iframe, and two script embeds under a hostile stylesheet. Also the page under its documented
// Content-Security-Policy, the URL flags, and the "Embed this" snippets.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, launch, liveExplorer, watchedPage } from './browser.mjs';
import { serve } from './server.mjs';
import { axeViolations } from './axe.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const HOSTS = path.resolve(HERE, '../hosts');
const PYM = path.resolve(HERE, '../../node_modules/pym.js/dist/pym.v1.js');

let site; // the explainer, with CORS, as a CDN would serve it for the script embed
let hosts; // the host pages, on another origin
let strict; // the explainer again, with its Content-Security-Policy header
let browser;

before(async () => {
  const csp = (await fs.readFile(path.join(DIST, 'csp.txt'), 'utf8')).trim();
  site = await serve(DIST, { cors: true });
  strict = await serve(DIST, { csp });
  hosts = await serve(HOSTS, { files: { '/pym.v1.js': PYM } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await Promise.all([site, hosts, strict].map((s) => s?.close()));
});

async function openHost(name, { width = 1280, height = 900, query = '' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
  const { page, problems } = await watchedPage(context);
  const url = `${hosts.url}/${name}.html?site=${encodeURIComponent(site.url)}${query}`;
  await page.goto(url);
  return { context, page, problems, url };
}

/** The explainer's frame in a host page, once hydrated. */
async function explainerFrame(page) {
  await page.waitForFunction(() => document.querySelector('iframe')?.contentWindow);
  const handle = await page.locator('iframe').elementHandle();
  const frame = await handle.contentFrame();
  await frame.locator('#ilrs-explainer[data-ilrs-ready="hydrated"]').waitFor({ timeout: 15000 });
  return frame;
}

/** The height of the explainer's content inside its frame, and the frame's own height. */
async function heights(page, frame) {
  const content = await frame.evaluate(() => Math.ceil(document.querySelector('.ilrs').getBoundingClientRect().bottom + scrollY));
  const frameHeight = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
  return { content, frameHeight };
}

async function expectFitted(page, frame, when) {
  let last;
  for (let i = 0; i < 40; i++) {
    last = await heights(page, frame);
    if (Math.abs(last.content - last.frameHeight) <= 3) return last;
    await page.waitForTimeout(100);
  }
  assert.fail(`${when}: the frame (${last.frameHeight}px) does not fit its content (${last.content}px)`);
}

test('pym.js host: the frame fits its content before and after filtering, and the story follows the host scroll', async () => {
  const { context, page, problems } = await openHost('pym');
  const frame = await explainerFrame(page);
  assert.match(frame.url(), /childId=explainer/, 'pym.js names the child in the URL');
  const before = await expectFitted(page, frame, 'after load');

  // Filter in the frame: the content shrinks, and so does the frame, without moving the host page.
  // A reader scrolls down to the explorer. (Scrolled from the host: a browser holds back the
  // frames of a cross-origin iframe out of view, so nothing inside it can be waited on first.)
  const button = frame.locator('[data-facet="kind"][data-value="quotation"]');
  const scrollToButton = async () => {
    const inFrame = await button.evaluate((el) => el.getBoundingClientRect().top);
    const frameTop = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().top + scrollY);
    await page.evaluate((y) => window.scrollTo(0, y), frameTop + inFrame - 300);
  };
  await scrollToButton();
  await frame.locator('.ilrs.ilrs--hosted').waitFor({ timeout: 5000 });
  await page.waitForTimeout(300);
  await scrollToButton(); // the story's scrolling layout moved the explorer down
  const hostScroll = await page.evaluate(() => window.scrollY);
  await page.evaluate(() => {
    window.shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.shifts += entry.value; // input or not
    }).observe({ type: 'layout-shift' });
  });
  await button.click();
  await frame.waitForFunction(() => new URL(location.href).searchParams.get('kind') === 'quotation');
  const after = await expectFitted(page, frame, 'after filtering');
  assert.equal(await page.evaluate(() => window.scrollY), hostScroll, 'the host page did not jump');
  assert.equal(await page.evaluate(() => window.shifts), 0, 'no layout shift in the host while the frame resized');
  assert.equal(await button.evaluate((el) => el.getAttribute('aria-pressed')), 'true');
  // The list holds its first 20 matches before and after (quotations are taller than events):
  // what counts is that the content changed and the frame followed it.
  assert.ok(Math.abs(after.content - before.content) > 500, `filtering changed the content (${before.content} -> ${after.content})`);

  // The host sends its viewport as it scrolls: the story takes its scrolling layout, the step
  // under the middle of the host's viewport is active, and the graphic stays in view.
  await page.evaluate(() => window.scrollTo(0, 400));
  await frame.locator('.ilrs.ilrs--hosted .ilrs-story--scrolly').waitFor({ timeout: 5000 });
  await expectFitted(page, frame, 'after the story took its scrolling layout');
  const stepIds = await frame.locator('[data-step]').evaluateAll((els) => els.map((el) => el.dataset.step));
  const seen = new Set();
  for (const id of [stepIds[1], stepIds[5], stepIds.at(-1)]) {
    const top = await frame.locator(`[data-step="${id}"]`).evaluate((el) => el.getBoundingClientRect().top);
    const frameTop = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().top + scrollY);
    await page.evaluate((y) => window.scrollTo(0, y), frameTop + top - 300);
    await frame.locator(`[data-step="${id}"][data-active="true"]`).waitFor({ timeout: 5000 });
    seen.add(id);
    const graphic = await frame.locator('.ilrs-sticky-graphic.is-current').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
    const offset = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().top);
    const inHost = { top: graphic.top + offset, bottom: graphic.bottom + offset };
    assert.ok(inHost.top > -5 && inHost.bottom < 905, `${id}: the graphic is in the host's viewport (${JSON.stringify(inHost)})`);
  }
  assert.equal(seen.size, 3);
  assert.deepEqual(await axeViolations(frame), [], 'axe inside the frame, story sticky');
  assert.deepEqual(problems, []);
  await context.close();
});

test('plain iframe host: AMP embed-size and our own height messages arrive; the story reads flat', async () => {
  const { context, page, problems } = await openHost('iframe');
  const frame = await explainerFrame(page);
  await page.waitForFunction(() => window.received.some((m) => m.data?.sentinel === 'amp'));
  const received = await page.evaluate(() => window.received);
  const amp = received.filter((m) => m.data?.sentinel === 'amp');
  assert.ok(amp.every((m) => m.data.type === 'embed-size' && Number.isInteger(m.data.height) && m.origin === new URL(frame.url()).origin));
  assert.ok(received.some((m) => m.data?.source === 'ilrs-explainer' && m.data.type === 'height'));
  assert.ok(!received.some((m) => typeof m.data === 'string'), 'no pym message without a pym childId');
  const fitted = await expectFitted(page, frame, 'plain iframe');
  assert.ok(Math.abs(amp.at(-1).data.height - fitted.content) <= 3, 'the last AMP height is the content height');
  // No viewport from this host: the story is flat, each graphic after its step.
  assert.equal(await frame.locator('.ilrs-story--scrolly').count(), 0);
  assert.equal(await frame.locator('[data-inline-graphic]').first().isVisible(), true);
  // Page chrome is left to the host.
  assert.equal(await frame.locator('#embed').isVisible(), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a message from another window or in another shape is ignored', async () => {
  const { context, page, problems } = await openHost('pym');
  const frame = await explainerFrame(page);
  await page.evaluate(() => window.scrollTo(0, 400)); // pym.js sends the viewport as the host scrolls
  await frame.locator('.ilrs--hosted').waitFor();
  const before = await frame.evaluate(() => getComputedStyle(document.querySelector('.ilrs')).getPropertyValue('--ilrs-vh'));
  // The frame posting to itself is not its parent; a malformed viewport is not a viewport.
  await frame.evaluate(() => {
    window.postMessage('pymxPYMxexplainerxPYMxviewport-iframe-positionxPYMx10 10 0 0 0 0', '*');
    window.parent.postMessage('noise', '*');
  });
  await page.evaluate(() => {
    const f = document.querySelector('iframe').contentWindow;
    f.postMessage('pymxPYMxexplainerxPYMxviewport-iframe-positionxPYMx<img src=x onerror=alert(1)>', '*');
    f.postMessage({ sentinel: 'amp', type: 'embed-size', height: 1 }, '*');
    f.postMessage('pymxPYMxsomeone-elsexPYMxviewport-iframe-positionxPYMx10 10 0 0 0 0', '*');
  });
  await page.waitForTimeout(300);
  const afterwards = await frame.evaluate(() => getComputedStyle(document.querySelector('.ilrs')).getPropertyValue('--ilrs-vh'));
  assert.equal(afterwards, before, 'the viewport is still the one the host sent');
  assert.equal(await frame.locator('img[src="x"]').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

const TEXT = 'rgb(29, 31, 36)';

test('script embeds under a hostile stylesheet look and work as on their own page; the host is untouched', async () => {
  const { context, page, problems, url } = await openHost('script', { query: '&article=42&utm_source=paper#top' });
  await page.locator('#first[data-ilrs-ready="hydrated"]').waitFor({ timeout: 15000 });
  await page.locator('#second[data-ilrs-ready="hydrated"]').waitFor();
  const first = page.locator('#first');

  // Inside: our type, colours and sizes, as on the explainer's own page at the same width.
  const own = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await own.goto(`${site.url}/?dark=off`);
  await own.locator('#ilrs-explainer[data-ilrs-ready="hydrated"]').waitFor({ timeout: 15000 });
  const probe = (root) => {
    const pick = (sel, props) => {
      const el = root.querySelector(sel);
      const cs = getComputedStyle(el);
      return Object.fromEntries(props.map((p) => [p, cs[p]]));
    };
    return {
      root: pick('.ilrs', ['fontFamily', 'fontSize', 'color', 'lineHeight', 'letterSpacing', 'textTransform', 'backgroundColor']),
      title: pick('.ilrs-title', ['fontFamily', 'fontSize', 'fontWeight', 'marginBottom']),
      section: pick('.ilrs-section', ['maxWidth', 'paddingTop', 'boxSizing']),
      button: pick('[data-facet="kind"]', ['minHeight', 'borderTopColor', 'borderRadius', 'display']),
      svg: pick('.ilrs-graphic svg', ['display']),
    };
  };
  const ownStyles = await own.evaluate((fn) => new Function(`return (${fn})`)()(document), probe.toString());
  const embedded = await first.evaluate((host, fn) => new Function(`return (${fn})`)()(host.shadowRoot), probe.toString());
  assert.deepEqual(embedded, ownStyles, 'computed styles inside the embed equal those on the page itself');
  assert.equal(embedded.root.color, TEXT);
  await own.close();

  // Outside: the host's styles are still the host's, and ours did not leak onto its elements.
  const hostStyles = await page.evaluate(() => {
    const p = getComputedStyle(document.querySelector('#host-text'));
    const k = getComputedStyle(document.querySelector('#host-kicker'));
    return { color: p.color, family: p.fontFamily, kickerWeight: k.fontWeight, kickerColor: k.color, rootSize: getComputedStyle(document.documentElement).fontSize };
  });
  assert.deepEqual(hostStyles, { color: 'rgb(255, 0, 255)', family: '"Comic Sans MS", cursive', kickerWeight: '400', kickerColor: 'rgb(255, 0, 255)', rootSize: '10px' });

  // Two embeds, each with its own options: the first flat and light, the second dark.
  assert.equal(await first.evaluate((h) => h.shadowRoot.querySelectorAll('.ilrs-story--scrolly').length), 0);
  const secondBg = await page.locator('#second').evaluate((h) => getComputedStyle(h.shadowRoot.querySelector('.ilrs')).backgroundColor);
  assert.equal(secondBg, 'rgb(21, 23, 27)', 'data-dark="on"');

  // Filtering and following an in-page link inside the embed leave the host's URL alone.
  await liveExplorer(first);
  await first.evaluate((h) => h.shadowRoot.querySelector('[data-facet="kind"][data-value="quotation"]').click());
  await page.waitForFunction(() => document.querySelector('#first').shadowRoot.querySelector('[data-testid="result-count"]').textContent !== '69');
  await first.evaluate((h) => h.shadowRoot.querySelector('a[href^="#source-"]').click());
  assert.equal(page.url(), url, 'the host URL is unchanged');

  // A story link to a record the filter hides (only quotations are shown): the filter clears,
  // the count comes back to every record, and the record is shown and scrolled to.
  const reveal = await first.evaluate(async (h) => {
    const root = h.shadowRoot;
    const link = [...root.querySelectorAll('.ilrs-step-records a[href^="#"]')]
      .find((a) => root.querySelector(`[data-record="${a.getAttribute('href').slice(1)}"][data-kind="event"]`));
    const id = link.getAttribute('href').slice(1);
    const record = root.querySelector(`[data-record="${id}"]`);
    const hiddenBefore = record.hidden;
    link.click();
    await new Promise((r) => setTimeout(r, 300));
    const box = record.getBoundingClientRect();
    return { hiddenBefore, hiddenAfter: record.hidden, count: root.querySelector('[data-testid="result-count"]').textContent, all: root.querySelectorAll('[data-record]').length, inView: box.top >= -2 && box.top < innerHeight };
  });
  assert.deepEqual(reveal, { hiddenBefore: true, hiddenAfter: false, count: String(reveal.all), all: reveal.all, inView: true }, 'the hidden record is revealed in the embed');
  assert.equal(page.url(), url, 'and the host URL is still unchanged');

  // The second embed's story scrolls with the host page: steps activate in order.
  const second = page.locator('#second');
  await second.evaluate((h) => h.shadowRoot.querySelector('.ilrs-story--scrolly') || Promise.reject(new Error('not scrolling')));
  const ids = await second.evaluate((h) => [...h.shadowRoot.querySelectorAll('[data-step]')].map((el) => el.dataset.step));
  for (const id of [ids[2], ids[8], ids.at(-1)]) {
    await second.evaluate((h, id) => h.shadowRoot.querySelector(`[data-step="${id}"]`).scrollIntoView({ block: 'start' }), id);
    await page.waitForFunction(
      (id) => document.querySelector('#second').shadowRoot.querySelector(`[data-step="${id}"]`)?.dataset.active === 'true',
      id,
      { timeout: 5000 },
    );
  }
  assert.equal(page.url(), url, 'scrolling the story did not touch the host URL either');
  assert.deepEqual(await axeViolations(page, '#second'), [], 'axe inside the dark script embed');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the pages work under the documented Content-Security-Policy, with no violation', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, problems } = await watchedPage(context);
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  const response = await page.goto(`${strict.url}/?kind=event`);
  assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  await page.locator('#ilrs-explainer[data-ilrs-ready="hydrated"]').waitFor({ timeout: 15000 });
  await page.locator('.ilrs-story--scrolly').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-value="event"]').getAttribute('aria-pressed') === 'true');
  await page.locator('[data-facet="kind"][data-value="quotation"]').click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('kind') === 'event,quotation');
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  // The site's other pages under the same policy: the embed page, and a step page (which hands
  // the reader on to the story at its step).
  await page.goto(`${strict.url}/embed.html`);
  await page.locator('#ilrs-explainer[data-ilrs-ready="hydrated"]').waitFor({ timeout: 15000 });
  await page.waitForFunction((base) => document.querySelector('[data-testid="embed-script"]').textContent.includes(base), strict.url);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  await page.goto(`${strict.url}/step/story-budgets/`);
  await page.locator('[data-step="story-budgets"][data-active="true"]').waitFor({ timeout: 15000 });
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('URL flags: dark on and off, flat, and a starting step', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light', reducedMotion: 'reduce' });
  const { page, problems } = await watchedPage(context);
  const background = () => page.locator('.ilrs').evaluate((el) => getComputedStyle(el).backgroundColor);
  await page.goto(`${site.url}/?dark=on`);
  assert.equal(await background(), 'rgb(21, 23, 27)', 'dark before the wasm runs');
  await page.locator('#ilrs-explainer[data-ilrs-ready="hydrated"]').waitFor({ timeout: 15000 });
  assert.equal(await background(), 'rgb(21, 23, 27)', 'and after');
  await context.close();

  const dark = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
  const darkPage = await dark.newPage();
  await darkPage.goto(`${site.url}/?dark=off`);
  assert.equal(await darkPage.locator('.ilrs').evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(251, 250, 247)');
  await dark.close();

  const flatContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const flat = await flatContext.newPage();
  await flat.goto(`${site.url}/?flat`);
  await flat.locator('#ilrs-explainer[data-ilrs-ready="hydrated"]').waitFor({ timeout: 15000 });
  await flat.waitForTimeout(200);
  assert.equal(await flat.locator('.ilrs-story--scrolly').count(), 0);
  assert.equal(await flat.locator('[data-inline-graphic]').first().isVisible(), true);
  await flat.goto(`${site.url}/?step=story-budgets`);
  await flat.locator('[data-step="story-budgets"][data-active="true"]').waitFor({ timeout: 5000 });
  await flatContext.close();
  assert.deepEqual(problems, []);
});

test('"Embed this" leads to the embed page, whose snippets are for this address and copy', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const { page, problems } = await watchedPage(context);
  await page.goto(`${site.url}/`);
  await page.locator('#ilrs-explainer[data-ilrs-ready="hydrated"]').waitFor({ timeout: 15000 });
  // The story's page carries no snippet, only the way to them.
  assert.equal(await page.locator('[data-testid^="embed-"]').count(), 0);
  const title = await page.locator('.ilrs-title').first().textContent();
  await page.locator('#embed a', { hasText: 'copy the code' }).click();
  await page.waitForURL(`${site.url}/embed.html`);
  await page.locator('#ilrs-explainer[data-ilrs-ready="hydrated"]').waitFor({ timeout: 15000 });
  assert.equal(await page.locator('h1').textContent(), 'Embed this explainer');
  assert.equal(await page.locator('.ilrs-summary a').textContent(), title);
  const iframe = page.getByTestId('embed-iframe');
  await page.waitForFunction((base) => document.querySelector('[data-testid="embed-iframe"]').textContent.includes(base), `${site.url}/?embed`);
  assert.match(await iframe.textContent(), /e\.origin !== "http:\/\/127\.0\.0\.1:\d+"/);
  const script = await page.getByTestId('embed-script').textContent();
  assert.equal(script, `<ilrs-explainer><a href="${site.url}/">${title}</a></ilrs-explainer>\n<script src="${site.url}/embed.js" async></script>`);
  await page.getByTestId('copy-embed-script').click();
  await page.locator('.ilrs-snippet [role="status"]', { hasText: 'Copied.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.getByTestId('embed-script').textContent());
  await page.locator('#embed').scrollIntoViewIfNeeded();
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});
