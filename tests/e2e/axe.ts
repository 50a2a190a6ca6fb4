/** axe-core in a page of the real browser: the serious and critical violations inside a selector. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical violations inside `include` (CDP evaluation is not subject to the page's CSP). */
export async function seriousViolations(page: Page, include = 'body'): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE);
  return page.evaluate(async (sel) => {
    const axe = (globalThis as any).axe;
    const r = await axe.run({ include: [[sel]] }, { resultTypes: ['violations'] });
    return r.violations
      .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: any) => `${v.id}: ${v.help} (${v.nodes.map((n: any) => n.target.join(' ')).join(', ')})`);
  }, include);
}
