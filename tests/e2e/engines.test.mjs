// The reader's journeys in Chromium, Firefox and WebKit, at a phone size and a desktop size: the
// page loads with no console error and its islands start, fetching the wasm, the module and the
// stylesheet once each; every step becomes active while scrolling and the graphic follows; a
// filter changes the count and `?kind=quotation` restores it; a step page lands on its step; the
// script embed comes alive on a page from another origin. Each journey is written once, against
// tests/e2e/engines/index.mjs, and runs in each engine. `ILRS_ENGINES=firefox,webkit` runs some.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST } from './browser.mjs';
import { serve } from './server.mjs';
import { ENGINES, CONSOLE_PRELUDE, startEngine } from './engines/index.mjs';

const HOSTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../hosts/script');
const SIZES = [
  { name: 'phone', width: 375, height: 667 },
  { name: 'desktop', width: 1280, height: 800 },
];
const chosen = process.env.ILRS_ENGINES ? process.env.ILRS_ENGINES.split(',') : ENGINES;

// ---- The journeys' shared steps: each takes a tab (any engine) and asserts what a reader sees.

/** Loads the page and waits until its islands run. */
async function openPage(tab, url) {
  await tab.goto(url);
  await islandsStarted(tab);
}

/** Waits until both islands run: the explorer filters, the story scrolls. */
async function islandsStarted(tab) {
  await tab.waitFor(
    () =>
      document.querySelector('#ilrs-explainer')?.getAttribute('data-ilrs-ready') === 'hydrated' &&
      document.querySelector('.ilrs-explorer.is-live') !== null &&
      document.querySelector('.ilrs-story--scrolly') !== null,
    null,
    20000,
  );
}

/** Each step's id and the `graphic:state` it asks for, in reading order. */
const stepsOf = (tab) =>
  tab.evaluate(() => [...document.querySelectorAll('[data-step]')].map((el) => ({ id: el.dataset.step, shows: el.dataset.shows })));

/** Waits until `step` is the one active step and the sticky graphic shows its state. */
async function expectActive(tab, step) {
  await tab.waitFor((id) => document.querySelector(`[data-step="${id}"]`)?.dataset.active === 'true', step.id, 5000);
  const seen = await tab.evaluate((shows) => {
    const [graphic, state] = shows.split(':');
    const sticky = document.querySelector(`[data-graphic="${graphic}"]`);
    return {
      active: [...document.querySelectorAll('[data-step][data-active="true"]')].map((el) => el.dataset.step),
      state: sticky?.dataset.state === state,
      current: sticky?.classList.contains('is-current') ?? false,
    };
  }, step.shows);
  assert.deepEqual(seen, { active: [step.id], state: true, current: true }, `${step.id} shows ${step.shows}`);
}

/** What the explorer says it shows, and what the "Quotations" button says choosing it gives. */
const explorerCounts = (tab) =>
  tab.evaluate(() => {
    const button = document.querySelector('[data-facet="kind"][data-value="quotation"]');
    return {
      shown: Number(document.querySelector('[data-testid="result-count"]').textContent),
      listed: document.querySelectorAll('[data-record]:not([hidden])').length,
      quotations: Number(button.querySelector('.ilrs-count').textContent),
      pressed: button.getAttribute('aria-pressed') === 'true',
      search: location.search,
    };
  });

/** How many times each of the page's main files was requested, from the server's log. */
function fetchedOnce(requests) {
  const count = (pattern) => {
    const paths = new Set(requests.map((r) => r.path).filter((p) => pattern.test(p)));
    return { files: paths.size, requests: requests.filter((r) => pattern.test(r.path)).length };
  };
  return {
    wasm: count(/_bg\.wasm$/),
    module: count(/\/ilrs-explainer-[0-9a-f]+\.js$/),
    stylesheet: count(/\/explainer-[0-9a-f]+\.css$/),
  };
}

const failed = (requests) => requests.filter((r) => r.status >= 400).map((r) => `${r.status} ${r.path}`);

// ---- Each engine, each size.

