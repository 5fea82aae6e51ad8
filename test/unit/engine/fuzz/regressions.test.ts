import * as assert from 'node:assert/strict';
import { advanceStage } from '../../../../server/src/engine/authoring/advanceStage';
import { newLessonText, nextFreeId } from '../../../../server/src/engine/authoring/newLesson';
import { DEFAULT_CONFIG, findLocality, parseWorkspaceConfig, type WorkspaceConfig } from '../../../../server/src/engine/config/workspaceConfig';
import { setAdoptionEdits } from '../../../../server/src/engine/edits/adoptionEdits';
import { applyPlainTextEdits } from '../../../support/applyPlainTextEdits';
import { fixForProblem } from '../../../../server/src/engine/edits/problemFixes';
import { analyzeLesson } from '../../../../server/src/engine/lesson/analyzeLesson';
import { MAX_SCHEMA_PROBLEMS } from '../../../../server/src/engine/schema/schemaProblems';
import { MAX_DOCUMENTS_READ, MAX_NESTING, parseYamlFile } from '../../../../server/src/engine/yaml/parseYamlFile';
import { assertProblemsWellFormed } from '../../../fuzz/invariants';

/** Inputs the fuzzer found that broke an engine invariant, kept so the fixes stay fixed. */

const TODAY = '2025-06-01';
const analyse = (text: string, config: WorkspaceConfig = DEFAULT_CONFIG) => analyzeLesson(text, { config, today: TODAY });

