import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { SearchJsonHit } from '../../server/src/cli/commands/search';
import { REPO_ROOT, runBuiltCli } from './support/runBuiltCli';

describe('cli: learn-once search', () => {
  it('--json: an array best first of exactly { id, title, locality, stage, score, path, passage }', async () => {
    const run = await runBuiltCli(['search', '--json', '--quiet', 'examples', 'Caldicott', 'guardian']);
    assert.equal(run.code, 0, run.stderr);
    const hits = JSON.parse(run.stdout) as SearchJsonHit[];
    assert.deepEqual(hits.map((hit) => hit.id).sort(), ['GM-0001', 'YH-0002'], 'the two lessons that mention a Caldicott Guardian');
    for (const hit of hits) {
      assert.deepEqual(Object.keys(hit), ['id', 'title', 'locality', 'stage', 'score', 'path', 'passage']);
      assert.match(hit.passage, /Caldicott Guardian/);
      assert.ok(hit.score > 0 && hit.score <= 1);
      const file = readFileSync(path.join(REPO_ROOT, hit.path), 'utf8');
      assert.match(file, new RegExp(`^id: ${hit.id}$`, 'm'), `${hit.path} is the lesson's file`);
    }
    assert.equal(hits[0]!.score, 1);
  });

  it('text: one line per result, path:line:col at the matched word, id, title, locality · stage and the passage', async () => {
    const run = await runBuiltCli(['search', '--quiet', '--top', '1', 'examples', 'care', 'home', 'staff', 'cannot', 'log', 'in']);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 1);
    const match = /^(\S+):(\d+):(\d+) {2}YH-0005 {2}Care home staff had no smartcards.* {2}\(Yorkshire & Humber Care Record · collated, 100%\) {2}“(.+)”$/.exec(
      lines[0]!,
    );
    assert.ok(match, lines[0]);
    const [, file, line, column] = match;
    const text = readFileSync(path.join(REPO_ROOT, file!), 'utf8').split('\n')[Number(line) - 1]!;
    assert.match(text.slice(Number(column) - 1), /^Care home/i, 'the position is the first matched word');
  });

  it('filters by locality (name, alias or id prefix), stage and topic', async () => {
    const ids = async (args: string[]): Promise<string[]> => {
      const run = await runBuiltCli(['search', '--json', '--quiet', ...args]);
      assert.ok(run.code === 0 || run.code === 1, run.stderr);
      return (JSON.parse(run.stdout) as SearchJsonHit[]).map((hit) => hit.id ?? '');
    };
    for (const locality of ['Greater Manchester Care Record', 'GMCR', 'GM', 'greater manchester']) {
      assert.deepEqual(await ids(['--locality', locality, 'examples', 'Caldicott']), ['GM-0001'], locality);
    }
    assert.deepEqual(await ids(['--stage', 'curated', 'examples', 'Caldicott']), ['YH-0002']);
    const byTopic = await ids(['--topic', 'mental health', '--top', '50', 'examples', 'record']);
    assert.ok(byTopic.length >= 1);
    for (const id of byTopic) assert.match(readFileSync(path.join(REPO_ROOT, 'examples', ...findFile(id)), 'utf8'), /topics: \[[^\]]*mental health/);
  });

  it('exit 1 with no results, and says why on stderr', async () => {
    const none = await runBuiltCli(['search', '--quiet', 'examples', 'helicopter', 'xylophone']);
    assert.equal(none.code, 1);
    assert.equal(none.stdout, '');
    assert.match(none.stderr, /No lesson uses these words/);
    const common = await runBuiltCli(['search', '--quiet', '--json', 'examples', 'the', 'of', 'which']);
    assert.equal(common.code, 1);
    assert.equal(common.stdout.trim(), '[]');
    assert.match(common.stderr, /all very common words/);
  });

  it('usage errors exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [['search'], /give the workspace folder and the problem/],
      [['search', 'examples'], /give the problem in a few words after the folder/],
      [['search', 'no-such-folder', 'consent'], /'no-such-folder' is not a folder/],
      [['search', '--stage', 'curate', 'examples', 'consent'], /"curate" is not a stage/],
      [['search', '--from', 'March', 'examples', 'consent'], /The from date "March" is not a real date written YYYY-MM-DD/],
      [['search', '--to', '2025-02-30', 'examples', 'consent'], /The to date "2025-02-30" is not a real date written YYYY-MM-DD/],
      [['search', '--top', '0', 'examples', 'consent'], /--top must be a whole number of at least 1/],
    ];
    for (const [args, message] of cases) {
      const run = await runBuiltCli(args);
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, message);
    }
  });

  it('10,000 characters of pasted text with control characters (argv cannot hold a NUL): searched, not a crash', async () => {
    const pasted = `smartcards\u0007 care\u0001home ${'notes from the meeting '.repeat(450)}`;
    const run = await runBuiltCli(['search', '--quiet', '--json', 'examples', pasted]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal((JSON.parse(run.stdout) as SearchJsonHit[])[0]?.id, 'YH-0005');
    assert.match(run.stderr, /Only the first 1,000 characters were searched/);
  });
});

/** examples/<folder>/<id>.lesson.yaml, by the id's prefix. */
function findFile(id: string): string[] {
  const folders: Record<string, string> = {
    DC: 'dorset',
    GN: 'great-north',
    GM: 'greater-manchester',
    LD: 'leeds',
    OL: 'one-london',
    WX: 'wessex',
    YH: 'yorkshire-humber',
  };
  return [folders[id.split('-')[0]!]!, `${id}.lesson.yaml`];
}
