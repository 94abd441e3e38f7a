// The reader's journeys in Chromium, Firefox and WebKit, at a phone size and a desktop size: the
// page loads with no console error and its islands start, fetching the wasm, the module and the
// stylesheet once each; every step becomes active while scrolling and the graphic follows; a
// filter changes the count and `?kind=quotation` restores it; a step page lands on its step; the
// script embed comes alive on a page from another origin. Each journey is written once, against
// tests/e2e/engines/index.mjs, and runs in each engine. `ILRS_ENGINES=firefox,webkit` runs some.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST } from './browser.mjs';
import { serve } from './server.mjs';
import { ENGINES, CONSOLE_PRELUDE, islandsStarted, startEngine } from './engines/index.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const HOSTS = path.resolve(HERE, '../hosts/script');
const ARTIFACTS = path.join(HERE, 'artifacts', 'engines');
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

/** Scrolls to the explorer, as a reader does, and waits until it filters. */
async function liveExplorer(tab) {
  await tab.evaluate(() => document.querySelector('.ilrs-explorer').scrollIntoView());
  await tab.waitFor(() => document.querySelector('.ilrs-explorer.is-live') !== null, null, 20000);
}

/** Each step's id and the `graphic:state` it asks for, in reading order. */
const stepsOf = (tab) =>
  tab.evaluate(() => [...document.querySelectorAll('[data-step]')].map((el) => ({ id: el.dataset.step, shows: el.dataset.shows })));

/**
 * Waits until `step` is the one active step and the graphic on screen shows its state: the one
 * current graphic, fully shown (after its fade), inside the viewport. Returns where the pinned
 * graphic's box is, which must not move from step to step.
 */
async function expectActive(tab, step) {
  await tab.waitFor((id) => document.querySelector(`[data-step="${id}"]`)?.dataset.active === 'true', step.id, 5000);
  const [graphic, state] = step.shows.split(':');
  await tab.waitFor(
    (g) => {
      const current = document.querySelector(`[data-graphic="${g}"]`);
      const style = current && getComputedStyle(current);
      return style?.visibility === 'visible' && style.opacity === '1';
    },
    graphic,
    5000,
  );
  const seen = await tab.evaluate((g) => {
    const sticky = document.querySelector(`[data-graphic="${g}"]`);
    const box = sticky.getBoundingClientRect();
    return {
      active: [...document.querySelectorAll('[data-step][data-active="true"]')].map((el) => el.dataset.step),
      state: sticky.dataset.state,
      current: [...document.querySelectorAll('.ilrs-sticky-graphic.is-current')].map((el) => el.dataset.graphic),
      onScreen: box.height > 50 && box.top >= -1 && box.bottom <= innerHeight + 1,
      pinnedAt: Math.round(sticky.closest('.ilrs-sticky').getBoundingClientRect().top),
    };
  }, graphic);
  const { pinnedAt, ...shown } = seen;
  assert.deepEqual(shown, { active: [step.id], state, current: [graphic], onScreen: true }, `${step.id} shows ${step.shows}`);
  return pinnedAt;
}

