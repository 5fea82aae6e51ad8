import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ResponseError, type Diagnostic } from 'vscode-languageserver-protocol';
import { applyMutation, EXAMPLE_LESSONS, YAML_TOKENS, type Mutation } from '../fuzz/arbitraries';
import { paramsFor, POSITION_REQUESTS } from '../fuzz/lspRequests';
import { fileUri, LspTestClient } from './support/LspTestClient';
import { StatsRequest } from '../../shared/protocol';

const EXAMPLES = path.resolve(__dirname, '../../examples');
const OPERATIONS = 1_000;
const SEED = 20_251_126;

/** A small seeded generator (mulberry32): the same run every time, so a failure reproduces. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every lesson file and the config under a folder, relative to it. */
function filesUnder(root: string): string[] {
  return (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[]).filter((name) => /\.lesson\.yaml$|learn-once\.yaml$/.test(name)).sort();
}

/**
 * How far a similar-lesson hint's score may stand from a fresh server's. A hint is ranked
 * again when its lesson, a lesson it names or a lesson naming it changes; a change to any
 * other lesson shifts its score a little through the lessons around it (their term weights)
 * and is not chased, so after churn under load a score can lag in the third decimal.
 */
const SCORE_TOLERANCE = 0.01;

/** A hint's "71% similar" with the figure left out: the scores are compared within SCORE_TOLERANCE instead. */
function withoutPercent(message: string): string {
  return message.replace(/\d+% similar/g, '…% similar');
}

/**
 * A diagnostic in a form that does not depend on the order things happened in: related
 * places sorted, similarity scores and the percentages made of them left out (compared
 * apart, within a tolerance).
 */
function normalised(diagnostic: Diagnostic): string {
  const related = diagnostic.relatedInformation
    ? [...diagnostic.relatedInformation]
        .map((item) => ({ ...item, message: withoutPercent(item.message) }))
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
    : undefined;
  const data = JSON.parse(JSON.stringify(diagnostic.data ?? null), (key, value: unknown) =>
    key === 'score' && typeof value === 'number' ? undefined : value,
  ) as unknown;
  return JSON.stringify({ ...diagnostic, message: withoutPercent(diagnostic.message), relatedInformation: related, data });
}

/** Diagnostics by uri, each list sorted; files without problems are left out. */
function published(client: LspTestClient): Map<string, string> {
  const byUri = new Map<string, string>();
  for (const [uri, diagnostics] of client.diagnostics) {
    if (diagnostics.length === 0) continue;
    byUri.set(uri, JSON.stringify(diagnostics.map(normalised).sort()));
  }
  return byUri;
}

/** Every hint's scores, by the uri it is on and the uri it names. */
function hintScores(client: LspTestClient): Map<string, number> {
  const scores = new Map<string, number>();
  for (const [uri, diagnostics] of client.diagnostics) {
    for (const diagnostic of diagnostics) {
      const data = diagnostic.data as { kind?: string; matches?: { uri: string; score: number }[] } | undefined;
      if (data?.kind === 'similarLessons') for (const match of data.matches ?? []) scores.set(`${uri} → ${match.uri}`, match.score);
    }
  }
  return scores;
}

function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const uris = [...new Set([...a.keys(), ...b.keys()])].sort();
  return uris.filter((uri) => a.get(uri) !== b.get(uri)).map((uri) => `${uri}\n  churned: ${a.get(uri) ?? 'none'}\n  fresh:   ${b.get(uri) ?? 'none'}`);
}

