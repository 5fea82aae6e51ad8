// A fresh copy of examples/ for one run of the extension-host suite, with one lesson broken as
// fixture.json says. The edit goes through the yaml package's document model, so the rest of the
// file (comments, key order) stays as it was.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '..', '..');
export const EXAMPLES = path.join(REPO_ROOT, 'examples');
export const FIXTURE = JSON.parse(readFileSync(path.join(here, 'fixture.json'), 'utf8'));

/**
 * Copies examples/ into a new temporary folder, itself named `examples` so the workbench shows
 * that name; `broken: true` applies fixture.json's break.
 */
export function copyExamples({ broken = true } = {}) {
  const parent = mkdtempSync(path.join(tmpdir(), 'learn-once-'));
  const root = path.join(parent, 'examples');
  cpSync(EXAMPLES, root, { recursive: true });
  if (broken) {
    const file = path.join(root, FIXTURE.brokenLesson);
    const document = parseDocument(readFileSync(file, 'utf8'));
    document.set(FIXTURE.brokenField, FIXTURE.brokenValue);
    writeFileSync(file, document.toString({ flowCollectionPadding: false }));
  }
  return { root, dispose: () => rmSync(parent, { recursive: true, force: true }) };
}
