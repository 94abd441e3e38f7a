// The three engines the journeys run in, behind one small interface, so that a journey takes its
// engine as a parameter (tests/e2e/engines.test.mjs):
//   - Chromium: Debian's, through playwright-core (as every other browser test);
//   - Firefox: Debian's Firefox ESR, through puppeteer-core over WebDriver BiDi;
//   - WebKit: WebKitGTK's MiniBrowser through Debian's WebKitWebDriver (classic WebDriver, spoken
//     by webdriver.mjs), on an Xvfb display of its own.
// None of them downloads a browser. scripts/tools.sh installs the Debian packages.
//
// `startEngine(name)` resolves to { name, minWidth, needsConsolePrelude, tab(viewport), close() }
// (`minWidth`: the narrowest viewport the engine's window allows). A tab:
//   goto(url)                 loads a page and waits for its load event;
//   evaluate(fn, arg)         runs `fn(arg)` in the page (awaiting a promise) and returns the value;
//   waitFor(fn, arg, ms)      polls `fn(arg)` in the page until it is truthy;
//   click(selector, within)   clicks the element as a pointer would (scrolled into view first),
//                             inside the open shadow root of `within` if given;
//   url()                     the page's address;
//   size()                    the viewport the page really got ({ width, height });
//   screenshot()              a PNG of the viewport, as a Buffer;
//   problems()                console errors, uncaught errors and failed loads so far;
//   close().
// `islandsStarted(tab)` waits until the page in a tab runs (its islands started, the story scrolling).

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../browser.mjs';
import { WebDriver } from './webdriver.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** For a server's `prelude`: what WebKit pages load first, to keep what the console shows. */
export const CONSOLE_PRELUDE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'console.js');

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
const XVFB = process.env.XVFB || '/usr/bin/Xvfb';
// MiniBrowser keeps its window at least this wide: its "phone" is this wide.
const MINIBROWSER_MIN_WIDTH = 447;
// Debian puts MiniBrowser in the architecture's library folder (libwebkit2gtk-4.1-0).
const MINIBROWSER =
  process.env.MINIBROWSER ||
  fs
    .readdirSync('/usr/lib')
    .map((dir) => `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`)
    .find((file) => fs.existsSync(file)) ||
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Waits until the page in `tab` runs: the story scrolls. (The explorer's code comes as a reader nears it.) */
export async function islandsStarted(tab) {
  await tab.waitFor(
    () =>
      document.querySelector('#ilrs-explainer')?.getAttribute('data-ilrs-ready') === 'hydrated' &&
      document.querySelector('.ilrs-story--scrolly') !== null,
    null,
    20000,
  );
}

export async function startEngine(name) {
  switch (name) {
    case 'chromium':
      return startChromium();
    case 'firefox':
      return startFirefox();
    case 'webkit':
      return startWebKit();
    default:
      throw new Error(`no engine called ${name}: the engines are ${ENGINES.join(', ')}`);
  }
}

function present(file, what) {
  if (!fs.existsSync(file)) {
    throw new Error(`${what} is missing (${file}): ./scripts/test.sh installs it when run as root, and otherwise prints the command`);
  }
}

async function poll(check, timeout, what) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * A tab over a Playwright or a Puppeteer page (their calls match but for waiting and selecting
 * inside a shadow root), which report the console themselves.
 */
function pageTab(page, { waitFor, inside, close }) {
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return {
    goto: (url) => page.goto(url).then(() => undefined),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    waitFor: (fn, arg, timeout = 15000) => waitFor(fn, arg, timeout).then(() => undefined),
    click: (selector, within) => page.click(within ? inside(within, selector) : selector),
    url: async () => page.url(),
    size: () => page.evaluate(() => ({ width: innerWidth, height: innerHeight })),
    screenshot: async () => Buffer.from(await page.screenshot()),
    problems: async () => [...problems],
    close,
  };
}

async function startChromium() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    name: 'chromium',
    minWidth: 0,
    needsConsolePrelude: false,
    async tab(viewport) {
      const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
      const page = await context.newPage();
      return pageTab(page, {
        waitFor: (fn, arg, timeout) => page.waitForFunction(fn, arg, { timeout, polling: 50 }),
        // Playwright's CSS reaches into open shadow roots by itself.
        inside: (host, selector) => `${host} ${selector}`,
        close: () => context.close(),
      });
    },
    close: () => browser.close(),
  };
}

async function startFirefox() {
  present(FIREFOX, "Firefox ESR (Debian's firefox-esr)");
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    // As the other engines run here: reduced motion, and no traffic of its own.
    extraPrefsFirefox: {
      'ui.prefersReducedMotion': 1,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
    },
  });
  return {
    name: 'firefox',
    minWidth: 0,
    needsConsolePrelude: false,
    async tab(viewport) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(viewport);
      return pageTab(page, {
        waitFor: (fn, arg, timeout) => page.waitForFunction(fn, { timeout, polling: 50 }, arg),
        inside: (host, selector) => `${host} >>> ${selector}`,
        close: () => context.close(),
      });
    },
    close: () => browser.close(),
  };
}

