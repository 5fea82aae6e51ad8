import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';

const ROOT = path.resolve(__dirname, '../..');

/** The rules eslint.config.mjs reports for `code` as if it were the file at `file` (relative to the repository). */
async function rulesBroken(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.map((message) => message.ruleId ?? message.message);
}

const RESTRICTED = '@typescript-eslint/no-restricted-imports';

describe('layers: eslint.config.mjs enforces docs/architecture.md', function () {
  // Loading typescript-eslint takes a few seconds the first time.
  this.timeout(60_000);

  const cases: { file: string; from: string; allowed: boolean }[] = [
    { file: 'server/src/engine/lesson/anything.ts', from: '../../lsp/settings', allowed: false },
    { file: 'server/src/engine/lesson/anything.ts', from: '../../cli/toolInfo', allowed: false },
    { file: 'server/src/engine/lesson/anything.ts', from: 'vscode-languageserver', allowed: false },
    { file: 'server/src/engine/lesson/anything.ts', from: 'vscode', allowed: false },
    { file: 'server/src/engine/lesson/anything.ts', from: '../../../../shared/stages', allowed: true },
    { file: 'server/src/engine/lesson/anything.ts', from: '../yaml/parseYamlFile', allowed: true },
    { file: 'server/src/cli/commands/anything.ts', from: '../../lsp/settings', allowed: false },
    { file: 'server/src/cli/commands/anything.ts', from: '../../engine/workspace/LessonWorkspace', allowed: true },
    { file: 'server/src/cli/anything.ts', from: '../analysis/parallelAnalysis', allowed: true },
    { file: 'server/src/engine/lesson/anything.ts', from: '../../analysis/parallelAnalysis', allowed: false },
    { file: 'server/src/analysis/anything.ts', from: '../lsp/scheduling/timeSlicer', allowed: false },
    { file: 'server/src/analysis/anything.ts', from: '../engine/lesson/analyzeLesson', allowed: true },
    { file: 'server/src/lsp/features/anything.ts', from: '../../cli/toolInfo', allowed: false },
    { file: 'server/src/lsp/features/anything.ts', from: 'vscode', allowed: false },
    { file: 'server/src/lsp/features/anything.ts', from: '../../engine/index/LessonIndex', allowed: true },
    { file: 'client/src/tree/anything.ts', from: '../../../server/src/engine/lesson/lessonModel', allowed: false },
    { file: 'client/src/tree/anything.ts', from: '../../../server/src/lsp/settings', allowed: false },
    { file: 'client/src/tree/anything.ts', from: 'vscode-languageserver', allowed: false },
    { file: 'client/src/tree/anything.ts', from: '../../../shared/protocol', allowed: true },
    { file: 'shared/protocol/anything.ts', from: 'node:fs', allowed: false },
    { file: 'shared/protocol/anything.ts', from: '../../server/src/engine/isObject', allowed: false },
    { file: 'shared/protocol/anything.ts', from: 'vscode-languageserver-protocol', allowed: true },
  ];

  for (const { file, from, allowed } of cases) {
    it(`${file.split('/anything')[0]} ${allowed ? 'may' : 'may not'} import ${from}`, async () => {
      const broken = await rulesBroken(file, `import { something } from '${from}';\nexport const used = something;\n`);
      assert.equal(broken.includes(RESTRICTED), !allowed, `rules reported: ${broken.join(', ') || 'none'}`);
    });
  }

  it('holds production files to 300 lines, but not tests', async () => {
    const long = Array.from({ length: 301 }, (_, line) => `export const line${line} = ${line};`).join('\n') + '\n';
    assert.ok((await rulesBroken('server/src/engine/lesson/anything.ts', long)).includes('max-lines'));
    assert.ok((await rulesBroken('client/src/tree/anything.ts', long)).includes('max-lines'));
    assert.ok(!(await rulesBroken('test/unit/anything.test.ts', long)).includes('max-lines'));
  });
});
