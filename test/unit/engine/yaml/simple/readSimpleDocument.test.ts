import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import { generateLessons } from '../../../../../bench/corpus/generateCorpus';
import { readDocuments } from '../../../../../server/src/engine/yaml/composeDocuments';
import { parseYamlFile } from '../../../../../server/src/engine/yaml/parseYamlFile';
import { compareWithComposer, type Comparison } from './sameAsComposer';

const REPO = path.resolve(__dirname, '../../../../..');

/** Every YAML file under a folder of the repository. */
function yamlFilesUnder(folder: string): string[] {
  return readdirSync(path.join(REPO, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => path.join(REPO, folder, name));
}

/** Compares every text; fails on the first that reads differently; returns the share the simple reader took. */
function takenShare(texts: Iterable<{ name: string; text: string }>): { taken: number; total: number } {
  let taken = 0;
  let total = 0;
  for (const { name, text } of texts) {
    const comparison: Comparison = compareWithComposer(text);
    if (comparison.kind === 'different') assert.fail(`${name}: ${comparison.detail}`);
    if (comparison.kind === 'same') taken++;
    total++;
  }
  return { taken, total };
}

describe('readSimpleDocument: the same nodes as the composer', () => {
  it('reads every lesson, theme and config in the repository as the composer does, or hands it on', () => {
    const files = ['examples', 'test/fixtures', 'bench/similarity', 'schemas'].flatMap(yamlFilesUnder);
    const { taken, total } = takenShare(files.map((file) => ({ name: path.relative(REPO, file), text: readFileSync(file, 'utf8') })));
    assert.ok(total > 400, `only ${total} files found`);
    // Most of these are plain lessons: a reader that handed everything on would prove nothing.
    assert.ok(taken / total > 0.6, `took ${taken} of ${total}`);
  });

  it("reads 3,000 of the benchmark's generated lessons (rough drafts, comments, both list styles) as the composer does", () => {
    const lessons = [...generateLessons({ count: 3000 })].map((lesson) => ({ name: lesson.relativePath, text: lesson.text }));
    const { taken, total } = takenShare(lessons);
    assert.ok(taken / total > 0.9, `took ${taken} of ${total}`);
  });

  const same: Record<string, string> = {
    'plain values, with and without a final line break': 'id: GM-0001\ntitle: Ratio 3:1 agreed, #1 priority\nstage: captured',
    'a comment above the first key': '# draft\nid: GM-0001\n',
    'a comment parted from the first key by a blank line (the document’s)': '\n# draft\n# two lines\n\nid: GM-0001\n',
    'comments and blank lines between keys': 'id: a\n\n# one\n\n# two\ntitle: b\n#\n\nstage: c\n',
    'comments after values': 'id: a  # TBC\ntopics: [x, y] # agreed\nstage: b #\n',
    'a comment after the last value (the document’s)': 'id: a\n\n# end\n\n# really\n',
    'quoted values': 'id: "GM-0001"\ntitle: \'it\'\'s done\'\nsummary: "# not a comment"\n',
    'literal and folded blocks with blank and deeper lines': 'good: |\n\n  one\n\n    deeper\n  two\nsummary: >\n  a\n  b\n\n  c\n    d\n    e\n  f\nx: y\n',
    'a block ending the text without a line break': 'good: |\n  one\n  two',
    'block lists at the key’s indentation and deeper, blank lines between items': 'topics:\n- a\n- b\n\nrelated:\n  - GM-0001\n\n  - GM-0002 # c\n\nid: x\n',
    'adoption records, blank lines between them':
      'adoption:\n  - action: reuse\n    lesson: GM-0001\n    date: 2024-01-01\n\n  - action: enhance\n    lesson: "OL-0002"\nid: a\n',
    'flow lists with odd spacing': 'topics: [ a ,b,  c d ]\nrelated: []\n',
    'flow lists with quoted items': "artefacts: [a.md, \"https://x.nhs.uk/a, b\" , 'it''s']  # links\n",
    'a mapping under a key': 'adoption:\n  action: reuse\n  lesson: GM-0001 # c\n\nid: a\n',
  };
  for (const [name, text] of Object.entries(same)) {
    it(`takes ${name}`, () => assert.deepEqual(compareWithComposer(text), { kind: 'same' }));
  }

  const handedOn: Record<string, string> = {
    'an anchor and an alias': 'id: &a GM-0001\ntitle: *a\n',
    'a tag': 'id: !!str 1\n',
    'a tab': 'id:\tGM-0001\n',
    'CRLF line ends': 'id: GM-0001\r\ntitle: t\r\n',
    'a duplicate key': 'id: a\nid: b\n',
    'two documents': 'id: a\n---\nid: b\n',
    'a key with no value': 'id:\ntitle: t\n',
    'a mapping two levels deep': 'adoption:\n  action:\n    kind: reuse\n',
    'a mapping with a blank line inside': 'adoption:\n  action: reuse\n\n  lesson: GM-0001\n',
    'a flow list with an escape in a quoted item': 'topics: ["a\\"b"]\n',
    'a flow list with an empty item': 'topics: [a, , b]\n',
    'a plain scalar over two lines': 'title: one\n  two\n',
    'a number': 'id: 12\n',
    'a key the core schema reads as a boolean': 'true: x\n',
    'trailing spaces': 'id: a \n',
    'an escape in a double-quoted value': 'id: "a\\tb"\n',
    'a block header with an indicator': 'good: |-\n  x\n',
    'a line of spaces inside a block': 'good: |\n  x\n   \n  y\n',
    'a flow mapping': 'id: {a: b}\n',
    'an empty document': '# nothing\n',
  };
  for (const [name, text] of Object.entries(handedOn)) {
    it(`hands on ${name}`, () => assert.equal(compareWithComposer(text).kind, 'handed-on'));
  }

  it('tells text from null, booleans and numbers as the core schema does, whatever a value starts with', () => {
    const endings = ['', 'rue', 'RUE', 'alse', 'ull', 'ULL', '1', '12', '.5', 'o7', 'x1f', '.inf', 'inf', 'nan', 'NaN', 'e5', '1e5', '0.', 'a'];
    let taken = 0;
    for (let code = 0x21; code < 0x7f; code++) {
      for (const ending of endings) {
        const comparison = compareWithComposer(`title: ${String.fromCharCode(code)}${ending}\n`);
        if (comparison.kind === 'different') assert.fail(`title: ${String.fromCharCode(code)}${ending}: ${comparison.detail}`);
        if (comparison.kind === 'same') taken++;
      }
    }
    assert.ok(taken > 1000, `took ${taken}`);
  });

  it('gives parseYamlFile the same plain value and no problems for a lesson it takes', () => {
    const text = 'id: GM-0001\ntopics: [a, b]\nadoption:\n  - action: reuse\n    lesson: OL-0001\n';
    const parsed = parseYamlFile(text, 'lesson');
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.value, { id: 'GM-0001', topics: ['a', 'b'], adoption: [{ action: 'reuse', lesson: 'OL-0001' }] });
    assert.equal(parsed.root, parsed.document?.contents);
  });

  it("makes nodes yaml's own guards recognise, that clone and print as yaml's do", () => {
    const text = 'id: GM-0001 # c\ntopics: [a, b]\nadoption:\n  - action: reuse\n';
    const document = parseYamlFile(text, 'lesson').document;
    const root = document?.contents;
    assert.ok(isMap(root));
    const [id, topics, adoption] = root.items;
    assert.ok(isPair(id) && isScalar(id.key) && isScalar(id.value) && !isMap(id.value));
    assert.ok(isPair(topics) && isSeq(topics.value) && isScalar(topics.value.items[0]));
    assert.ok(isPair(adoption) && isSeq(adoption.value) && isMap(adoption.value.items[0]));
    const copy = id.value.clone();
    assert.ok(isScalar(copy) && copy.value === 'GM-0001');
    assert.equal(document?.toString(), readDocuments(text).documents[0]?.toString());
  });
});