/**
 * Helper processes (Xvfb, the driver and the browsers it starts), each the leader of a process
 * group of its own, so that stopping one stops what it started. They are stopped when the engine
 * closes, and also if the test process exits or is interrupted first.
 */
const helpers = new Set();

function stopHelper(child) {
  if (!helpers.delete(child)) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

function stopAllHelpers() {
  for (const child of [...helpers]) stopHelper(child);
}

process.on('exit', stopAllHelpers);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    stopAllHelpers();
    process.kill(process.pid, signal);
  });
}

/** Starts `file` as a helper; its stderr's last lines are kept for an error message. */
function startHelper(file, args, options = {}) {
  const child = spawn(file, args, { ...options, detached: true });
  helpers.add(child);
  child.stderrTail = '';
  child.stderr?.on('data', (chunk) => {
    child.stderrTail = (child.stderrTail + chunk).slice(-2000);
  });
  child.ended = new Promise((resolve) => {
    child.on('error', (error) => resolve(`could not start: ${error.message}`));
    child.on('exit', (code, signal) => resolve(`stopped (${signal ?? `exit code ${code}`})`));
  }).then((why) => {
    helpers.delete(child);
    return `${path.basename(file)} ${why}${child.stderrTail ? `: ${child.stderrTail.trim()}` : ''}`;
  });
  return child;
}

/** Waits for `ready` unless the helper ends first or `timeout` passes; says which. */
async function startedOrWhy(child, ready, timeout, what) {
  let timer;
  const failed = new Promise((_, reject) => {
    child.ended.then((why) => reject(new Error(why)));
    timer = setTimeout(() => reject(new Error(`timed out after ${timeout} ms waiting for ${what}`)), timeout);
  });
  failed.catch(() => {}); // settled later, once the helper ends, with no one waiting
  try {
    return await Promise.race([ready, failed]);
  } catch (error) {
    stopHelper(child);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** A free X display on Xvfb: the server picks its own number and tells it on a pipe. */
async function startXvfb() {
  present(XVFB, "Xvfb (Debian's xvfb)");
  const xvfb = startHelper(XVFB, ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const number = new Promise((resolve) => {
    let text = '';
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(text.trim());
    });
  });
  const display = `:${await startedOrWhy(xvfb, number, 10000, 'Xvfb to give a display')}`;
  return { display, stop: () => stopHelper(xvfb) };
}

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startWebKit() {
  present(WEBKIT_DRIVER, "WebKitWebDriver (Debian's webkit2gtk-driver)");
  present(MINIBROWSER, "WebKitGTK's MiniBrowser (Debian's libwebkit2gtk-4.1-0)");
  const xvfb = await startXvfb();
  const port = await freePort();
  const driver = startHelper(WEBKIT_DRIVER, [`--port=${port}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DISPLAY: xvfb.display },
  });
  const webdriver = new WebDriver(`http://127.0.0.1:${port}`);
  try {
    await startedOrWhy(driver, poll(() => webdriver.ready(), 10000, 'WebKitWebDriver to listen'), 11000, 'WebKitWebDriver');
  } catch (error) {
    xvfb.stop();
    throw error;
  }
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
  };
  const sessions = new Set();
  // A browser that would not start once will not start for the next journey either: say so at
  // once rather than wait for it again.
  let failedToStart;
  return {
    name: 'webkit',
    minWidth: MINIBROWSER_MIN_WIDTH,
    needsConsolePrelude: true,
    async tab(viewport) {
      // A session is a MiniBrowser of its own: a fresh cache and storage, as a new context is.
      if (failedToStart) throw failedToStart;
      const session = await webdriver.session(capabilities).catch((error) => {
        failedToStart = new Error(`MiniBrowser (${MINIBROWSER}) did not start: ${error.message}`);
        throw failedToStart;
      });
      sessions.add(session);
      const close = async () => {
        sessions.delete(session);
        await session.close();
      };
      try {
        await session.fitViewport(viewport, MINIBROWSER_MIN_WIDTH);
      } catch (error) {
        await close();
        throw error;
      }
      const evaluate = (fn, arg) => session.execute(`return (${fn}).call(null, arguments[0]);`, [arg ?? null]);
      return {
        goto: (url) => session.navigate(url),
        evaluate,
        waitFor: (fn, arg, timeout = 15000) =>
          poll(() => evaluate(fn, arg), timeout, String(fn).replace(/\s+/g, ' ').slice(0, 120)).then(() => undefined),
        click: (selector, within) => session.click(selector, within),
        url: () => session.url(),
        size: () => session.execute('return { width: innerWidth, height: innerHeight };', []),
        screenshot: async () => Buffer.from(await session.send('GET', '/screenshot'), 'base64'),
        problems: () => session.execute('return window.__ilrsProblems || ["the console prelude did not load"];', []),
        close,
      };
    },
    async close() {
      await Promise.allSettled([...sessions].map((session) => session.close()));
      stopHelper(driver);
      xvfb.stop();
    },
  };
}
