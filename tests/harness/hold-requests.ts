import type { Page, Route } from 'playwright-core';

/** GraphQL requests held at the page's network edge until the test lets them go. */
export interface HeldRequests {
  /** Resolves once `count` requests are held (sent by the page, not yet answered by anyone). */
  arrived(count?: number, ms?: number): Promise<void>;
  /** How many are held now. */
  count(): number;
  /** Lets every held request go on to the hub, and every later one pass straight through. */
  release(): Promise<void>;
}

/**
 * Holds the page's POSTs to /graphql whose operation is one of `operations` (every operation when
 * none are named). A held request has left the page but cannot have been answered: whatever the
 * page shows meanwhile, it shows before the hub's answer. Ordering is proven, not timed.
 */
export async function holdRequests(page: Page, operations: string[] = []): Promise<HeldRequests> {
  const held: Route[] = [];
  let released = false;
  const waiters: (() => void)[] = [];
  const matches = (route: Route) => {
    const request = route.request();
    if (request.method() !== 'POST') return false;
    const name = (request.postDataJSON() as { operationName?: string } | null)?.operationName ?? '';
    return operations.length === 0 || operations.includes(name);
  };
  const handler = async (route: Route) => {
    if (!released && matches(route)) {
      held.push(route);
      for (const wake of waiters.splice(0)) wake();
      return;
    }
    await route.continue().catch(() => {});
  };
  await page.route('**/graphql', handler);
  return {
    async arrived(count = 1, ms = 5_000) {
      const deadline = Date.now() + ms;
      while (held.length < count) {
        if (Date.now() > deadline) throw new Error(`${held.length} of ${count} requests arrived`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
    },
    count: () => held.length,
    async release() {
      released = true;
      await page.unroute('**/graphql', handler);
      for (const route of held.splice(0)) await route.continue().catch(() => {});
    },
  };
}
