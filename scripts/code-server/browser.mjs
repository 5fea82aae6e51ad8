// Headless Chromium (Debian's `chromium` package) driven by playwright-core, for code-server's workbench.
import { chromium } from 'playwright-core';
import { CHROMIUM } from './setup.mjs';

/** Flags that let Chromium run headless as root on a machine with no GPU and no outside network. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launches Chromium; `close()` the returned browser when done. */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}
