// The three engines the journeys run in, behind one small interface, so that a journey takes its
// engine as a parameter (tests/e2e/engines.test.mjs):
//   - Chromium: Debian's, through playwright-core (as every other browser test);
//   - Firefox: Debian's Firefox ESR, through puppeteer-core over WebDriver BiDi;
//   - WebKit: WebKitGTK's MiniBrowser through Debian's WebKitWebDriver (classic WebDriver, spoken
//     by webdriver.mjs), on an Xvfb display of its own.
// None of them downloads a browser. scripts/tools.sh installs the Debian packages.
//
// `startEngine(name)` resolves to { name, needsConsolePrelude, tab(viewport), close() }. A tab:
//   goto(url)                 loads a page and waits for its load event;
//   evaluate(fn, arg)         runs `fn(arg)` in the page (awaiting a promise) and returns the value;
//   waitFor(fn, arg, ms)      polls `fn(arg)` in the page until it is truthy;
//   click(selector)           clicks the element as a pointer would (scrolled into view first);
//   url()                     the page's address;
//   size()                    the viewport the page really got ({ width, height });
//   problems()                console errors, uncaught errors and failed loads so far;
//   close().

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
// Debian puts MiniBrowser in the architecture's library folder (libwebkit2gtk-4.1-0).
const MINIBROWSER =
  process.env.MINIBROWSER ||
  fs
    .readdirSync('/usr/lib')
    .map((dir) => `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`)
    .find((file) => fs.existsSync(file)) ||
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

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
  if (!fs.existsSync(file)) throw new Error(`${what} is missing (${file}): ./scripts/test.sh installs it`);
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
 * A tab over a Playwright or a Puppeteer page (their calls match but for waiting), which report
 * the console themselves.
 */
function pageTab(page, { waitFor, close }) {
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return {
    goto: (url) => page.goto(url).then(() => undefined),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    waitFor: (fn, arg, timeout = 15000) => waitFor(fn, arg, timeout).then(() => undefined),
    click: (selector) => page.click(selector),
    url: async () => page.url(),
    size: () => page.evaluate(() => ({ width: innerWidth, height: innerHeight })),
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
    needsConsolePrelude: false,
    async tab(viewport) {
      const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
      const page = await context.newPage();
      return pageTab(page, {
        waitFor: (fn, arg, timeout) => page.waitForFunction(fn, arg, { timeout, polling: 50 }),
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
    needsConsolePrelude: false,
    async tab(viewport) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(viewport);
      return pageTab(page, {
        waitFor: (fn, arg, timeout) => page.waitForFunction(fn, { timeout, polling: 50 }, arg),
        close: () => context.close(),
      });
    },
    close: () => browser.close(),
  };
}

/** A free X display on Xvfb: the server picks its own number and tells it on a pipe. */
async function startXvfb() {
  present('/usr/bin/Xvfb', "Xvfb (Debian's xvfb)");
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const display = await new Promise((resolve, reject) => {
    let text = '';
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb stopped (${code}) before it gave a display`)));
  });
  return { display, stop: () => xvfb.kill() };
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
  present(MINIBROWSER, "WebKitGTK's MiniBrowser (Debian's webkit2gtk-driver)");
  const xvfb = await startXvfb();
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: xvfb.display },
  });
  const webdriver = new WebDriver(`http://127.0.0.1:${port}`);
  try {
    await poll(() => webdriver.ready(), 10000, 'WebKitWebDriver to listen');
  } catch (error) {
    driver.kill();
    xvfb.stop();
    throw error;
  }
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
  };
  return {
    name: 'webkit',
    needsConsolePrelude: true,
    async tab(viewport) {
      // A session is a MiniBrowser of its own: a fresh cache and storage, as a new context is.
      const session = await webdriver.session(capabilities);
      try {
        await session.fitViewport(viewport);
      } catch (error) {
        await session.close();
        throw error;
      }
      const evaluate = (fn, arg) => session.execute(`return (${fn}).call(null, arguments[0]);`, [arg ?? null]);
      return {
        goto: (url) => session.navigate(url),
        evaluate,
        waitFor: (fn, arg, timeout = 15000) =>
          poll(() => evaluate(fn, arg), timeout, String(fn).replace(/\s+/g, ' ').slice(0, 120)).then(() => undefined),
        click: (selector) => session.click(selector),
        url: () => session.url(),
        size: () => session.execute('return { width: innerWidth, height: innerHeight };', []),
        problems: () => session.execute('return window.__ilrsProblems || ["the console prelude did not load"];', []),
        close: () => session.close(),
      };
    },
    async close() {
      driver.kill();
      xvfb.stop();
    },
  };
}
