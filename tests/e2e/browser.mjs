// Launches Debian's Chromium through playwright-core, headless, with no background traffic, and
// records what a test must fail on: console errors, page errors and requests leaving the machine.

import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';

// ILRS_DIST points the browser tests at another built site (a mutated copy, to see a test fail).
export const DIST = path.resolve(process.env.ILRS_DIST || path.join(path.dirname(fileURLToPath(import.meta.url)), '../../dist'));

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** Serves dist/ for the duration of a test file. */
export async function serveDist(options) {
  return serve(DIST, options);
}

/** Opens a page that collects console errors, uncaught errors and off-machine requests. */
export async function watchedPage(context) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    const { hostname, protocol } = new URL(request.url());
    if (protocol.startsWith('http') && hostname !== '127.0.0.1') problems.push(`third-party request: ${request.url()}`);
  });
  return { page, problems };
}

/**
 * Brings the explorer in `scope` (a page, a frame, or a locator for a host element, whose shadow
 * root Playwright's locators reach into) into view and waits until it runs. In a release build
 * its code is a chunk of its own, fetched only when a reader comes near it.
 */
export async function liveExplorer(scope) {
  await scope.locator('.ilrs-explorer').scrollIntoViewIfNeeded();
  await scope.locator('.ilrs-explorer.is-live').waitFor({ timeout: 15000 });
}

/**
 * For a test file: serves dist/ and launches Chromium before its tests, closes both after.
 * The returned object's `server` and `browser` are set once the tests run.
 */
export function useSite() {
  const site = { server: undefined, browser: undefined };
  before(async () => {
    site.server = await serveDist();
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
