import * as assert from 'node:assert/strict';
import { where } from '../../support/lessons';
import { analyse, themeText } from './support';

describe('analyzeTheme', () => {
  it('finds no problems in a complete theme, and reads its facts with the ranges of their values', () => {
    const { problems, facts } = analyse(themeText({ extra: 'topics: [data sharing]' }));
    assert.deepEqual(problems, []);
    assert.equal(facts.id, 'TH-0001');
    assert.deepEqual(facts.idRange, { start: { line: 0, character: 4 }, end: { line: 0, character: 11 } });
    assert.equal(facts.title, 'Data sharing agreements take most of a year to sign');
    assert.deepEqual(facts.topics, ['data sharing']);
    assert.deepEqual(
      facts.lessons.map((reference) => [reference.id, reference.range.start.line, reference.range.start.character, reference.range.end.character]),
      [
        ['GM-0001', 2, 10, 17],
        ['YH-0002', 2, 19, 26],
      ],
    );
  });

  it("places a quoted lesson id on the whole value, and keeps the id's own characters for a rename", () => {
    const { facts } = analyse(themeText({ lessons: '\n  - "GM-0001"  # first\n  - YH-0002' }));
    assert.deepEqual(facts.lessons[0].range, { start: { line: 3, character: 4 }, end: { line: 3, character: 13 } });
    assert.deepEqual(facts.lessons[0].idRange, { start: { line: 3, character: 5 }, end: { line: 3, character: 12 } });
    assert.deepEqual(facts.lessons[1].range, { start: { line: 4, character: 4 }, end: { line: 4, character: 11 } });
  });

  it('checks the theme schema with plain-English messages on the exact node', () => {
    const text = ['id: T-1', 'title: ""', 'lessons:', '  - GM-0001', '  - not an id', '  - GM-0001', 'colour: red', ''].join('\n');
    const problems = analyse(text).problems;
    assert.deepEqual(
      problems.map((problem) => [...where(problem), problem.message]),
      [
        ['missing-field', 0, 0, 0, 2, "Missing required field 'summary': One paragraph on what these lessons together say, for readers elsewhere."],
        ['unknown-field', 6, 0, 6, 6, "Unknown field 'colour'. A theme takes: id, title, lessons, summary, topics."],
        ['invalid-format', 0, 4, 0, 7, 'id must be TH, a dash and a number, e.g. TH-0001'],
        ['empty-value', 1, 0, 1, 5, 'title must not be empty'],
        ['invalid-format', 4, 4, 4, 13, 'each lessons entry must be a lesson id, e.g. GM-0042'],
        ['duplicate-item', 5, 4, 5, 11, "'GM-0001' is listed twice in lessons (items 1 and 3); keep one."],
      ],
    );
  });

  it('says what a theme is when the file is empty, a list or not a mapping', () => {
    assert.deepEqual(
      analyse('').problems.map((problem) => [...where(problem), problem.message]),
      [['empty-value', 0, 0, 0, 0, "This theme is empty. Type 'theme' to insert the theme template."]],
    );
    assert.deepEqual(analyse('- GM-0001\n- YH-0002\n').problems.map(where), [['root-not-mapping', 0, 0, 2, 0]]);
    assert.match(analyse('- GM-0001\n').problems[0].message, /^A theme must be a mapping of fields/);
  });

  it('reads a list where text was expected as the wrong type, and a missing field is not claimed beside a syntax error', () => {
    assert.deepEqual(
      analyse(themeText({ lessons: '5' })).problems.map((problem) => [...where(problem), problem.message]),
      [['wrong-type', 2, 9, 2, 10, 'lessons must be a list, not the number 5']],
    );
    const broken = analyse('id: TH-0001\ntitle: [unclosed\n');
    assert.ok(broken.problems.some((problem) => problem.code === 'yaml-syntax'));
    assert.ok(!broken.problems.some((problem) => problem.code === 'missing-field'));
  });

  it('finds an NHS number in a theme, as in a lesson', () => {
    const problems = analyse(themeText({ summary: 'The patient 943 476 5919 waited.' })).problems;
    assert.deepEqual(
      problems.map((problem) => problem.code),
      ['nhs-number'],
    );
  });
});
