import type { RequestHandler } from 'express';

/**
 * The Content-Security-Policy of the built web app. Vite's build loads only its own module
 * scripts and stylesheets from /assets; the app talks to the hub on the same origin (HTTP,
 * graphql-ws and socket.io — `'self'` covers ws:/wss: to the same host). Styles also allow
 * `'unsafe-inline'` because the UI kit (Mantine) injects `<style>` tags at run time; scripts
 * allow nothing inline, which is what stops injected markup from running.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Sets the security headers on every response: the CSP (with `frame-ancestors 'none'`, and
 * X-Frame-Options for browsers that predate it), no MIME sniffing, and no Referer leaving the
 * origin — URLs carry patient ids. Outside production, Apollo's sandbox page under `/graphql`
 * loads its scripts from Apollo's CDN, so `/graphql` goes without the CSP there (production
 * serves no such page).
 */
export function securityHeaders(options: { graphqlSandbox: boolean }): RequestHandler {
  return (req, res, next) => {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'same-origin');
    res.setHeader('x-frame-options', 'DENY');
    if (!(options.graphqlSandbox && req.path === '/graphql')) {
      res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    }
    next();
  };
}
