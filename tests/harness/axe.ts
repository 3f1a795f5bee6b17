import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * Scans the page as it stands with axe-core (every rule: WCAG 2.x A and AA and best practices)
 * and throws on any serious or critical violation, naming the rule, the elements and where in
 * the test it happened. Less severe findings are left to review. The scan waits for the page's
 * transitions to end first: a drawer caught half faded in has the contrast of its fade, not its own.
 */
export async function expectNoSeriousA11yViolations(page: Page, where: string): Promise<void> {
  await settled(page);
  // A transition that starts between the wait and the scan is snapped to its end for the scan, then let be.
  const still = await page.addStyleTag({
    content: '*, *::before, *::after { transition: none !important; animation: none !important; }',
  });
  const { violations } = await new AxeBuilder({ page })
    .analyze()
    .finally(() => still.evaluate((tag) => (tag as Element).remove()));
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (blocking.length === 0) return;
  const lines = blocking.map(
    (v) =>
      `- ${v.id} (${v.impact}): ${v.help}\n${v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join('; ')}`)
        .join('\n')}`,
  );
  throw new Error(`accessibility violations on ${where}:\n${lines.join('\n')}`);
}

/** Resolves once no animation or transition has run for two frames in a row. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const quiet = () => document.getAnimations().every((a) => a.playState !== 'running');
        if (!quiet()) return resolve(false);
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(quiet())));
      }),
    undefined,
    { polling: 50 },
  );
}
