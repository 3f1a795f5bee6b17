import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../testing/test-hub.js';

const HTML = { accept: 'text/html,application/xhtml+xml' };

const expectSecurityHeaders = (response: Response) => {
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(csp).toContain("connect-src 'self'");
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('same-origin');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
};

describe('security headers of a production hub', () => {
  let hub: TestHub;
  let webDist: string;

  beforeAll(async () => {
    webDist = mkdtempSync(path.join(os.tmpdir(), 'carehub-web-'));
    mkdirSync(path.join(webDist, 'assets'));
    writeFileSync(
      path.join(webDist, 'index.html'),
      '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>',
    );
    writeFileSync(path.join(webDist, 'assets', 'app.js'), 'console.log("CareHub")');
    hub = await startTestHub({ NODE_ENV: 'production', WEB_DIST: webDist });
  });
  afterAll(async () => {
    await hub?.stop();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('every HTML page carries the Content-Security-Policy, frame-ancestors none, nosniff and Referrer-Policy', async () => {
    for (const route of ['/', '/patients/8a0e2f4c', '/index.html']) {
      const response = await fetch(`${hub.url}${route}`, { headers: HTML });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).toContain('<div id="root"></div>');
      expectSecurityHeaders(response);
    }
  });

  it('the app’s scripts, the API and the probes carry them too', async () => {
    const script = await fetch(`${hub.url}/assets/app.js`);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expectSecurityHeaders(script);
    expectSecurityHeaders(
      await fetch(`${hub.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { id } }' }),
      }),
    );
    expectSecurityHeaders(await fetch(`${hub.url}/healthz`));
  });

  it('serves no GraphQL sandbox page (it would load scripts from a third party)', async () => {
    const response = await fetch(`${hub.url}/graphql`, { headers: HTML });
    expect(response.headers.get('content-type') ?? '').not.toMatch(/^text\/html/);
    expect(await response.text()).not.toMatch(/apollographql|<script/i);
    expectSecurityHeaders(response);
  });
});
