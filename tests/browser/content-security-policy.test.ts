import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASEY, DEMO_PASSWORD, RILEY, startTestHub, type TestHub } from '@carehub/api/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, signIn } from '../harness/chromium.js';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

declare global {
  interface Window {
    cspViolations: string[];
    inlineScriptRan?: boolean;
  }
}

/** The built web app under the hub's Content-Security-Policy, in Chromium. */
describe('the web app under its Content-Security-Policy', () => {
  let hub: TestHub;
  let browser: Browser;
  let page: Page;
  let documentCsp: string | undefined;

  beforeAll(async () => {
    if (!existsSync(path.join(webDist, 'index.html')))
      throw new Error('web/dist is missing: build the web app first (npm test does)');
    hub = await startTestHub({ WEB_DIST: webDist });
    browser = await launchChromium();
    const context = await browser.newContext();
    // Every violation the browser reports, from the first script on.
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page = await context.newPage();
    const response = await page.goto(hub.url);
    documentCsp = response?.headers()['content-security-policy'];
    await page.getByLabel('Email').fill(RILEY);
    await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('signs in, lists patients live over graphql-ws and shows who else has a patient open over socket.io, with no violation', async () => {
    expect(documentCsp).toContain("frame-ancestors 'none'");
    await page.getByRole('link', { name: 'Patients', exact: true }).click();
    await page.getByRole('table', { name: 'Patients' }).getByRole('link', { name: 'Eleanor Whitfield' }).waitFor();
    await page.getByText('Live', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Eleanor Whitfield' }).click();
    await page.getByRole('button', { name: 'Edit record' }).waitFor();

    const other = await signIn(browser, hub.url, CASEY);
    await other.goto(page.url());
    await page.getByRole('region', { name: 'Also viewing' }).getByText('Casey Morgan').waitFor({ timeout: 5_000 });
    await other.context().close();
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  });

  it('blocks an injected inline script but lets the UI kit inject style tags', async () => {
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineScriptRan = true';
      document.head.append(script);
      const style = document.createElement('style');
      style.textContent = '#csp-probe { width: 123px; }';
      document.head.append(style);
      const probe = document.createElement('div');
      probe.id = 'csp-probe';
      document.body.append(probe);
      // Violation events are dispatched asynchronously.
      await new Promise((resolve) => setTimeout(resolve, 50));
      return {
        scriptRan: window.inlineScriptRan === true,
        probeWidth: getComputedStyle(probe).width,
        violations: window.cspViolations,
      };
    });
    expect(outcome).toEqual({ scriptRan: false, probeWidth: '123px', violations: ['script-src-elem inline'] });
  });
});