/** Polls the server (with a deadline) until its index and similarity engine are both built. */
async function untilSimilarityReady(client: LspTestClient): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const stats: { indexReady: boolean; similarityReady: boolean } = await client.connection.sendRequest(StatsRequest, {});
    if (stats.indexReady && stats.similarityReady) return;
    if (Date.now() > deadline) assert.fail('the fresh server did not finish building its index and similarity engine within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('protocol: churn', function () {
  this.timeout(120_000);
  let churned: LspTestClient | undefined;
  let fresh: LspTestClient | undefined;
  let root: string | undefined;

  after(async () => {
    await churned?.stop();
    await fresh?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it(`${OPERATIONS} random edits, creates, deletes and renames with requests in flight leave the same diagnostics as a fresh server`, async () => {
    root = mkdtempSync(path.join(tmpdir(), 'learn-once-churn-'));
    cpSync(EXAMPLES, root, { recursive: true });
    const random = seededRandom(SEED);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const chance = (p: number): boolean => random() < p;

    churned = await LspTestClient.start({ folders: [root] });
    const client = churned;
    await client.waitForIndex();
    const { connection } = client;
    const open = new Map<string, { document: TextDocument }>();
    const inFlight: Promise<void>[] = [];
    const unexpected: string[] = [];
    const counts: Record<string, number> = {};
    let created = 0;

    const full = (relative: string): string => path.join(root!, relative);
    const lessonsOnDisk = (): string[] => filesUnder(root!).filter((name) => name.endsWith('.lesson.yaml'));
    const watched = (changes: { relative: string; type: 1 | 2 | 3 }[]): Promise<void> =>
      client.filesChanged(changes.map((change) => ({ uri: fileUri(full(change.relative)), type: change.type })));

    /** A random edit of a text: a few tokens typed or deleted somewhere, or a whole-line mutation. */
    function randomEdit(document: TextDocument): {
      range?: { start: { line: number; character: number }; end: { line: number; character: number } };
      text: string;
    } {
      const text = document.getText();
      if (chance(0.25)) {
        const mutation: Mutation = pick<Mutation>([
          { kind: 'deleteLine', at: Math.floor(random() * 1000) },
          { kind: 'duplicateLine', at: Math.floor(random() * 1000) },
          { kind: 'swapLines', at: Math.floor(random() * 1000), with: Math.floor(random() * 1000) },
          { kind: 'reindent', at: Math.floor(random() * 1000), indent: pick(['', ' ', '    ', '\t']) },
          { kind: 'truncate', at: Math.floor(random() * 5000) },
          { kind: 'lineEndings', to: pick(['\r\n', '\r'] as const) },
        ]);
        return { text: applyMutation(text, mutation) };
      }
      const start = Math.floor(random() * (text.length + 1));
      const end = Math.min(text.length, start + (chance(0.5) ? 0 : Math.floor(random() * 12)));
      const typed = Array.from({ length: Math.floor(random() * 4) }, () => pick(YAML_TOKENS)).join('');
      return { range: { start: document.positionAt(start), end: document.positionAt(end) }, text: typed };
    }

    /** Requests an editor sends while the user types, not awaited: answers and ResponseErrors are fine, anything else is not. */
    function requestsInFlight(uri: string, document: TextDocument): void {
      for (let n = Math.floor(random() * 3); n > 0; n--) {
        const method = pick(POSITION_REQUESTS);
        const position = document.positionAt(Math.floor(random() * (document.getText().length + 1)));
        counts[method] = (counts[method] ?? 0) + 1;
        inFlight.push(
          connection.sendRequest(method, paramsFor(method, uri, position, client.diagnostics.get(uri) ?? [])).then(
            () => undefined,
            (error: unknown) => {
              if (!(error instanceof ResponseError)) unexpected.push(`${method}: ${String(error)}`);
            },
          ),
        );
      }
    }

    const operations: [number, () => Promise<void> | void][] = [
      [
        10,
        async () => {
          const relative = pick(lessonsOnDisk().filter((name) => !open.has(fileUri(full(name)))));
          if (!relative) return;
          const uri = fileUri(full(relative));
          const document = TextDocument.create(uri, 'yaml', 1, readFileSync(full(relative), 'utf8'));
          open.set(uri, { document });
          await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: document.getText() } });
        },
      ],
      [
        45,
        async () => {
          if (open.size === 0) return;
          const uri = pick([...open.keys()]);
          const entry = open.get(uri)!;
          const change = randomEdit(entry.document);
          entry.document = TextDocument.update(entry.document, [change], entry.document.version + 1);
          await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: entry.document.version }, contentChanges: [change] });
          requestsInFlight(uri, entry.document);
        },
      ],
      [
        8,
        async () => {
          if (open.size === 0) return;
          const uri = pick([...open.keys()]);
          open.delete(uri);
          await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        },
      ],
      [
        7,
        async () => {
          // Save: the open text goes to disk, and the watcher reports the change.
          const saved = [...open.entries()].filter(([uri]) => existsSync(new URL(uri)));
          if (saved.length === 0) return;
          const [uri, { document }] = pick(saved);
          writeFileSync(new URL(uri), document.getText());
          await client.filesChanged([{ uri, type: 2 }]);
        },
      ],
      [
        6,
        async () => {
          const relative = `churn/NEW-${++created}.lesson.yaml`;
          mkdirSync(path.dirname(full(relative)), { recursive: true });
          // Sometimes a copy that duplicates an existing id, sometimes noise.
          writeFileSync(full(relative), chance(0.8) ? pick(EXAMPLE_LESSONS) : Array.from({ length: 20 }, () => pick(YAML_TOKENS)).join(''));
          await watched([{ relative, type: 1 }]);
        },
      ],
      [
        4,
        async () => {
          const relative = pick(lessonsOnDisk());
          if (!relative) return;
          rmSync(full(relative));
          await watched([{ relative, type: 3 }]);
        },
      ],
      [
        4,
        async () => {
          const relative = pick(lessonsOnDisk());
          if (!relative) return;
          const renamed = `${relative.replace(/\.lesson\.yaml$/, '')}-r${++created}.lesson.yaml`;
          renameSync(full(relative), full(renamed));
          const oldUri = fileUri(full(relative));
          const entry = open.get(oldUri);
          if (entry) {
            // The editor follows a rename: the old document closes and the new one opens with the same text.
            open.delete(oldUri);
            await connection.sendNotification('textDocument/didClose', { textDocument: { uri: oldUri } });
            const newUri = fileUri(full(renamed));
            open.set(newUri, { document: TextDocument.create(newUri, 'yaml', 1, entry.document.getText()) });
            await connection.sendNotification('textDocument/didOpen', {
              textDocument: { uri: newUri, languageId: 'yaml', version: 1, text: entry.document.getText() },
            });
          }
          await watched([
            { relative, type: 3 },
            { relative: renamed, type: 1 },
          ]);
        },
      ],
      [
        4,
        async () => {
          // Another program (a git pull) changes a file that is not open.
          const closed = lessonsOnDisk().filter((name) => !open.has(fileUri(full(name))));
          if (closed.length === 0) return;
          const relative = pick(closed);
          writeFileSync(full(relative), applyMutation(readFileSync(full(relative), 'utf8'), { kind: 'deleteLine', at: Math.floor(random() * 100) }));
          await watched([{ relative, type: 2 }]);
        },
      ],
      [
        2,
        async () => {
          // learn-once.yaml changes on disk: localities and the thesaurus change for every lesson.
          const config = readFileSync(path.join(EXAMPLES, 'learn-once.yaml'), 'utf8');
          const variants = [
            config,
            config.replace(/ {2}- name: Leeds Care Record\n(?: {4}.*\n)+/, ''),
            `${config}\nbroken: [\n`,
            config.replace('thesaurus:', 'thesaurus:\n    - [DSA, data sharing agreement]'),
          ];
          writeFileSync(full('learn-once.yaml'), pick(variants));
          await watched([{ relative: 'learn-once.yaml', type: 2 }]);
        },
      ],
    ];
    const totalWeight = operations.reduce((sum, [weight]) => sum + weight, 0);

    for (let step = 0; step < OPERATIONS; step++) {
      let roll = random() * totalWeight;
      const operation = operations.find(([weight]) => (roll -= weight) < 0)![1];
      await operation();
      if (client.process.exitCode !== null) assert.fail(`the server exited at step ${step + 1}. stderr: ${client.stderr.join('').slice(-2000)}`);
    }
    for (const uri of open.keys()) await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    open.clear();
    await Promise.all(inFlight);
    assert.deepEqual(unexpected, [], 'every request got an answer or a ResponseError');
    assert.equal(client.process.exitCode, null, 'the server is still running');
    assert.ok(inFlight.length > 300, `requests were in flight (${JSON.stringify(counts)})`);

    // A server started fresh on the final files is the reference the churned one must reach.
    fresh = await LspTestClient.start({ folders: [root] });
    await fresh.waitForIndex();
    const reference = fresh;
    await untilSimilarityReady(reference);
    const deadline = Date.now() + 30_000;
    let last: string[] = [];
    for (;;) {
      try {
        await client.waitFor(
          () => {
            last = differences(published(client), published(reference));
            return last.length === 0;
          },
          'the churned server to publish what a fresh server publishes',
          Math.max(1, deadline - Date.now()),
        );
      } catch (error) {
        assert.fail(`${(error as Error).message.split('.')[0]}; ${last.length} files differ:\n${last.slice(0, 5).join('\n')}`);
      }
      // Equal now; still equal once both servers have answered a request sent after it?
      await Promise.all([client, reference].map((server) => server.connection.sendRequest(StatsRequest, {})));
      if (differences(published(client), published(reference)).length === 0) break;
    }
    assert.ok(published(reference).size > 10, 'the final files have problems to compare');
    const expectedScores = hintScores(reference);
    assert.ok(expectedScores.size > 0, 'the final files have similar-lesson hints to compare');
    for (const [pair, score] of hintScores(client)) {
      const expected = expectedScores.get(pair)!;
      assert.ok(Math.abs(score - expected) <= SCORE_TOLERANCE, `${pair}: score ${score} against a fresh server's ${expected}`);
    }
  });
});
