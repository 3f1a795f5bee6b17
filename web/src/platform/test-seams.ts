/**
 * Hooks a browser test installs before the app starts, as `window.__carehubTestSeams` (Playwright's
 * `addInitScript`). Nothing in the app sets them and no link or URL can: a page opened normally
 * has none, so production behaves exactly as without them.
 */
export interface TestSeams {
  /** Awaited right before a screen subscribes to its stream: lets a test write in that gap. */
  beforeStream?(stream: { variables: unknown; after: string | null }): Promise<void> | void;
}

export const testSeams: TestSeams | undefined =
  typeof window === 'undefined' ? undefined : (window as { __carehubTestSeams?: TestSeams }).__carehubTestSeams;
