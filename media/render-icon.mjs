// Renders media/icon.svg to media/icon.png (128x128, transparent corners) with headless Chromium.
// Run after changing the SVG: node media/render-icon.mjs [path-to-chromium]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const chromium = process.argv[2] ?? process.env.CHROMIUM ?? 'chromium';
const work = mkdtempSync(path.join(tmpdir(), 'learn-once-icon-'));
try {
  const page = path.join(work, 'icon.html');
  writeFileSync(
    page,
    `<!doctype html><html><body style="margin:0;background:transparent"><img src="${path.join(here, 'icon.svg')}" width="128" height="128" style="display:block"></body></html>`,
  );
  execFileSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      '--default-background-color=00000000',
      '--window-size=128,128',
      `--screenshot=${path.join(here, 'icon.png')}`,
      `file://${page}`,
    ],
    { stdio: 'inherit' },
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
