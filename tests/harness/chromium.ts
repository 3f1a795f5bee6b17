import { type Browser, chromium } from 'playwright-core';

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
