import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASEY, startTestHub, type TestHub } from '@carehub/api/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, signIn } from '../harness/chromium.js';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');
/** The single bundle every screen downloaded before routes were split: 607.07 kB. */
const SINGLE_BUNDLE_BYTES = 607_070;

/** Every JavaScript file the page downloads until the network is quiet, with its size. */
async function scriptsLoaded(page: Page, open: () => Promise<void>): Promise<Map<string, number>> {
  const scripts = new Map<string, number>();
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (!new URL(response.url()).pathname.endsWith('.js')) return;
    pending.push(
      response.body().then((body) => {
        scripts.set(new URL(response.url()).pathname, body.length);
      }),
    );
  });
  await open();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  return scripts;
}

const total = (scripts: Map<string, number>) => [...scripts.values()].reduce((a, b) => a + b, 0);
const report = (name: string, scripts: Map<string, number>) =>
  console.info(
    `${name}: ${(total(scripts) / 1000).toFixed(1)} kB of JS in ${scripts.size} files\n${[...scripts]
      .sort((a, b) => b[1] - a[1])
      .map(([file, size]) => `  ${(size / 1000).toFixed(1).padStart(7)} kB ${file}`)
      .join('\n')}`,
  );

/** Routes load their own code: the first screen downloads less JavaScript than the old single bundle. */
describe('the first screen’s JavaScript in Chromium', () => {
  let hub: TestHub;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(path.join(webDist, 'index.html')))
      throw new Error('web/dist is missing: build the web app first (npm test does)');
    hub = await startTestHub({ WEB_DIST: webDist });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('the sign-in page loads less JavaScript than the old single bundle, and no screen behind it', async () => {
    const page = await (await browser.newContext()).newPage();
    const scripts = await scriptsLoaded(page, async () => {
      await page.goto(hub.url);
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
    });
    report('sign-in', scripts);
    expect(total(scripts)).toBeLessThan(SINGLE_BUNDLE_BYTES);
    expect(
      [...scripts.keys()].filter((file) => /(SignedIn|MyCaseload|PatientPage|AdminPage|AuditPage)-/.test(file)),
    ).toEqual([]);
    await page.context().close();
  });

  it('a signed-in caseload loads less JavaScript than the old single bundle, and not the patient screen', async () => {
    const signedIn = await signIn(browser, hub.url, CASEY);
    const page = await signedIn.context().newPage();
    await signedIn.close();
    const scripts = await scriptsLoaded(page, async () => {
      await page.goto(hub.url);
      await page.getByRole('table', { name: 'My caseload' }).getByRole('link').first().waitFor();
    });
    report('caseload', scripts);
    expect(total(scripts)).toBeLessThan(SINGLE_BUNDLE_BYTES);
    expect([...scripts.keys()].filter((file) => /(PatientPage|AdminPage|AuditPage|SignIn)-/.test(file))).toEqual([]);
    await page.context().close();
  });
});
