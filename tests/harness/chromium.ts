import { type Browser, chromium, type Page } from 'playwright-core';

/** Flags for the OS's Chromium on a machine without a display or outside network. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Launches the Debian Chromium (CHROMIUM_PATH overrides the path) through playwright-core,
 * headless; the caller closes it.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });
}

/**
 * A new browser context signed in to the hub at `url` through the sign-in page. `init` runs in
 * every page of the context before the app's own scripts (test seams, see web/src/platform/test-seams.ts).
 */
export async function signIn(
  browser: Browser,
  url: string,
  email: string,
  password = 'carehub-demo',
  init?: () => void,
): Promise<Page> {
  const context = await browser.newContext();
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  await page.goto(url);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return page;
}
