import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { newLessonText } from '../../server/src/engine/authoring/newLesson';
import { todayIso } from '../../server/src/engine/lesson/analyzeLesson';
import { lessonText, tempWorkspace } from '../protocol/support/tempWorkspace';
import { runBuiltCli } from './support/runBuiltCli';

const CONFIG = `localities:
  - name: Leeds Care Record
    prefix: LD
    aliases: [Leeds]
    folder: leeds
  - name: Dorset Care Record
    prefix: DC
`;

describe('cli: learn-once new', () => {
  let workspace: ReturnType<typeof tempWorkspace> | undefined;
  afterEach(() => {
    workspace?.dispose();
    workspace = undefined;
  });

  it("writes the editor's template with the locality's next free id into the locality's folder", async () => {
    workspace = tempWorkspace({
      'learn-once.yaml': CONFIG,
      'leeds/LD-0001.lesson.yaml': lessonText({ id: 'LD-0001', locality: 'Leeds Care Record' }),
      'elsewhere/LD-0007.lesson.yaml': lessonText({ id: 'LD-0007', locality: 'Leeds Care Record' }),
    });
    const run = await runBuiltCli(['new', '--locality', 'Leeds', '--title', 'Shift changeover sessions: what worked', workspace.root], { cwd: workspace.root });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, 'leeds/LD-0008.lesson.yaml\n');
    const locality = { name: 'Leeds Care Record', prefix: 'LD', aliases: ['Leeds'], folder: 'leeds' };
    assert.equal(
      readFileSync(workspace.path('leeds/LD-0008.lesson.yaml'), 'utf8'),
      newLessonText({ id: 'LD-0008', title: 'Shift changeover sessions: what worked', locality, date: todayIso() }),
    );

    const next = await runBuiltCli(['new', '-l', 'LD', '-t', 'Another'], { cwd: workspace.path('leeds') });
    assert.equal(next.code, 0, next.stderr);
    assert.equal(next.stdout, 'LD-0009.lesson.yaml\n', 'run from inside the workspace, the id moves on and the path is relative to where it ran');
  });

  it('a locality without a folder gets its name in kebab case, and the new lesson passes check apart from its placeholders', async () => {
    workspace = tempWorkspace({ 'learn-once.yaml': CONFIG });
    const run = await runBuiltCli(['new', '--locality', 'dorset care record', '--title', 'First lesson', '.'], { cwd: workspace.root });
    assert.equal(run.stdout, 'dorset-care-record/DC-0001.lesson.yaml\n');
    const check = await runBuiltCli(['check', '--format', 'json', '.'], { cwd: workspace.root });
    const codes = (JSON.parse(check.stdout) as { files: { problems: { code: string }[] }[] }).files.flatMap((file) => file.problems.map((p) => p.code));
    assert.deepEqual(codes, ['placeholder-answer', 'placeholder-answer', 'placeholder-answer']);
  });

  it('usage errors name the problem and exit 2', async () => {
    workspace = tempWorkspace({ 'learn-once.yaml': CONFIG });
    const cases: [string[], RegExp][] = [
      [['new', '--title', 'x'], /--locality is required/],
      [['new', '--locality', 'Leeds'], /--title is required/],
      [['new', '--locality', 'Leeds', '--title', '   '], /--title is required/],
      [['new', '--locality', 'Leeds', '--title', 'two\nlines'], /--title is one line/],
      [
        ['new', '--locality', 'Narnia', '--title', 'x'],
        /'Narnia' is not a locality of this workspace\. Known localities: Leeds Care Record \(LD\), Dorset Care Record \(DC\)\./,
      ],
      [['new', '--locality', 'Leeds', '--title', 'x', 'missing-folder'], /'missing-folder' is not a folder/],
    ];
    for (const [args, message] of cases) {
      const run = await runBuiltCli(args, { cwd: workspace.root });
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, message);
    }
  });
});