for (const name of chosen) {
  describe(name, () => {
    const env = {};
    before(async () => {
      env.engine = await startEngine(name);
      // WebKit's driver cannot report the console: its pages load a recorder first.
      const prelude = env.engine.needsConsolePrelude ? CONSOLE_PRELUDE : undefined;
      env.site = await serve(DIST, { cors: true, prelude });
      env.hosts = await serve(HOSTS, { prelude, fill: () => ({ '{{SITE}}': env.site.url }) });
    });
    after(async () => {
      await env.engine?.close();
      await Promise.all([env.site, env.hosts].map((server) => server?.close()));
    });

    /** A fresh tab at `size` for `journey`, closed after it, with the server's log cleared. */
    const inTab = (size, journey) => async () => {
      env.site.requests.length = 0;
      const tab = await env.engine.tab({ width: size.width, height: size.height });
      try {
        await journey(tab);
      } finally {
        await tab.close();
      }
    };

    for (const size of SIZES) {
      const at = `${size.name} (${size.width}x${size.height})`;

      test(`${at}: the page loads with no console error, the islands start, each file is fetched once`, (t) => inTab(size, async (tab) => {
        await openPage(tab, `${env.site.url}/`);
        // MiniBrowser's window is never narrower than 447 px: its phone is that wide.
        const real = await tab.size();
        t.diagnostic(`${name}'s viewport: ${real.width}x${real.height}`);
        assert.ok(real.width >= size.width && real.width <= Math.max(size.width, 447), `viewport ${real.width}x${real.height}`);
        assert.equal(real.height, size.height, 'viewport height');
        // Late requests (a second fetch of the wasm would come after the first) have time to show.
        await new Promise((resolve) => setTimeout(resolve, 500));
        const once = { files: 1, requests: 1 };
        assert.deepEqual(fetchedOnce(env.site.requests), { wasm: once, module: once, stylesheet: once });
        assert.deepEqual(failed(env.site.requests), []);
        assert.deepEqual(await tab.problems(), []);
      })());

      test(`${at}: every step becomes active while scrolling, and the graphic follows`, inTab(size, async (tab) => {
        await openPage(tab, `${env.site.url}/`);
        const steps = await stepsOf(tab);
        assert.ok(steps.length >= 15, `${steps.length} steps`);
        for (const step of steps) {
          // As a reader scrolls: the step's top a little above the middle of the screen.
          await tab.evaluate((id) => {
            const top = document.querySelector(`[data-step="${id}"]`).getBoundingClientRect().top + window.scrollY;
            window.scrollTo(0, top - window.innerHeight * 0.4);
          }, step.id);
          await expectActive(tab, step);
        }
        assert.deepEqual(await tab.problems(), []);
      }));

      test(`${at}: a filter changes the count, and ?kind=quotation restores it`, inTab(size, async (tab) => {
        await openPage(tab, `${env.site.url}/`);
        const before = await explorerCounts(tab);
        assert.equal(before.listed, before.shown, 'the count is what is listed');
        assert.ok(before.quotations > 0 && before.quotations < before.shown);
        await tab.click('[data-facet="kind"][data-value="quotation"]');
        await tab.waitFor((n) => document.querySelector('[data-testid="result-count"]').textContent === String(n), before.quotations);
        const after = await explorerCounts(tab);
        assert.deepEqual(after, { ...before, shown: before.quotations, listed: before.quotations, pressed: true, search: '?kind=quotation' });
        assert.deepEqual(await tab.problems(), []);

        await openPage(tab, `${env.site.url}/?kind=quotation`);
        assert.deepEqual(await explorerCounts(tab), after, 'the address gives the same view');
        assert.deepEqual(await tab.problems(), []);
        assert.deepEqual(failed(env.site.requests), []);
      }));

      test(`${at}: a step page lands on its step`, inTab(size, async (tab) => {
        const id = 'story-budgets';
        await tab.goto(`${env.site.url}/step/${id}/`);
        await tab.waitFor((hash) => location.hash === hash, `#${id}`);
        assert.equal(await tab.url(), `${env.site.url}/#${id}`);
        await islandsStarted(tab);
        const step = (await stepsOf(tab)).find((s) => s.id === id);
        await expectActive(tab, step);
        const onScreen = await tab.evaluate((i) => {
          const box = document.querySelector(`[data-step="${i}"]`).getBoundingClientRect();
          return box.top < innerHeight && box.bottom > 0;
        }, id);
        assert.ok(onScreen, 'the step is on screen');
        assert.deepEqual(await tab.problems(), []);
      }));

      test(`${at}: the script embed comes alive on a page from another origin`, inTab(size, async (tab) => {
        await tab.goto(`${env.hosts.url}/classic.html`);
        await tab.waitFor(() => document.querySelector('ilrs-explainer')?.getAttribute('data-ilrs-ready') === 'hydrated', null, 20000);
        const filtered = await tab.evaluate(async () => {
          const root = document.querySelector('ilrs-explainer').shadowRoot;
          const count = () => root.querySelector('[data-testid="result-count"]').textContent;
          const before = count();
          root.querySelector('[data-facet="kind"][data-value="quotation"]').click();
          for (let i = 0; i < 100 && count() === before; i++) await new Promise((r) => setTimeout(r, 20));
          return { before, after: count(), host: location.origin };
        });
        assert.notEqual(filtered.after, filtered.before, 'a filter narrows the list');
        assert.notEqual(filtered.host, env.site.url, 'the host is another origin');
        const embedJs = env.site.requests.filter((r) => r.path === '/embed.js').length;
        assert.equal(embedJs, 1, 'embed.js fetched once');
        assert.equal(fetchedOnce(env.site.requests).wasm.requests, 1, 'the wasm fetched once');
        assert.deepEqual(failed(env.site.requests), []);
        assert.deepEqual(await tab.problems(), []);
      }));
    }
  });
}
