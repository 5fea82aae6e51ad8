import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseDocument, isMap, isScalar } from 'yaml';
import { DEFAULT_CONFIG } from '../../../server/src/engine/config/workspaceConfig';
import { analyzeTheme } from '../../../server/src/engine/themes/analyzeTheme';
import { newThemeText } from '../../../server/src/engine/themes/newTheme';

interface Snippet {
  prefix: string;
  description: string;
  body: string[];
  include?: string[];
}

const SNIPPETS = JSON.parse(readFileSync(path.resolve(__dirname, '../../../snippets/themes.json'), 'utf8')) as Record<string, Snippet>;

function keysOf(text: string): string[] {
  const document = parseDocument(text);
  assert.ok(isMap(document.contents));
  return document.contents.items.map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key));
}

describe('client: theme snippet', () => {
  it('offers theme only in theme files, with the fields of a new theme in the same order, and is a valid theme once filled', () => {
    const snippets = Object.values(SNIPPETS);
    assert.deepEqual(
      snippets.map((snippet) => snippet.prefix),
      ['theme'],
    );
    const [theme] = snippets;
    assert.deepEqual(theme.include, ['**/*.theme.yaml', '**/*.theme.yml']);
    assert.ok(theme.description.length > 20);
    const expanded = theme.body
      .join('\n')
      .replace(/\$\{\d+:([^}]*)\}/g, '$1')
      .replace(/\$0/g, '');
    assert.deepEqual(keysOf(expanded), keysOf(newThemeText({ id: 'TH-0001', lessons: ['GM-0001'] })));
    assert.deepEqual(analyzeTheme(expanded, { config: DEFAULT_CONFIG, today: '2025-12-01' }).problems, []);
  });
});