describe('fuzz regressions', () => {
  it('old Mac line endings (a lone \\r) end lines for positions, as they do in the editor', () => {
    const text = 'id: GM-0001\rtitle: x\rstage: nope\r';
    const { problems } = analyse(text);
    assertProblemsWellFormed(text, problems);
    const stage = problems.find((problem) => problem.code === 'invalid-value');
    assert.deepEqual(stage?.range, { start: { line: 2, character: 7 }, end: { line: 2, character: 11 } });
    assert.ok(!problems.some((problem) => problem.code === 'yaml-syntax'), 'a lone \\r is a line break, not a syntax error');
  });

  it('positions after a multi-line token the parser rejects stay on the right line', () => {
    const text = '\n  d: x\ntitle: A b\n  We c.\nstage: y\n';
    const { problems } = parseYamlFile(text, 'lesson');
    assertProblemsWellFormed(text, problems);
    assert.ok(
      problems.some((problem) => problem.range.start.line === 4),
      'problems on the last line are placed on line 5, not line 4',
    );
  });

  it('no range ends between the \\r and \\n of a Windows line break', () => {
    const text = 'locality: Dorset Care Record\r\r\ngood: |\r\r\ntopics: [consent]\r\r\n  We sent a leaflet.\r\r\n';
    const { problems } = analyse(text);
    assertProblemsWellFormed(text, problems);
  });

  it('parser warnings never reach process warnings (stderr of the server)', () => {
    const emitted: unknown[] = [];
    const original = process.emitWarning;
    process.emitWarning = ((warning: unknown) => void emitted.push(warning)) as typeof process.emitWarning;
    try {
      analyse('? [a, b]\n: 1\n? {c: d}\n: 2\n');
    } finally {
      process.emitWarning = original;
    }
    assert.deepEqual(emitted, []);
  });

  it('a new lesson titled 2025, true or with a trailing space reads back as that text', () => {
    for (const title of ['2025', 'true', 'null', '0x1F', 'a ', '.inf']) {
      const locality = { name: title, prefix: 'GM', folder: 'gm' };
      const config: WorkspaceConfig = { ...DEFAULT_CONFIG, localities: [locality], usesDefaultLocalities: false };
      const { facts, problems } = analyse(newLessonText({ id: 'GM-0001', title, locality, date: TODAY }), config);
      assert.equal(facts.title, title);
      assert.equal(facts.locality, title);
      assert.deepEqual(
        problems.filter((problem) => problem.code !== 'placeholder-answer'),
        [],
        `title ${JSON.stringify(title)}`,
      );
    }
  });

  it('the next free id is past ids beyond 2^53, where numbers round', () => {
    assert.equal(nextFreeId('GM', ['GM-10000000000000000']), 'GM-10000000000000001');
    assert.equal(nextFreeId('GM', ['GM-9007199254740993', 'GM-9007199254740992']), 'GM-9007199254740994');
    assert.equal(nextFreeId('GM', ['GM-0007', 'OL-0100']), 'GM-0008');
  });

  it('a locality named with a stray space in learn-once.yaml still matches', () => {
    const config: WorkspaceConfig = {
      ...DEFAULT_CONFIG,
      localities: [{ name: 'Leeds Care Record ', prefix: 'LD', folder: 'leeds' }],
      usesDefaultLocalities: false,
    };
    assert.equal(findLocality(config, 'Leeds Care Record')?.prefix, 'LD');
    assert.equal(findLocality(config, ' leeds care record ')?.prefix, 'LD');
  });

  it('thousands of unknown keys give a capped list of problems, placed on the first ones', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `k${i}: v`).join('\n');
    const { problems } = analyse(text);
    const unknown = problems.filter((problem) => problem.code === 'unknown-field');
    assert.ok(problems.length <= MAX_SCHEMA_PROBLEMS + 1, `got ${problems.length} problems`);
    assert.match(problems.at(-1)!.message, /more schema problems in this file are not shown/);
    assert.equal(unknown[0].range.start.line, 0);
  });

  it('duplicate keys are still found, on the later key, in block and flow mappings', () => {
    const { problems } = parseYamlFile('a: 1\nb: {x: 1, x: 2}\na: 3\n', 'lesson');
    assert.deepEqual(
      problems.map((problem) => [problem.code, problem.range.start.line, problem.range.start.character]),
      [
        ['duplicate-key', 2, 0],
        ['duplicate-key', 1, 10],
      ],
    );
  });

  it('a file of many thousand documents is read up to a hundred and reported once', () => {
    const text = Array.from({ length: 5_000 }, () => 'a: 1').join('\n---\n');
    const problems = analyse(text).problems.filter((problem) => problem.code === 'multiple-documents');
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, new RegExp(`this file has more than ${MAX_DOCUMENTS_READ}`));
  });

  it('Advance Stage adds the summary below a tab-indented comment, not above it where the block would swallow it', () => {
    const text = 'id: GM-0001\nstage: organised\nrelated:\n  - GM-0002\n\t# checked with the IG lead';
    const result = advanceStage(parseYamlFile(text, 'lesson'));
    assert.equal(result.kind, 'advanced');
    if (result.kind !== 'advanced') return;
    const after = applyPlainTextEdits(text, result.edits);
    assert.deepEqual(parseYamlFile(after, 'lesson').problems, []);
    assert.match(after, /\t# checked with the IG lead\nsummary: \|/);
  });

  it('a field added above a whitespace line that starts with a tab goes below it, so the new block is not broken by the tab', () => {
    const context = { config: DEFAULT_CONFIG, today: TODAY, ids: () => [] };
    const text =
      'id: GM-0001\ntitle: t\nlocality: Greater Manchester Care Record\nstage: organised\ndate: 2024-06-20\ntopics: [a]\n\t  \n# note\nnot_so_good: n\nimprovements: i\n';
    const { parsed, problems } = analyse(text);
    const missing = problems.find((problem) => problem.code === 'missing-field' && problem.data?.kind === 'insertField' && problem.data.field === 'good');
    const fix = fixForProblem(missing!, parsed, context)!;
    const after = applyPlainTextEdits(text, fix.edits);
    assert.deepEqual(parseYamlFile(after, 'lesson').problems, [], after);
    const advanced = advanceStage(parseYamlFile(text.replace('improvements: i\n', 'improvements: i\n\t\n'), 'lesson'));
    assert.equal(advanced.kind, 'advanced');
    if (advanced.kind === 'advanced')
      assert.deepEqual(parseYamlFile(applyPlainTextEdits(text.replace('improvements: i\n', 'improvements: i\n\t\n'), advanced.edits), 'lesson').problems, []);
  });

  it("a field added to a mapping whose first key is explicit (? key) goes at the mapping's column, not inside a block answer", () => {
    const text = '? id\n: GM-0001\ntitle: t\nimprovements: |\n  Agree one route.\n';
    const edits = setAdoptionEdits(parseYamlFile(text, 'lesson'), { action: 'replicate', lesson: 'GN-0001' });
    const after = applyPlainTextEdits(text, edits);
    assert.deepEqual(analyse(after).facts.adoptions, [{ action: 'replicate', lesson: 'GN-0001' }], after);
    assert.match(after, /\nadoption:\n {2}action: replicate\n {2}lesson: GN-0001\n/);
  });

  it('an unknown key that YAML reads as a number or a boolean is named as written', () => {
    for (const key of ['.nan', '1.0', 'true', '0x1F']) {
      const [problem] = analyse(`${key}: x\n`).problems.filter((candidate) => candidate.code === 'unknown-field');
      assert.match(problem.message, new RegExp(`^Unknown field '${key.replace('.', '\\.')}'`));
    }
  });

  it('setting the adoption of a lesson whose adoption is text on its own line keeps the comment above that text', () => {
    const text = 'id: GM-0001\nadoption:\n# from the board\n  GN-0001 as it was\nrelated: [OL-0001]\n';
    const edits = setAdoptionEdits(parseYamlFile(text, 'lesson'), { action: 'replicate', lesson: 'GN-0001' });
    const after = applyPlainTextEdits(text, edits);
    assert.equal(after, 'id: GM-0001\nadoption:\n# from the board\n  action: replicate\n  lesson: GN-0001\nrelated: [OL-0001]\n');
    assert.deepEqual(analyse(after).facts.adoptions, [{ action: 'replicate', lesson: 'GN-0001' }]);
  });

  it('a field added to a file that holds only a directive starts a document with ---, and none is added after a written null', () => {
    const text = '%TAG !e! tag:example.com,2000:\n';
    const after = applyPlainTextEdits(text, setAdoptionEdits(parseYamlFile(text, 'lesson'), { action: 'replicate', lesson: 'GN-0001' }));
    assert.equal(after, '%TAG !e! tag:example.com,2000:\n---\nadoption:\n  action: replicate\n  lesson: GN-0001\n');
    assert.deepEqual(parseYamlFile(after, 'lesson').problems, []);
    for (const written of ['null', '~', 'null  # nothing yet'])
      assert.deepEqual(
        setAdoptionEdits(parseYamlFile(written, 'lesson'), { action: 'replicate', lesson: 'GN-0001' }),
        [],
        `no field is appended to '${written}'`,
      );
  });

  it("the engine applies edits with the editor's line rules, so a lone \\r file is edited in the right place", () => {
    const text = 'id: GM-0001\rstage: captured\rtitle: x\r';
    const stage = analyse(text).facts.stageRange!;
    assert.equal(applyPlainTextEdits(text, [{ range: stage, newText: 'collated' }]), 'id: GM-0001\rstage: collated\rtitle: x\r');
  });

  it('the summary fix on a curated lesson with an empty summary fills it instead of adding a second one', () => {
    const context = { config: DEFAULT_CONFIG, today: TODAY, ids: () => [] };
    const lessonWith = (summary: string): string =>
      `id: GM-0001\ntitle: t\nlocality: Greater Manchester Care Record\nstage: curated\ndate: 2025-01-01\ntopics: [a]\ngood: g\nnot_so_good: n\nimprovements: i\n${summary}related: [GM-0002]\n`;
    for (const summary of ['summary: |\n', 'summary: |  # for readers elsewhere\n', 'summary:\n', 'summary: ""\n', 'summary: >-\n\n']) {
      const text = lessonWith(summary);
      const { parsed, problems } = analyse(text);
      const required = problems.find((problem) => problem.code === 'summary-required');
      assert.ok(required, summary);
      const fix = fixForProblem(required, parsed, context);
      assert.ok(fix, `a fix for ${JSON.stringify(summary)}`);
      const after = applyPlainTextEdits(text, fix.edits);
      const again = analyse(after);
      assert.deepEqual(
        again.problems.map((problem) => problem.code).filter((code) => code !== 'unknown-reference'),
        [],
        `${JSON.stringify(summary)} became:\n${after}`,
      );
      assert.match(again.facts.summary, /^One paragraph for readers elsewhere/);
      if (summary.includes('#')) assert.match(after, /summary: \| {2}# for readers elsewhere\n {2}One paragraph/);
    }
  });

  it('an unknown key is not offered a rename to a key the mapping already has', () => {
    const text = 'id: GM-0001\n_date: 2024-01-22\ndate: 2024-01-22\ndaet: x\n';
    const unknown = analyse(text).problems.filter((problem) => problem.code === 'unknown-field');
    assert.equal(unknown.length, 2);
    for (const problem of unknown) {
      assert.equal(problem.data, undefined, problem.message);
      assert.doesNotMatch(problem.message, /did you mean 'date'/);
    }
    const typo = analyse('id: GM-0001\ndaet: 2024-01-22\n').problems.find((problem) => problem.code === 'unknown-field');
    assert.match(typo!.message, /did you mean 'date'\?/);
  });

  it('nesting thousands deep is refused from the lexer alone, before the parser recurses', () => {
    for (const text of ['{a: '.repeat(20_000), '['.repeat(20_000), `${'- '.repeat(20_000)}x`, `good: ${'['.repeat(101)}`]) {
      const { problems } = analyse(text);
      assert.deepEqual(
        problems.map((problem) => problem.code),
        ['too-deeply-nested'],
      );
      assert.match(problems[0].message, new RegExp(`nested more than ${MAX_NESTING} levels deep`));
    }
    const quotedBrackets = `title: "${'['.repeat(500)}"\n`;
    assert.ok(!analyse(quotedBrackets).problems.some((problem) => problem.code === 'too-deeply-nested'), 'brackets inside a quoted value are text');
    const nested = `related: ${'['.repeat(50)}GM-0001${']'.repeat(50)}\n`;
    assert.ok(!analyse(nested).problems.some((problem) => problem.code === 'too-deeply-nested'), 'fifty levels are still read');
  });

  it('a threshold of .nan or .inf is named as written, not as NaN or Infinity', () => {
    for (const written of ['.nan', '-.inf', '.Inf']) {
      const [problem] = parseWorkspaceConfig(`similarity:\n  threshold: ${written}\n`).problems;
      assert.equal(problem.message, `similarity.threshold must be a number, not '${written}', which is not a usable number`);
    }
  });

  it('a custom tag gets a warning saying it is not run', () => {
    const { problems } = analyse('id: !!js/function "function () {}"\ntitle: !foo x\n');
    const tags = problems.filter((problem) => problem.code === 'yaml-warning').map((problem) => problem.message);
    assert.equal(tags.length, 2);
    assert.match(tags[0], /^The tag !!js\/function is not supported: Learn Once reads plain YAML and never runs tags/);
    assert.match(tags[1], /^The tag !foo is not supported/);
  });
});
