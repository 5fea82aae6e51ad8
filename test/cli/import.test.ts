import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { IMPORT_HELP } from '../../server/src/cli/commands/import';
import { runCli } from '../../server/src/cli/runCli';
import { todayIso } from '../../server/src/engine/lesson/analyzeLesson';
import { lessonText, tempWorkspace } from '../protocol/support/tempWorkspace';
import { memoryIo } from './support/memoryIo';
import { REPO_ROOT, runBuiltCli } from './support/runBuiltCli';

const CONFIG = `localities:
  - name: Leeds Care Record
    prefix: LD
    aliases: [Leeds]
    folder: leeds
  - name: Dorset Care Record
    prefix: DC
`;

/** A Microsoft Forms export as Excel saves it to "CSV UTF-8": a byte order mark, Windows line ends, quoted cells. */
const FORMS_CSV = [
  '\uFEFFID,Start time,Email,Lesson title,Which locality?,What was good?,What was not so good,What could be improved next time?,Topics,Stage',
  '1,14/03/2025 10:01,a@nhs.net,"Consent: opt-outs, applied twice",Leeds,"One IG lead per trust.\r\nAgreed ""once"" # really","Nine months, three boards",Agree one route,consent;data sharing;,',
  ',,,,,,,,,',
  '2,14/03/2025 10:05,b@nhs.net,Shift changeover sessions,DC,Good,Not so good,Better next time,,Collated',
  '',
].join('\r\n');

/** Problem codes a lesson written by the import must never have: the YAML and the schema. */
const SCHEMA_CODES = [
  'yaml-syntax',
  'yaml-warning',
  'duplicate-key',
  'missing-field',
  'unknown-field',
  'wrong-type',
  'invalid-format',
  'invalid-value',
  'empty-value',
  'duplicate-item',
  'duplicate-id',
];

type Workspace = ReturnType<typeof tempWorkspace>;

/** Every file under the workspace, relative, sorted: what an import that writes nothing must leave as it was. */
function filesIn(workspace: Workspace): string[] {
  return readdirSync(workspace.root, { recursive: true, encoding: 'utf8' })
    .map((entry) => entry.split(path.sep).join('/'))
    .sort();
}

async function checkCodes(workspace: Workspace): Promise<string[]> {
  const check = await runBuiltCli(['check', '--format', 'json', '.'], { cwd: workspace.root });
  return (JSON.parse(check.stdout) as { files: { problems: { code: string }[] }[] }).files.flatMap((file) => file.problems.map((problem) => problem.code));
}

