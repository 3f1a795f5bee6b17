import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASEY, startTestHub, type TestHub } from '@carehub/api/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, signIn } from '../harness/chromium.js';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** The patient page's "Download FHIR bundle" saves the patient's FHIR R4 Bundle as a file. */
describe('FHIR bundle download in Chromium', () => {
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

  it('the case manager downloads Eleanor’s bundle from her patient page', async () => {
    const page = await signIn(browser, hub.url, CASEY);
    await page.getByRole('link', { name: 'Patients', exact: true }).click();
    await page.getByRole('link', { name: 'Eleanor Whitfield' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download FHIR bundle' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('MRN-100231-fhir-bundle.json');
    const file = await download.path();
    const bundle = JSON.parse(await readFile(file, 'utf8')) as {
      resourceType: string;
      entry: { resource: { resourceType: string; name?: { text?: string }[] } }[];
    };
    expect(bundle.resourceType).toBe('Bundle');
    const patient = bundle.entry.find((e) => e.resource.resourceType === 'Patient')?.resource;
    expect(patient?.name?.[0]?.text).toBe('Eleanor Whitfield');
    await page.context().close();
  });
});
