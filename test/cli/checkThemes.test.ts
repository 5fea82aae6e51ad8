import * as assert from 'node:assert/strict';
import type { JsonReport } from '../../server/src/cli/format/json';
import { lessonText, tempWorkspace } from '../protocol/support/tempWorkspace';
import { runBuiltCli } from './support/runBuiltCli';

const THEME = 'id: TH-0001\ntitle: Agreements take a year\nlessons: [GM-0001, "GM-0099"]\nsummary: Slow.\n';

describe('cli: learn-once check with themes', () => {
  let workspace: ReturnType<typeof tempWorkspace> | undefined;
  afterEach(() => {
    workspace?.dispose();
    workspace = undefined;
  });

  it('checks theme files in the folders given, their lesson ids against every lesson, and exits 1 on an unknown id', async () => {
    workspace = tempWorkspace({
      'gm/GM-0001.lesson.yaml': lessonText({ id: 'GM-0001' }),
      'themes/TH-0001.theme.yaml': THEME,
      'themes/TH-0002.theme.yaml': 'id: TH-0002\ntitle: x\nlessons: []\n',
    });
    const run = await runBuiltCli(['check', '.'], { cwd: workspace.root });
    assert.equal(run.code, 1);
    assert.deepEqual(run.stdout.trimEnd().split('\n'), [
      "themes/TH-0001.theme.yaml:3:20 error unknown-reference lessons names 'GM-0099', but no lesson in the workspace has that id.",
      "themes/TH-0002.theme.yaml:1:1 error missing-field Missing required field 'summary': One paragraph on what these lessons together say, for readers elsewhere.",
    ]);
    assert.equal(run.stderr, '1 lesson and 2 themes checked: 2 errors, 0 warnings.\n');
  });

  it('checks a theme named on its own, against the whole workspace, and lists it as a theme in JSON', async () => {
    workspace = tempWorkspace({
      'learn-once.yaml': '',
      'gm/GM-0001.lesson.yaml': lessonText({ id: 'GM-0001' }),
      'themes/TH-0001.theme.yaml': THEME.replace(', "GM-0099"', ''),
    });
    const run = await runBuiltCli(['check', '--format', 'json', 'themes/TH-0001.theme.yaml'], { cwd: workspace.root });
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.deepEqual(
      report.files.map((file) => [file.path, file.kind, file.problems.length]),
      [
        ['learn-once.yaml', 'config', 0],
        ['themes/TH-0001.theme.yaml', 'theme', 0],
      ],
    );
    assert.deepEqual(report.summary, { lessons: 0, themes: 1, errors: 0, warnings: 0, information: 0, hints: 0 });
  });
});