/** What the explorer says it shows, and what the "Quotations" button says choosing it gives. */
const explorerCounts = (tab) =>
  tab.evaluate(() => {
    const button = document.querySelector('[data-facet="kind"][data-value="quotation"]');
    return {
      shown: Number(document.querySelector('[data-testid="result-count"]').textContent),
      // Laid out: neither hidden by the filter nor beyond "Show more" (the first 20 matches).
      listed: [...document.querySelectorAll('[data-record]')].filter((el) => el.getClientRects().length > 0).length,
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

const failed = (requests) => requests.filter((r) => r.status >= 400 || r.status === 'aborted').map((r) => `${r.status} ${r.path}`);

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

    /**
     * A fresh tab at `size` for `journey(tab, t)`, closed after it, with the server's log cleared.
     * A journey that fails leaves a screenshot of where it stopped in tests/e2e/artifacts/engines/.
     */
    const inTab = (size, journey) => async (t) => {
      env.site.requests.length = 0;
      const tab = await env.engine.tab({ width: size.width, height: size.height });
      try {
        await journey(tab, t);
      } catch (error) {
        const file = path.join(ARTIFACTS, `${name}-${t.name.replace(/\W+/g, '-').slice(0, 70)}.png`);
        await fs.mkdir(ARTIFACTS, { recursive: true });
        await tab
          .screenshot()
          .then((png) => fs.writeFile(file, png))
          .then(() => t.diagnostic(`where it stopped: ${file}`))
          .catch(() => {});
        throw error;
      } finally {
        await tab.close();
      }
    };

    for (const size of SIZES) {
      const at = `${size.name} (${size.width}x${size.height})`;

      test(`${at}: the page loads with no console error, the islands start, each file is fetched once`, inTab(size, async (tab, t) => {
        await openPage(tab, `${env.site.url}/`);
        // MiniBrowser's window is never narrower than 447 px: its phone is that wide.
        const real = await tab.size();
        t.diagnostic(`${name}'s viewport: ${real.width}x${real.height}`);
        assert.deepEqual(real, { width: Math.max(size.width, env.engine.minWidth), height: size.height }, 'the viewport');
        // Every request answered or given up, so a second fetch of the wasm is counted too.
        await env.site.settled();
        const once = { files: 1, requests: 1 };
        assert.deepEqual(fetchedOnce(env.site.requests), { wasm: once, module: once, stylesheet: once });
        // And no other file twice (DESIGN.md's budget: each file once per load, in every engine).
        const paths = env.site.requests.map((r) => r.path);
        assert.deepEqual(paths.filter((p, i) => paths.indexOf(p) !== i), [], `requested twice, of ${paths.join(' ')}`);
        assert.deepEqual(failed(env.site.requests), []);
        // The explorer's code is fetched once, only when the reader comes near it.
        const chunk = /\/ilrs-explorer-[0-9a-f]+\.wasm$/;
        assert.equal(env.site.requests.filter((r) => chunk.test(r.path)).length, 0, 'no chunk at load');
        await liveExplorer(tab);
        await env.site.settled();
        assert.equal(env.site.requests.filter((r) => chunk.test(r.path)).length, 1, 'the chunk, once, near the explorer');
        assert.deepEqual(await tab.problems(), []);
      }));

      test(`${at}: every step becomes active while scrolling, and the graphic follows`, inTab(size, async (tab) => {
        await openPage(tab, `${env.site.url}/`);
        const steps = await stepsOf(tab);
        assert.ok(steps.length >= 15, `${steps.length} steps`);
        // Down through every step, then back up over the last few, as a reader scrolls: the
        // step's top a little above the middle of the screen.
        // From the second step on, the graphic is pinned: it does not move (at the first, on a
        // wide screen, it is still arriving).
        const pinned = new Set();
        for (const [i, step] of [...steps, ...steps.slice(-4, -1).reverse()].entries()) {
          await tab.evaluate((id) => {
            const top = document.querySelector(`[data-step="${id}"]`).getBoundingClientRect().top + window.scrollY;
            window.scrollTo(0, top - window.innerHeight * 0.4);
          }, step.id);
          const top = await expectActive(tab, step);
          if (i > 0) pinned.add(top);
        }
        assert.equal(pinned.size, 1, `the graphic stays pinned in one place (its top at ${[...pinned].join(', ')} px)`);
        assert.deepEqual(await tab.problems(), []);
      }));

      test(`${at}: a filter changes the count, and ?kind=quotation restores it`, inTab(size, async (tab) => {
        await openPage(tab, `${env.site.url}/`);
        await liveExplorer(tab);
        const before = await explorerCounts(tab);
        assert.equal(before.listed, Math.min(before.shown, 20), 'the first 20 of the count are listed');
        assert.ok(before.quotations > 0 && before.quotations < before.shown);
        await tab.click('[data-facet="kind"][data-value="quotation"]');
        await tab.waitFor((n) => document.querySelector('[data-testid="result-count"]').textContent === String(n), before.quotations);
        const after = await explorerCounts(tab);
        assert.deepEqual(after, { ...before, shown: before.quotations, listed: Math.min(before.quotations, 20), pressed: true, search: '?kind=quotation' });
        assert.deepEqual(await tab.problems(), []);

        // A link to a filtered view fetches the explorer's code at once, where the page opens.
        await openPage(tab, `${env.site.url}/?kind=quotation`);
        await tab.waitFor((n) => document.querySelector('[data-testid="result-count"]').textContent === String(n), before.quotations);
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
        // The host page is served from another port than the explainer: another origin.
        await tab.goto(`${env.hosts.url}/classic.html`);
        await tab.waitFor(() => document.querySelector('ilrs-explainer')?.getAttribute('data-ilrs-ready') === 'hydrated', null, 20000);
        const count = () =>
          tab.evaluate(() => {
            const root = document.querySelector('ilrs-explainer').shadowRoot;
            return {
              shown: root.querySelector('[data-testid="result-count"]').textContent,
              quotations: root.querySelector('[data-facet="kind"][data-value="quotation"] .ilrs-count').textContent,
            };
          });
        const before = await count();
        assert.notEqual(before.quotations, before.shown);
        await tab.click('[data-facet="kind"][data-value="quotation"]', 'ilrs-explainer');
        await tab.waitFor(
          (n) => document.querySelector('ilrs-explainer').shadowRoot.querySelector('[data-testid="result-count"]').textContent === n,
          before.quotations,
        );
        await env.site.settled();
        const fetched = (pattern) => env.site.requests.filter((r) => pattern.test(r.path)).length;
        assert.equal(fetched(/^\/embed\.js$/), 1, 'embed.js fetched once');
        assert.equal(fetched(/_bg\.wasm$/), 1, 'the wasm fetched once');
        assert.deepEqual(failed(env.site.requests), []);
        assert.deepEqual(await tab.problems(), []);
      }));
    }
  });
}
