import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { JsonReport } from '../../server/src/cli/format/json';
import { lessonText, tempWorkspace } from '../protocol/support/tempWorkspace';
import { EXAMPLES, REPO_ROOT, runBuiltCli } from './support/runBuiltCli';

const TEXT_LINE = /^(?<file>[^:]+):(?<line>\d+):(?<col>\d+) (?<severity>error|warning|information|hint) (?<code>[a-z-]+) (?<message>.+)$/;

describe('cli: learn-once check', () => {
  let workspace: ReturnType<typeof tempWorkspace> | undefined;
  afterEach(() => {
    workspace?.dispose();
    workspace = undefined;
  });

  it('a clean workspace prints nothing on stdout, a summary on stderr, and exits 0', async () => {
    workspace = tempWorkspace({ 'GM-0001.lesson.yaml': lessonText({ id: 'GM-0001' }) });
    const run = await runBuiltCli(['check', workspace.root]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, '1 lesson checked: 0 errors, 0 warnings.\n');
  });

  it("warnings only: the sample workspace prints its rough draft's two warnings and exits 0", async () => {
    const run = await runBuiltCli(['check', 'examples']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(run.stdout.trimEnd().split('\n'), [
      "examples/great-north/GN-0005.lesson.yaml:9:5 warning unknown-topic Topic 'ambulance' is not in this workspace's topic list (topics in learn-once.yaml); add it there if it is a new subject.",
      'examples/great-north/GN-0005.lesson.yaml:17:15 warning placeholder-answer improvements only says \'TBC\': answer "What improvements could be made next time?"',
    ]);
    assert.equal(run.stderr, '33 lessons and 1 theme checked: 0 errors, 2 warnings.\n');
  });

  it('text: one file:line:col severity code message line per problem, paths relative to the current folder, no colour in a pipe, exit 1', async () => {
    const run = await runBuiltCli(['check', 'test/fixtures/parity']);
    assert.equal(run.code, 1);
    const lines = run.stdout.trimEnd().split('\n');
    for (const line of lines) assert.match(line, TEXT_LINE);
    assert.ok(!run.stdout.includes('\u001b['), 'no ANSI escapes when stdout is not a terminal');
    assert.ok(
      lines.includes(
        "test/fixtures/parity/manchester/GM-0002.lesson.yaml:4:8 error invalid-value stage must be one of captured, collated, organised, curated, communicated — did you mean 'curated'?",
      ),
    );
    assert.ok(
      lines.includes('test/fixtures/parity/learn-once.yaml:16:14 error config-error similarity.threshold must be at most 1'),
      'the config file is checked too',
    );
    assert.match(run.stderr, /^19 lessons and 2 themes checked: 27 errors, 12 warnings\.\n$/);
  });

  it('text: colour when FORCE_COLOR is set, and none when NO_COLOR is', async () => {
    const forced = await runBuiltCli(['check', 'test/fixtures/parity/manchester/GM-0002.lesson.yaml'], { env: { FORCE_COLOR: '1' } });
    assert.match(forced.stdout, /\u001b\[31merror\u001b\[39m/);
    const plain = await runBuiltCli(['check', 'test/fixtures/parity/manchester/GM-0002.lesson.yaml'], { env: { NO_COLOR: '1' } });
    assert.ok(!plain.stdout.includes('\u001b['));
  });

  it('json: every file with its problems and zero-based ranges; the summary adds up', async () => {
    const run = await runBuiltCli(['check', '--format', 'json', 'test/fixtures/parity']);
    assert.equal(run.code, 1);
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.equal(report.tool.name, 'learn-once');
    assert.equal(report.files.filter((file) => file.kind === 'lesson').length, report.summary.lessons);
    const all = report.files.flatMap((file) => file.problems);
    assert.equal(all.filter((p) => p.severity === 'error').length, report.summary.errors);
    assert.equal(all.filter((p) => p.severity === 'warning').length, report.summary.warnings);
    const gm2 = report.files.find((file) => file.path === 'test/fixtures/parity/manchester/GM-0002.lesson.yaml')!;
    assert.deepEqual(
      gm2.problems.map((p) => [p.code, p.range.start.line, p.range.start.character, p.range.end.character]),
      [
        ['invalid-value', 3, 7, 13],
        ['invalid-date', 4, 6, 16],
      ],
    );
    const clean = report.files.find((file) => file.path.endsWith('GM-0001.lesson.yaml'))!;
    assert.deepEqual(clean.problems, [], 'clean files are listed with no problems');
    const duplicate = report.files.find((file) => file.path.endsWith('OL-0002.lesson.yaml'))!.problems[0];
    assert.equal(duplicate.code, 'duplicate-id');
    assert.equal(duplicate.related?.[0].path, 'test/fixtures/parity/london/OL-0002-copy.lesson.yaml');
  });

  it('naming one file checks only it, against the whole workspace (a duplicate id elsewhere is still found)', async () => {
    const run = await runBuiltCli(['check', '--format', 'json', 'test/fixtures/parity/london/OL-0002.lesson.yaml']);
    const report = JSON.parse(run.stdout) as JsonReport;
    const lessons = report.files.filter((file) => file.kind === 'lesson');
    assert.deepEqual(
      lessons.map((file) => file.path),
      ['test/fixtures/parity/london/OL-0002.lesson.yaml'],
    );
    assert.deepEqual(
      lessons[0].problems.map((p) => p.code),
      ['duplicate-id'],
    );
  });

  it('--fail-on warning and --max-warnings decide whether warnings fail the run', async () => {
    workspace = tempWorkspace({
      'GM-0001.lesson.yaml': lessonText({ id: 'GM-0001', good: 'TBD' }),
      'GM-0002.lesson.yaml': lessonText({ id: 'GM-0002', good: 'n/a' }),
    });
    const codeFor = async (...args: string[]): Promise<number | null> => (await runBuiltCli(['check', ...args, workspace!.root])).code;
    assert.equal(await codeFor(), 0, 'warnings alone do not fail by default');
    assert.equal(await codeFor('--fail-on', 'warning'), 1);
    assert.equal(await codeFor('--fail-on', 'error'), 0);
    assert.equal(await codeFor('--max-warnings', '1'), 1, 'two warnings are more than one');
    assert.equal(await codeFor('--max-warnings', '2'), 0);
    const quiet = await runBuiltCli(['check', '--quiet', '--max-warnings', '0', workspace.root]);
    assert.equal(quiet.code, 1);
    assert.equal(quiet.stderr, '', '--quiet leaves stderr empty');
  });

  it('a workspace nested in another (its own learn-once.yaml): each lesson listed once, checked with its own config', async () => {
    workspace = tempWorkspace({
      'learn-once.yaml': 'localities:\n  - {name: Greater Manchester Care Record, prefix: GM}\n',
      'GM-0001.lesson.yaml': lessonText({ id: 'GM-0001' }),
      'inner/learn-once.yaml': 'localities:\n  - {name: One London, prefix: OL}\n',
      'inner/OL-0001.lesson.yaml': lessonText({ id: 'OL-0001', locality: 'One London' }),
      'inner/GM-0002.lesson.yaml': lessonText({ id: 'GM-0002' }),
    });
    const run = await runBuiltCli(['check', '--format', 'json', '.', 'inner'], { cwd: workspace.root });
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.deepEqual(
      report.files.map((file) => [file.path, file.problems.map((p) => p.code)]),
      [
        ['GM-0001.lesson.yaml', []],
        ['inner/GM-0002.lesson.yaml', ['unknown-locality']],
        ['inner/OL-0001.lesson.yaml', []],
        ['inner/learn-once.yaml', []],
        ['learn-once.yaml', []],
      ],
    );
    assert.equal(report.summary.lessons, 3);
  });

  it('--output writes the result to a file', async () => {
    workspace = tempWorkspace({});
    const out = path.join(workspace.root, 'out/results.sarif');
    const run = await runBuiltCli(['check', '--format', 'sarif', '--output', out, 'examples']);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, '');
    assert.equal((JSON.parse(readFileSync(out, 'utf8')) as { version: string }).version, '2.1.0');
  });

  it('usage errors say what was wrong and exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [['check', '--format', 'xml'], /--format must be one of text, json, sarif, not 'xml'/],
      [['check', '--fail-on', 'info'], /--fail-on must be one of error, warning/],
      [['check', '--max-warnings', 'lots'], /--max-warnings must be a whole number of at least 0, not 'lots'/],
      [['check', '--max-warnings'], /option '--max-warnings' needs a value/],
      [['check', '--colour'], /unknown option '--colour'/],
      [['check', 'no/such/folder'], /'no\/such\/folder' does not exist/],
      [['check', 'package.json'], /'package.json' is not a lesson file/],
      [['frobnicate'], /unknown command 'frobnicate'/],
    ];
    for (const [args, message] of cases) {
      const run = await runBuiltCli(args);
      assert.equal(run.code, 2, `${args.join(' ')} → ${run.stderr}`);
      assert.match(run.stderr, message);
      assert.equal(run.stdout, '');
    }
  });

  it('--help for the tool and each command, and --version from package.json', async () => {
    const version = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const printed = await runBuiltCli(['--version']);
    assert.equal(printed.stdout, `${version}\n`);
    const help = await runBuiltCli(['--help']);
    for (const command of ['check', 'report', 'new', 'similar']) assert.match(help.stdout, new RegExp(`learn-once ${command}`));
    for (const command of ['check', 'report', 'new', 'similar']) {
      const run = await runBuiltCli([command, '--help']);
      assert.equal(run.code, 0);
      assert.match(run.stdout, new RegExp(`^Usage: learn-once ${command}`));
    }
  });

  it('runs from inside a workspace folder with no path', async () => {
    const run = await runBuiltCli(['check', '--format', 'json'], { cwd: path.join(EXAMPLES, 'leeds') });
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.equal(run.code, 0);
    assert.deepEqual(
      report.files.filter((file) => file.kind === 'lesson').map((file) => file.path),
      ['LD-0001.lesson.yaml', 'LD-0002.lesson.yaml', 'LD-0003.lesson.yaml', 'LD-0004.lesson.yaml'],
      'the lessons under the current folder, with references resolved across the whole workspace',
    );
  });
});
