import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import type { JsonReport } from '../../server/src/cli/format/json';
import { runCli } from '../../server/src/cli/runCli';
import { lessonText, tempWorkspace } from '../protocol/support/tempWorkspace';
import { memoryIo } from './support/memoryIo';
import { runBuiltCli } from './support/runBuiltCli';
// The module object itself (not an import namespace), so the test can stand in for its functions.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- see the line above
import fs = require('node:fs');

describe('cli: bad input is a problem on its path, never a crash', () => {
  let workspace: ReturnType<typeof tempWorkspace> | undefined;
  afterEach(() => {
    workspace?.dispose();
    workspace = undefined;
  });

  it('broken and looping links, a folder named like a lesson, non-UTF-8 and binary files: one problem each, the run goes on, exit 1', async () => {
    workspace = tempWorkspace({
      'GM-0001.lesson.yaml': lessonText({ id: 'GM-0001' }),
      'latin1.lesson.yaml': Buffer.from('id: GM-0002\ntitle: Caf\xe9\n', 'latin1'),
      'binary.lesson.yaml': Buffer.from([0x69, 0x64, 0x3a, 0x00, 0xff, 0x10]),
      'GM-0009.lesson.yaml': lessonText({ id: 'GM-0009', stage: 'curatd' }),
    });
    symlinkSync(workspace.path('nowhere/GM-0003.lesson.yaml'), workspace.path('dangling.lesson.yaml'));
    symlinkSync(workspace.path('loop-b.lesson.yaml'), workspace.path('loop-a.lesson.yaml'));
    symlinkSync(workspace.path('loop-a.lesson.yaml'), workspace.path('loop-b.lesson.yaml'));
    mkdirSync(workspace.path('folder.lesson.yaml'));

    const run = await runBuiltCli(['check', '--format', 'json', '.'], { cwd: workspace.root });
    assert.equal(run.code, 1, `problems give exit code 1, not 2: ${run.stderr}`);
    const report = JSON.parse(run.stdout) as JsonReport;
    const byPath = Object.fromEntries(report.files.map((file) => [file.path, file.problems.map((p) => `${p.code}: ${p.message}`)]));
    assert.deepEqual(byPath, {
      'GM-0001.lesson.yaml': [],
      'GM-0009.lesson.yaml': ["invalid-value: stage must be one of captured, collated, organised, curated, communicated — did you mean 'curated'?"],
      'binary.lesson.yaml': ['not-text: This file is binary, not text; a lesson is a UTF-8 YAML text file.'],
      'dangling.lesson.yaml': ['file-unreadable: This file could not be read: it no longer exists (or is a broken link).'],
      'folder.lesson.yaml': ['file-unreadable: This is a folder named like a lesson file; lessons are files.'],
      'latin1.lesson.yaml': ['not-text: This file is not valid UTF-8 text; save it as UTF-8.'],
      'loop-a.lesson.yaml': ['file-unreadable: This file could not be read: it is a link that loops.'],
      'loop-b.lesson.yaml': ['file-unreadable: This file could not be read: it is a link that loops.'],
    });
    assert.equal(report.summary.lessons, 8);
  });

  it('a broken link or a folder named like a lesson can be named on the command line too', async () => {
    workspace = tempWorkspace({ 'GM-0001.lesson.yaml': lessonText({ id: 'GM-0001' }) });
    symlinkSync(workspace.path('gone.lesson.yaml'), workspace.path('dangling.lesson.yaml'));
    mkdirSync(workspace.path('folder.lesson.yaml'));
    const run = await runBuiltCli(['check', 'dangling.lesson.yaml', 'folder.lesson.yaml'], { cwd: workspace.root });
    assert.equal(run.code, 1);
    assert.deepEqual(
      run.stdout
        .trimEnd()
        .split('\n')
        .map((line) => line.split(' ').slice(0, 3).join(' ')),
      ['dangling.lesson.yaml:1:1 error file-unreadable', 'folder.lesson.yaml:1:1 error file-unreadable'],
    );
  });

  it('a pipe named like a lesson, found in a folder through a link or named directly, is a problem and not a hang', async () => {
    workspace = tempWorkspace({ 'GM-0001.lesson.yaml': lessonText({ id: 'GM-0001' }) });
    execFileSync('mkfifo', [workspace.path('pipe.lesson.yaml')]);
    symlinkSync(workspace.path('pipe.lesson.yaml'), workspace.path('link.lesson.yaml'));
    const run = await runBuiltCli(['check', '.', 'pipe.lesson.yaml'], { cwd: workspace.root, timeoutMs: 15000 });
    assert.equal(run.code, 1);
    assert.deepEqual(run.stdout.trimEnd().split('\n'), [
      'link.lesson.yaml:1:1 error file-unreadable This is a pipe, socket or device named like a lesson file; lessons are files.',
      'pipe.lesson.yaml:1:1 error file-unreadable This is a pipe, socket or device named like a lesson file; lessons are files.',
    ]);
  });

  it('permission denied is reported on the file and the other lessons are still checked', async () => {
    workspace = tempWorkspace({ 'GM-0001.lesson.yaml': lessonText({ id: 'GM-0001' }), 'GM-0002.lesson.yaml': lessonText({ id: 'GM-0002', stage: 'curatd' }) });
    const locked = workspace.path('GM-0001.lesson.yaml');
    // Tests run as root, for whom chmod 000 denies nothing: make the file system say EACCES instead.
    const denied = (): never => {
      throw Object.assign(new Error(`EACCES: permission denied, open '${locked}'`), { code: 'EACCES' });
    };
    const original = { openSync: fs.openSync, stat: fs.promises.stat };
    (fs as { openSync: unknown }).openSync = (file: fs.PathLike, ...rest: unknown[]) =>
      file === locked ? denied() : (original.openSync as (...args: unknown[]) => unknown)(file, ...rest);
    (fs.promises as { stat: unknown }).stat = async (file: fs.PathLike, ...rest: unknown[]) =>
      file === locked ? denied() : (original.stat as (...args: unknown[]) => unknown)(file, ...rest);
    const io = memoryIo(workspace.root);
    let code: number;
    try {
      code = await runCli(['check', '--format', 'json', '.'], io);
    } finally {
      (fs as { openSync: unknown }).openSync = original.openSync;
      (fs.promises as { stat: unknown }).stat = original.stat;
    }
    assert.equal(code, 1);
    const report = JSON.parse(io.out()) as JsonReport;
    assert.deepEqual(
      report.files.map((file) => [file.path, file.problems.map((p) => `${p.code}: ${p.message}`)]),
      [
        ['GM-0001.lesson.yaml', ['file-unreadable: This file could not be read: permission denied.']],
        ['GM-0002.lesson.yaml', ["invalid-value: stage must be one of captured, collated, organised, curated, communicated — did you mean 'curated'?"]],
      ],
    );
  });
});
