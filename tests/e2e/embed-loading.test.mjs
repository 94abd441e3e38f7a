// The script embed however a host page loads embed.js: a classic script in the head, async,
// defer, as a module, injected by a tag manager after load, and once per embed. Each host page
// (tests/hosts/script/) is served from another origin than the explainer; each must end with
// every embed live (it answers a filter), and with nothing in the console but our own silence.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useHosts, openHost, liveEmbeds, filterWorks } from './hosts.mjs';

const env = useHosts();

for (const [name, style] of [
  ['classic', 'a classic script in the head, before the element exists'],
  ['async', 'an async script after a marked div'],
  ['defer', 'a deferred script in the head'],
  ['module', 'a module script (no document.currentScript)'],
  ['tag-manager', 'a script a tag manager injects after the page has loaded'],
]) {
  test(`loaded as ${style}: one live embed`, async () => {
    const { context, page, problems, warnings, requests } = await openHost(env, name);
    const [host] = await (await liveEmbeds(page, 1)).all();
    const { before, after } = await filterWorks(host);
    assert.notEqual(after, before, 'the filter narrows the list');
    // One copy of each file, however the page loaded the script.
    const fetched = (file) => requests.filter((u) => new URL(u).pathname.match(file)).length;
    assert.equal(fetched(/^\/embed\.js$/), 1);
    assert.equal(fetched(/_bg\.wasm$/), 1);
    assert.equal(fetched(/^\/fragment-.*\.html$/), 1);
    // The host's fallback link stays in its light DOM, out of sight behind the explainer.
    const fallback = await host.evaluate((el) => el.querySelector('a').getBoundingClientRect().height);
    assert.equal(fallback, 0, 'the fallback link is not shown once the explainer is');
    assert.deepEqual(warnings, []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('included once per embed: each element gets one explainer with its own options', async () => {
  const { context, page, problems, warnings, requests } = await openHost(env, 'twice');
  await liveEmbeds(page, 2);
  const first = page.locator('#first');
  const second = page.locator('#second');
  for (const host of [first, second]) {
    assert.equal(await host.evaluate((el) => el.shadowRoot.querySelectorAll('.ilrs').length), 1);
    const { before, after } = await filterWorks(host);
    assert.notEqual(after, before);
  }
  assert.equal(await first.evaluate((el) => el.shadowRoot.querySelectorAll('.ilrs-story--scrolly').length), 0, 'flat');
  assert.equal(
    await second.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.ilrs')).backgroundColor),
    'rgb(21, 23, 27)',
    'dark',
  );
  const wasm = requests.filter((u) => u.endsWith('_bg.wasm'));
  assert.equal(wasm.length, 1, 'the wasm is fetched once for both');
  assert.deepEqual(warnings, []);
  assert.deepEqual(problems, []);
  await context.close();
});
