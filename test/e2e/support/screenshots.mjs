import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { ARTEFACTS, README_IMAGES } from './paths.mjs';

/** A name fit for a file: lower case, words joined by dashes. */
export function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

/** Saves a screenshot of the whole window as a test artefact. */
export async function saveArtefact(page, name) {
  mkdirSync(ARTEFACTS, { recursive: true });
  const file = path.join(ARTEFACTS, `${slug(name)}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Renders one of the README's pictures (<README_IMAGES>/<name>.png), optionally cropped to a region. */
export async function saveReadmePicture(page, name, clip) {
  mkdirSync(README_IMAGES, { recursive: true });
  const file = path.join(README_IMAGES, `${name}.png`);
  await page.screenshot({ path: file, ...(clip ? { clip } : {}) });
  return file;
}
