import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isSafeRelativeFolder, parseWorkspaceConfig } from '../../../../server/src/engine/config/workspaceConfig';

describe('safety: config paths stay inside the workspace', () => {
  const refused: [string, RegExp][] = [
    ['../../etc', /'\.\.' leads out of the workspace/],
    ['lessons/../../outside', /'\.\.' leads out of the workspace/],
    ['a/../b', /'\.\.' leads out of the workspace/],
    ['..\\\\..\\\\windows', /'\.\.' leads out of the workspace/],
    ['/etc/cron.d', /it is an absolute path/],
    ['\\\\\\\\server\\\\share', /it is an absolute path/],
    ['C:\\\\Windows', /it names a drive/],
    ['d:relative', /it names a drive/],
    ['a\\u0000b', /it holds a control character/],
    ['line\\nbreak', /it holds a control character/],
  ];

  for (const [written, reason] of refused) {
    it(`folder "${written}" is refused with a problem on the value, and the locality falls back to its own folder`, () => {
      const text = `localities:\n  - name: Leeds Care Record\n    prefix: LD\n    folder: "${written}"\n`;
      const { config, problems } = parseWorkspaceConfig(text);
      assert.equal(problems.length, 1, JSON.stringify(problems.map((problem) => problem.message)));
      const [problem] = problems;
      assert.equal(problem.code, 'config-error');
      assert.equal(problem.severity, 'error');
      assert.match(problem.message, /^folder ".*" is refused: /);
      assert.match(problem.message, reason);
      assert.match(problem.message, /New lessons of this locality go in 'leeds-care-record' instead\.$/);
      assert.deepEqual(problem.range.start, { line: 3, character: 12 });
      assert.equal(config.localities[0].folder, 'leeds-care-record');
    });
  }

  it('folders inside the workspace are kept and give no problem', () => {
    for (const folder of ['leeds', 'lessons/leeds', './leeds', '~/notes', '.lessons', 'two words']) {
      const { config, problems } = parseWorkspaceConfig(`localities:\n  - name: Leeds Care Record\n    prefix: LD\n    folder: "${folder}"\n`);
      assert.deepEqual(problems, [], folder);
      assert.equal(config.localities[0].folder, folder);
      const root = path.resolve('/workspace');
      assert.ok(path.resolve(root, folder).startsWith(root + path.sep), `${folder} resolves inside the workspace`);
      assert.ok(isSafeRelativeFolder(folder));
    }
  });

  it('the schemas are part of the build, so no setting or file can point the server at another schema', () => {
    const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8')) as {
      contributes: { configuration: { properties: Record<string, unknown> } };
      capabilities: { untrustedWorkspaces: { supported: boolean } };
    };
    const settings = Object.keys(manifest.contributes.configuration.properties);
    assert.deepEqual(
      settings.filter((name) => /schema|path|folder|command|executable/i.test(name)),
      [],
    );
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true, 'nothing is executed, so untrusted workspaces are supported');
  });
});
