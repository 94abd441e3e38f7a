// Runs axe-core (from node_modules, no network) in a page against WCAG 2.2 A and AA.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

/**
 * The violations axe finds on the page (or frame) as it is now, as short readable lines;
 * `include`, a selector, limits it to one element and what is inside it (shadow roots too).
 */
export async function axeViolations(page, include) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (include) => {
    const result = await window.axe.run(include ? { include: [include] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  }, include);
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.join(', ')})`);
}
