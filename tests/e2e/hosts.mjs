// Host pages for the script embed (tests/hosts/script/), served from another origin than the
// explainer, as a newsroom's article would be. Each page names the explainer's address as
// {{SITE}}; `?site=` on a host page's URL points it at another copy of the site (one without
// CORS, or with a file missing).

import { before, after } from 'node:test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, launch, liveExplorer, watchedPage } from './browser.mjs';
import { serve } from './server.mjs';

const HOSTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../hosts/script');

/** Serves the site (with CORS) and the host pages, and launches Chromium, for a test file. */
export function useHosts() {
  const env = { site: undefined, hosts: undefined, browser: undefined };
  before(async () => {
    env.site = await serve(DIST, { cors: true });
    env.hosts = await serve(HOSTS, {
      fill: (url) => ({ '{{SITE}}': url.searchParams.get('site') ?? env.site.url }),
    });
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await Promise.all([env.site, env.hosts].map((s) => s?.close()));
  });
  return env;
}

/**
 * Opens a host page in a fresh context. Before any script of the page runs, it starts counting
 * what the page observes (IntersectionObserver, ResizeObserver and MutationObserver targets still
 * observed), and records console warnings, requests and layout shifts.
 */
export async function openHost(env, name, { width = 1280, height = 800, query = '', init } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
  await context.addInitScript(() => {
    window.observing = new Map();
    for (const name of ['IntersectionObserver', 'ResizeObserver', 'MutationObserver']) {
      const Observer = window[name];
      if (!Observer) continue;
      const { observe, unobserve, disconnect } = Observer.prototype;
      Observer.prototype.observe = function (target, ...rest) {
        if (!window.observing.has(this)) window.observing.set(this, { name, targets: new Set() });
        window.observing.get(this).targets.add(target);
        return observe.call(this, target, ...rest);
      };
      if (unobserve) {
        Observer.prototype.unobserve = function (target) {
          window.observing.get(this)?.targets.delete(target);
          return unobserve.call(this, target);
        };
      }
      Observer.prototype.disconnect = function () {
        window.observing.delete(this);
        return disconnect.call(this);
      };
    }
    /** How many targets each kind of observer still watches. */
    window.observed = () => {
      const counts = { IntersectionObserver: 0, ResizeObserver: 0, MutationObserver: 0 };
      for (const { name, targets } of window.observing.values()) counts[name] += targets.size;
      return counts;
    };
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  if (init) await context.addInitScript(init);
  const { page, problems } = await watchedPage(context);
  const warnings = [];
  page.on('console', (msg) => {
    if (msg.type() === 'warning') warnings.push(msg.text());
  });
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${env.hosts.url}/${name}.html${query}`);
  return { context, page, problems, warnings, requests };
}

/** Waits until `count` embeds are live (their host carries data-ilrs-ready), and returns them. */
export async function liveEmbeds(page, count, timeout = 20000) {
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-ilrs-ready="hydrated"]').length === n,
    count,
    { timeout },
  );
  return page.locator('[data-ilrs-ready="hydrated"]');
}

/**
 * Brings an embed's explorer into view, waits until it runs (its code arrives as a reader comes
 * near it), clicks a filter inside the shadow root and waits for its count to change.
 */
export async function filterWorks(host) {
  await liveExplorer(host);
  return host.evaluate(async (el) => {
    const root = el.shadowRoot;
    const explorer = root.querySelector('.ilrs-explorer');
    const count = () => root.querySelector('[data-testid="result-count"]').textContent;
    const before = count();
    root.querySelector('[data-facet="kind"][data-value="quotation"]').click();
    for (let i = 0; i < 50 && count() === before; i++) await new Promise((r) => setTimeout(r, 20));
    const after = count();
    root.querySelector('[data-testid="reset-filters"]').click();
    return { before, after, live: explorer.classList.contains('is-live'), connected: explorer.isConnected };
  });
}

/** The number of event listeners on window and document (Chrome DevTools Protocol). */
export async function listenerCount(page) {
  const cdp = await page.context().newCDPSession(page);
  let total = 0;
  for (const expression of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    total += listeners.length;
  }
  await cdp.detach();
  return total;
}

export { DIST };
