import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { JsonReport } from '../../server/src/cli/format/json';
import { LspTestClient } from '../protocol/support/LspTestClient';
import { PARITY_FIXTURE, runBuiltCli } from './support/runBuiltCli';

const SEVERITIES = ['', 'error', 'warning', 'information', 'hint'] as const;

interface Shown {
  code: string;
  severity: string;
  message: string;
  range: Diagnostic['range'];
  related: { uri: string; range: Diagnostic['range']; message: string }[];
}

function sorted(list: Shown[]): Shown[] {
  return [...list].sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

/** What the editor shows per file (files with no problems left out). */
function fromEditor(client: LspTestClient): Map<string, Shown[]> {
  const shown = new Map<string, Shown[]>();
  for (const [uri, diagnostics] of client.diagnostics) {
    if (diagnostics.length === 0) continue;
    shown.set(
      uri,
      sorted(
        diagnostics.map((d) => ({
          code: String(d.code),
          severity: SEVERITIES[d.severity ?? 1],
          message: d.message,
          range: d.range,
          related: (d.relatedInformation ?? []).map((r) => ({ uri: r.location.uri, range: r.location.range, message: r.message })),
        })),
      ),
    );
  }
  return shown;
}

function fromCli(report: JsonReport): Map<string, Shown[]> {
  const shown = new Map<string, Shown[]>();
  for (const file of report.files) {
    if (file.problems.length === 0) continue;
    shown.set(
      file.uri,
      sorted(
        file.problems.map((p) => ({
          code: p.code,
          severity: p.severity,
          message: p.message,
          range: p.range,
          related: (p.related ?? []).map((r) => ({ uri: r.uri, range: r.range, message: r.message })),
        })),
      ),
    );
  }
  return shown;
}

function asObject(map: Map<string, Shown[]>): Record<string, Shown[]> {
  return Object.fromEntries([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

describe('cli: the editor and the command line show the same problems', () => {
  let client: LspTestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it('for every file of the shared fixture: code, severity, message, range and related locations, similar-lesson hints included', async () => {
    const run = await runBuiltCli(['check', '--similar', '--format', 'json', PARITY_FIXTURE]);
    assert.equal(run.code, 1, run.stderr);
    const expected = asObject(fromCli(JSON.parse(run.stdout) as JsonReport));
    assert.ok(Object.keys(expected).length >= 15, 'the fixture has problems in most files');
    const codes = new Set(Object.values(expected).flatMap((list) => list.map((shown) => shown.code)));
    for (const code of [
      'yaml-syntax',
      'duplicate-key',
      'not-text',
      'missing-field',
      'unknown-field',
      'duplicate-id',
      'unknown-reference',
      'similar-lesson',
      'config-error',
      'review-required',
      'adoption-not-older',
      'own-locality-adoption',
      'missing-artefact',
      'unknown-topic',
      'nhs-number',
      'personal-data',
      'contact-policy',
      'placeholder-answer',
    ]) {
      assert.ok(codes.has(code), `the fixture exercises ${code}`);
    }
    const themeCodes = Object.entries(expected)
      .filter(([uri]) => uri.endsWith('.theme.yaml'))
      .flatMap(([, list]) => list.map((shown) => shown.code));
    assert.deepEqual([...new Set(themeCodes)].sort(), ['duplicate-id', 'missing-field', 'unknown-reference'], 'themes are checked by the same rules');

    client = await LspTestClient.start({ folders: [PARITY_FIXTURE] });
    await client.waitForIndex();
    // Similar-lesson hints are worked out after the scan, a slice at a time: wait until the
    // editor's picture stops differing, then compare (so a real difference shows as a diff).
    await client
      .waitFor(() => JSON.stringify(asObject(fromEditor(client!))) === JSON.stringify(expected), 'the editor to publish the same problems as the command line')
      .catch(() => undefined);
    assert.deepEqual(asObject(fromEditor(client)), expected);
  });
});

describe('cli: similar --hints names exactly the lessons the editor hints', () => {
  let client: LspTestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it('for every lesson of the shared fixture, in the same order', async () => {
    const run = await runBuiltCli(['similar', '--hints', '--json', '--quiet', PARITY_FIXTURE]);
    assert.equal(run.code, 0, run.stderr);
    const byName = JSON.parse(run.stdout) as Record<string, { id: string; score: number }[]>;
    const expected = Object.fromEntries(
      Object.entries(byName)
        .filter(([, matches]) => matches.length > 0)
        .map(([name, matches]) => [name, matches.map((m) => m.id)]),
    );
    assert.ok(Object.keys(expected).length >= 2, 'the fixture has hinted lessons');

    client = await LspTestClient.start({ folders: [PARITY_FIXTURE] });
    await client.waitForIndex();
    const nameOf = (uri: string): string => {
      const text = readFileSync(fileURLToPath(uri), 'utf8');
      const id = /^id: *([A-Z]+-\d+)/m.exec(text)?.[1];
      return id !== undefined && id in byName ? id : path.relative(PARITY_FIXTURE, fileURLToPath(uri)).split(path.sep).join('/');
    };
    const fromEditorHints = (): Record<string, string[]> => {
      const hinted: [string, string[]][] = [];
      for (const [uri, diagnostics] of client!.diagnostics) {
        const hint = diagnostics.find((d) => d.code === 'similar-lesson');
        if (hint) hinted.push([nameOf(uri), (hint.relatedInformation ?? []).map((r) => nameOf(r.location.uri))]);
      }
      return Object.fromEntries(hinted.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    };
    const sortedExpected = Object.fromEntries(Object.entries(expected).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    await client
      .waitFor(() => JSON.stringify(fromEditorHints()) === JSON.stringify(sortedExpected), 'the editor to publish the hints the command line names')
      .catch(() => undefined);
    assert.deepEqual(fromEditorHints(), sortedExpected);
  });
});