describe('cli: learn-once import', () => {
  let workspace: Workspace | undefined;
  afterEach(() => {
    workspace?.dispose();
    workspace = undefined;
  });

  it('imports a Forms CSV export: BOM, Windows line ends, quotes, commas and line breaks in cells, an empty row', async () => {
    workspace = tempWorkspace({
      'learn-once.yaml': CONFIG,
      'responses.csv': FORMS_CSV,
      'leeds/LD-0004.lesson.yaml': lessonText({ id: 'LD-0004', locality: 'Leeds Care Record' }),
    });
    const run = await runBuiltCli(['import', 'responses.csv'], { cwd: workspace.root });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, 'leeds/LD-0005.lesson.yaml\ndorset-care-record/DC-0001.lesson.yaml\n');
    assert.match(run.stderr, /Not imported: 3 columns no lesson field matches \('ID', 'Start time', 'Email'\)/);
    assert.match(run.stderr, /Imported 2 lessons from responses\.csv: 0 errors, 0 warnings\./);

    const written = parse(readFileSync(workspace.path('leeds/LD-0005.lesson.yaml'), 'utf8')) as Record<string, unknown>;
    assert.deepEqual(written, {
      id: 'LD-0005',
      title: 'Consent: opt-outs, applied twice',
      locality: 'Leeds Care Record',
      stage: 'captured',
      date: todayIso(),
      topics: ['consent', 'data sharing'],
      good: 'One IG lead per trust.\nAgreed "once" # really\n',
      not_so_good: 'Nine months, three boards\n',
      improvements: 'Agree one route\n',
    });
    assert.equal((parse(readFileSync(workspace.path('dorset-care-record/DC-0001.lesson.yaml'), 'utf8')) as { stage: string }).stage, 'collated');
    assert.deepEqual(
      (await checkCodes(workspace)).filter((code) => SCHEMA_CODES.includes(code)),
      [],
      'the written lessons pass check without YAML or schema errors',
    );
  });

  it('imports an Excel workbook, continuing the ids already in use', async () => {
    workspace = tempWorkspace({ 'learn-once.yaml': CONFIG, 'elsewhere/LD-0009.lesson.yaml': lessonText({ id: 'LD-0009', locality: 'Leeds Care Record' }) });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Form1');
    sheet.addRow(['Id', 'Title', 'Locality', 'Date', 'Good', 'Not So Good', 'Improvements', 'Related', 'Summary']);
    sheet.addRow([
      1,
      'Sign-off: "nine" months, #1',
      'leeds',
      new Date(Date.UTC(2025, 2, 14)),
      'line one\nline two',
      'x',
      'y',
      'LD-0009; ld-0011',
      'First.\nSecond.',
    ]);
    sheet.addRow([]);
    sheet.addRow([2, 'Second', 'Leeds Care Record', '2025-01-02', 'a', 'b', 'c', '', '']);
    await workbook.xlsx.writeFile(workspace.path('export.xlsx'));

    const run = await runBuiltCli(['import', workspace.path('export.xlsx'), workspace.root], { cwd: workspace.root });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, 'leeds/LD-0010.lesson.yaml\nleeds/LD-0011.lesson.yaml\n');
    const first = parse(readFileSync(workspace.path('leeds/LD-0010.lesson.yaml'), 'utf8')) as Record<string, unknown>;
    assert.equal(first.title, 'Sign-off: "nine" months, #1');
    assert.equal(first.date, '2025-03-14');
    assert.equal(first.good, 'line one\nline two\n');
    assert.deepEqual(first.related, ['LD-0009', 'LD-0011']);
    assert.equal(first.summary, 'First.\nSecond.\n');
    const codes = await checkCodes(workspace);
    assert.deepEqual(
      codes.filter((code) => SCHEMA_CODES.includes(code) || code === 'unknown-reference'),
      [],
      'LD-0011 is related to from the row before it and exists once the import is written',
    );
  });

  it('refuses a bad row with its row number and writes nothing at all', async () => {
    const csv = 'Title,Locality,Good\r\nFine,Leeds,x\r\n,,\r\nNo place,,y\r\n,Leeds,z\r\nSomewhere,Narnia,w\r\n';
    workspace = tempWorkspace({ 'learn-once.yaml': CONFIG, 'in.csv': csv });
    const before = filesIn(workspace);
    const run = await runBuiltCli(['import', 'in.csv'], { cwd: workspace.root });
    assert.equal(run.code, 1);
    assert.equal(run.stdout.split('\n').filter((line) => line.endsWith('.lesson.yaml')).length, 0, 'no path is printed as written');
    assert.match(run.stderr, /^row 4: no locality: the locality cell \(column B\) is empty\.$/m);
    assert.match(run.stderr, /^row 5: no title: the title cell \(column A\) is empty\.$/m);
    assert.match(
      run.stderr,
      /^row 6: unknown locality 'Narnia': it is not a locality of this workspace\. Known localities: Leeds Care Record \(LD\), Dorset Care Record \(DC\)\.$/m,
    );
    assert.match(run.stderr, /Nothing was written: 3 rows of in\.csv could not be placed\./);
    assert.deepEqual(filesIn(workspace), before);
  });

  it('--dry-run shows each file and its YAML and writes nothing', async () => {
    workspace = tempWorkspace({ 'learn-once.yaml': CONFIG, 'in.csv': 'Title,Locality,Topics\nA lesson,Leeds,a;b\n' });
    const before = filesIn(workspace);
    const run = await runBuiltCli(['import', '--dry-run', 'in.csv'], { cwd: workspace.root });
    assert.equal(run.code, 0, run.stderr);
    assert.ok(
      run.stdout.startsWith('# leeds/LD-0001.lesson.yaml (row 2)\nid: LD-0001\ntitle: A lesson\nlocality: Leeds Care Record\nstage: captured\n'),
      run.stdout,
    );
    assert.match(run.stdout, /^topics: \[a, b\]$/m);
    assert.match(run.stdout, /^leeds\/LD-0001\.lesson\.yaml:\d+:\d+ warning placeholder-answer /m, 'the unanswered questions are pointed out');
    assert.match(run.stderr, /Dry run: 1 lesson from in\.csv would be written \(0 errors, \d+ warnings\); nothing was written\./);
    assert.deepEqual(filesIn(workspace), before);
  });

  it('a write that fails leaves nothing written and exits 2', async () => {
    // A file where Dorset's folder should be: Leeds's lesson is written first, then taken back.
    workspace = tempWorkspace({ 'learn-once.yaml': CONFIG, 'dorset-care-record': 'not a folder', 'in.csv': 'Title,Locality\nA,Leeds\nB,Dorset Care Record\n' });
    const before = filesIn(workspace);
    const run = await runBuiltCli(['import', 'in.csv'], { cwd: workspace.root });
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /Nothing was written: could not write dorset-care-record\/DC-0001\.lesson\.yaml: /);
    assert.equal(run.stdout.split('\n').filter((line) => line.endsWith('.lesson.yaml')).length, 0);
    assert.deepEqual(filesIn(workspace), before);
  });

  it('--json gives every lesson with its row, id, path, text and problems, and the refused rows', async () => {
    workspace = tempWorkspace({ 'learn-once.yaml': CONFIG, 'in.csv': 'Title,Locality,Stage,Good,Not so good,Improvements,Name\nA,Leeds,curated,g,n,i,Jo\n' });
    const run = await runBuiltCli(['import', '--json', 'in.csv'], { cwd: workspace.root });
    assert.equal(run.code, 1, 'a curated lesson without a summary is an error, as check says');
    const json = JSON.parse(run.stdout) as {
      dryRun: boolean;
      written: boolean;
      summary: Record<string, number>;
      lessons: { row: number; id: string; path: string; text: string; problems: { code: string }[] }[];
      refused: unknown[];
      ignoredColumns: string[];
    };
    assert.equal(json.dryRun, false);
    assert.equal(json.written, true);
    assert.deepEqual(json.summary, { lessons: 1, refused: 0, errors: 1, warnings: 0, information: 0, hints: 0 });
    assert.deepEqual(
      json.lessons.map((lesson) => [lesson.row, lesson.id, lesson.path, lesson.problems.map((problem) => problem.code)]),
      [[2, 'LD-0001', 'leeds/LD-0001.lesson.yaml', ['summary-required']]],
    );
    assert.equal(json.lessons[0].text, readFileSync(workspace.path('leeds/LD-0001.lesson.yaml'), 'utf8'));
    assert.deepEqual(json.refused, []);
    assert.deepEqual(json.ignoredColumns, ['Name']);
  });

  it('--map reads other headers from a mapping file', async () => {
    workspace = tempWorkspace({
      'learn-once.yaml': CONFIG,
      'in.csv': 'Headline,Which ShCR are you from?,Best bits,Anything else?\nA,Leeds,It worked,nothing\n',
      'map.yaml': 'Headline: title\nWhich ShCR are you from?: locality\nBest bits: good\nAnything else?: ignore\n',
    });
    const run = await runBuiltCli(['import', '--map', 'map.yaml', 'in.csv'], { cwd: workspace.root });
    assert.equal(run.code, 0, run.stderr);
    assert.ok(!run.stderr.includes('Not imported'), 'a column the mapping leaves out is not listed');
    assert.equal((parse(readFileSync(workspace.path('leeds/LD-0001.lesson.yaml'), 'utf8')) as { good: string }).good, 'It worked\n');
  });

  it('usage errors and files that cannot be read exit 2 and say why', async () => {
    workspace = tempWorkspace({
      'learn-once.yaml': CONFIG,
      'old.xls': 'x',
      'fake.xlsx': 'a,b\n',
      'in.csv': 'Title,Locality\nA,Leeds\n',
      'map.yaml': 'A: nothing\n',
    });
    const cases: [string[], RegExp][] = [
      [['import'], /give the spreadsheet to import/],
      [['import', 'missing.csv'], /missing\.csv does not exist/],
      [['import', 'old.xls'], /old Excel format/],
      [['import', 'fake.xlsx'], /fake\.xlsx is not an Excel workbook/],
      [['import', 'in.csv', 'no-such-folder'], /'no-such-folder' is not a folder/],
      [['import', '--map', 'map.yaml', 'in.csv'], /'A' maps to "nothing", which is not a field/],
      [['import', '--map', 'nope.yaml', 'in.csv'], /nope\.yaml does not exist/],
    ];
    for (const [args, message] of cases) {
      const run = await runBuiltCli(args, { cwd: workspace.root });
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, message);
    }
    assert.deepEqual(readdirSync(workspace.root).sort(), ['fake.xlsx', 'in.csv', 'learn-once.yaml', 'map.yaml', 'old.xls']);
  });

  it('runs from the TypeScript sources too, loading the spreadsheet reader beside them', async () => {
    workspace = tempWorkspace({ 'learn-once.yaml': CONFIG, 'in.csv': 'Title,Locality\nA,Leeds\n' });
    const io = memoryIo(workspace.root);
    assert.equal(await runCli(['import', '--quiet', 'in.csv'], io), 0, io.err());
    assert.equal(io.out().split('\n')[0], 'leeds/LD-0001.lesson.yaml');
    assert.equal(io.err(), '');
  });

  it('documents every option of import in its help and in docs/cli.md', () => {
    const docs = readFileSync(path.join(REPO_ROOT, 'docs/cli.md'), 'utf8');
    const options = [...IMPORT_HELP.matchAll(/--([a-z-]+)/g)].map((match) => match[1]).filter((option) => option !== 'help');
    assert.deepEqual([...new Set(options)].sort(), ['dry-run', 'json', 'map', 'quiet']);
    for (const option of options) assert.ok(docs.includes(`--${option}`), `--${option} is documented`);
    assert.match(docs, /## `learn-once import`/);
  });
});
