import * as assert from 'node:assert/strict';
import type { SimilarJsonMatch } from '../../server/src/cli/commands/similar';
import { lessonText, tempWorkspace } from '../protocol/support/tempWorkspace';
import { runBuiltCli } from './support/runBuiltCli';

describe('cli: learn-once similar', () => {
  let all: Record<string, SimilarJsonMatch[]>;
  before(async () => {
    const run = await runBuiltCli(['similar', '--json', '--top', '3', 'examples']);
    assert.equal(run.code, 0, run.stderr);
    all = JSON.parse(run.stdout) as Record<string, SimilarJsonMatch[]>;
  });

  it('without a file: every lesson by id, with at most K matches in rank order, never itself', () => {
    assert.equal(Object.keys(all).length, 33);
    for (const [id, matches] of Object.entries(all)) {
      assert.ok(matches.length <= 3, `${id} has at most 3 matches`);
      assert.ok(
        matches.every((match) => match.id !== id && /^[A-Z]+-\d{4}$/.test(match.id)),
        `${id}'s matches are other lessons' ids`,
      );
      for (let i = 1; i < matches.length; i++) assert.ok(matches[i - 1].score >= matches[i].score, `${id}'s matches are best first`);
      for (const match of matches) assert.ok(match.score > 0 && match.score <= 1);
      assert.deepEqual(Object.keys(matches[0] ?? { id: '', score: 0 }), ['id', 'score'], 'each match is exactly { id, score }');
    }
  });

  it('ranks each near-duplicate pair first for both of its lessons', () => {
    assert.equal(all['GM-0001'][0].id, 'YH-0002');
    assert.equal(all['YH-0002'][0].id, 'GM-0001');
    assert.equal(all['OL-0003'][0].id, 'WX-0002');
    assert.equal(all['WX-0002'][0].id, 'OL-0003');
  });

  it('with a file: the same ranking for that lesson alone, and --threshold leaves out weaker matches', async () => {
    const one = await runBuiltCli(['similar', '--json', '--top', '3', 'examples', 'examples/greater-manchester/GM-0001.lesson.yaml']);
    assert.deepEqual(JSON.parse(one.stdout), { 'GM-0001': all['GM-0001'] });
    const threshold = all['GM-0001'][0].score - 0.0001;
    const strict = await runBuiltCli(['similar', '--json', '--threshold', String(threshold), 'examples', 'examples/greater-manchester/GM-0001.lesson.yaml']);
    assert.deepEqual(
      (JSON.parse(strict.stdout) as Record<string, SimilarJsonMatch[]>)['GM-0001'].map((match) => match.id),
      ['YH-0002'],
    );
  });

  it('text output: the lesson, then one line per match with its score and where it is', async () => {
    const run = await runBuiltCli(['similar', '--top', '2', 'examples', 'examples/one-london/OL-0003.lesson.yaml']);
    const lines = run.stdout.trimEnd().split('\n');
    assert.match(lines[0], /^Lessons like OL-0003 'Records for the same patient split/);
    assert.match(lines[1], /^\* 0\.\d\d {2}WX-0002 {2}Thousands of duplicate patients .*\(Wessex Care Records, collated\) {2}wessex\/WX-0002\.lesson\.yaml$/);
    assert.equal(lines.length, 4);
  });

  it('a draft outside the workspace is compared without joining it; lessons without a unique id are named by path', async () => {
    const workspace = tempWorkspace({
      'ws/a/GM-0001.lesson.yaml': lessonText({ id: 'GM-0001' }),
      'ws/b/GM-0001.lesson.yaml': lessonText({ id: 'GM-0001', title: 'Same id, other lesson' }),
      'ws/c/GM-0002.lesson.yaml': lessonText({ id: 'GM-0002', title: 'Consent leaflets', good: '|\n  Leaflets were read.' }),
      'draft/draft.lesson.yaml': lessonText({ id: 'GM-0099' }),
    });
    try {
      const run = await runBuiltCli(['similar', '--json', 'ws', 'draft/draft.lesson.yaml'], { cwd: workspace.root });
      assert.equal(run.code, 0, run.stderr);
      const result = JSON.parse(run.stdout) as Record<string, SimilarJsonMatch[]>;
      assert.deepEqual(Object.keys(result), ['GM-0099']);
      assert.deepEqual(
        result['GM-0099']
          .slice(0, 2)
          .map((match) => match.id)
          .sort(),
        ['a/GM-0001.lesson.yaml', 'b/GM-0001.lesson.yaml'],
      );
    } finally {
      workspace.dispose();
    }
  });

  it('usage errors exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [['similar'], /give the workspace folder/],
      [['similar', 'no-such-folder'], /'no-such-folder' is not a folder/],
      [['similar', '--top', '0', 'examples'], /--top must be a whole number of at least 1/],
      [['similar', '--threshold', '1.5', 'examples'], /--threshold must be a number from 0 to 1/],
      [['similar', 'examples', 'README.md'], /'README.md' does not exist|is not a lesson file/],
    ];
    for (const [args, message] of cases) {
      const run = await runBuiltCli(args);
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, message);
    }
  });
});
