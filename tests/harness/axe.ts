import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * Scans the page as it stands with axe-core (every rule: WCAG 2.x A and AA and best practices)
 * and throws on any serious or critical violation, naming the rule, the elements and where in
 * the test it happened. Less severe findings are left to review.
 */
export async function expectNoSeriousA11yViolations(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
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
