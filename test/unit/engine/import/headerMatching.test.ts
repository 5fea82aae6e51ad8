import * as assert from 'node:assert/strict';
import { parseHeaderMapping } from '../../../../server/src/engine/import/headerMapping';
import { fieldForHeader, layoutColumns, normaliseHeader } from '../../../../server/src/engine/import/headerMatching';
import { IMPORT_FIELDS } from '../../../../server/src/engine/import/importFields';
import { ImportInputError } from '../../../../server/src/engine/import/importInputError';
import { describeField, LESSON_SCHEMA } from '../../../../server/src/engine/schema/schemas';

describe('engine: import header matching', () => {
  it('matches every wording of the three questions, ignoring case, spaces, underscores and punctuation', () => {
    const cases: [string, string][] = [
      ['What was good?', 'good'],
      ['What was good about the project?', 'good'],
      ['GOOD', 'good'],
      ['What went well', 'good'],
      ['What was not so good', 'not_so_good'],
      ['What was not so good?', 'not_so_good'],
      ['Not So Good', 'not_so_good'],
      ['not_so_good', 'not_so_good'],
      ['  not-so-good  ', 'not_so_good'],
      ["What didn't go well?", 'not_so_good'],
      ['Improvements', 'improvements'],
      ['What could be improved next time?', 'improvements'],
      ['What improvements could be made next time?', 'improvements'],
      ['What would you do differently next time?', 'improvements'],
    ];
    for (const [header, field] of cases) assert.equal(fieldForHeader(header), field, header);
  });

  it('matches the other fields by name and common wordings, and each field by its own name and its schema question', () => {
    const cases: [string, string][] = [
      ['Lesson title', 'title'],
      ['Title', 'title'],
      ['Which locality?', 'locality'],
      ['Shared care record', 'locality'],
      ['Topics (separate with ;)', 'topics'],
      ['Tags', 'topics'],
      ['Date captured', 'date'],
      ['Lifecycle stage', 'stage'],
      ['Related lessons', 'related'],
      ['Contact email', 'contact'],
      ['Classification', 'sensitivity'],
      ['Adoption action', 'adoption.action'],
      ['Adoption', 'adoption.action'],
      ['Adopted lesson', 'adoption.lesson'],
      ['adoption.lesson', 'adoption.lesson'],
      ['Summary', 'summary'],
    ];
    for (const [header, field] of cases) assert.equal(fieldForHeader(header), field, header);
    for (const field of IMPORT_FIELDS) assert.equal(fieldForHeader(field), field, field);
    for (const field of ['good', 'not_so_good', 'improvements', 'title', 'summary'] as const) {
      const question = describeField(LESSON_SCHEMA, [field]);
      assert.ok(question);
      if (field !== 'title' && field !== 'summary') assert.equal(fieldForHeader(question), field, question);
    }
  });

  it("leaves a form's own columns alone: nothing personal is taken by accident", () => {
    for (const header of ['ID', 'Id', 'Start time', 'Completion time', 'Email', 'Name', 'Last modified time', '', '   ', 'Lesson']) {
      assert.equal(fieldForHeader(header), undefined, header);
    }
  });

  it('normalises headers the same way the mapping file is read', () => {
    assert.equal(normaliseHeader('  What_was-NOT so   good?? '), 'what was not so good');
    assert.equal(normaliseHeader('Topics (separate with ;)'), 'topics');
  });

  it('lays out the columns, lists those it leaves out, and refuses a header without title or locality', () => {
    const layout = layoutColumns(['Id', 'Title', 'Locality', 'What was good?', 'Email']);
    assert.deepEqual(layout.columns, { title: 1, locality: 2, good: 3 });
    assert.deepEqual(layout.unmatched, ['Id', 'Email']);
    assert.deepEqual(layout.problems, []);
    const missing = layoutColumns(['Headline text', 'Good']);
    assert.equal(missing.problems.length, 2);
    assert.match(missing.problems[0], /no column gives the title/);
    assert.match(missing.problems[1], /no column gives the locality/);
  });

  it('refuses two columns that give the same field, naming both', () => {
    const layout = layoutColumns(['Title', 'Locality', 'Good', 'What went well']);
    assert.equal(layout.problems.length, 1);
    assert.match(layout.problems[0], /'Good' \(column C\) and 'What went well' \(column D\) all give good/);
  });

  it('takes other headers from a mapping file (YAML or JSON), which wins and can leave columns out', () => {
    const yamlMapping = parseHeaderMapping(
      '"Which ShCR are you from?": locality\nHeadline text: Title\nWhat went well: ignore\nBest bits: good\nNot there: summary\n',
      'map.yaml',
    );
    const layout = layoutColumns(['Headline text', 'which shcr are you from', 'What went well', 'Best bits'], yamlMapping);
    assert.deepEqual(layout.columns, { title: 0, locality: 1, good: 3 });
    assert.deepEqual(layout.unmatched, []);
    assert.deepEqual(layout.unusedMappings, ['not there']);
    assert.deepEqual(layout.problems, []);

    const jsonMapping = parseHeaderMapping('{ "Lessons for next time": "Not so good", "Reused how": "adoption action", "Notes": null }', 'map.json');
    assert.deepEqual(
      [...jsonMapping],
      [
        ['lessons for next time', 'not_so_good'],
        ['reused how', 'adoption.action'],
        ['notes', null],
      ],
    );
  });

  it('refuses a mapping file that is not a mapping or names no field', () => {
    const refused = (text: string): string => {
      try {
        parseHeaderMapping(text, 'map.yaml');
      } catch (error) {
        assert.ok(error instanceof ImportInputError);
        return error.message;
      }
      assert.fail(`expected ${JSON.stringify(text)} to be refused`);
    };
    assert.match(refused('- a\n- b\n'), /must map header text to a field/);
    assert.match(refused('Best bits: goodness\n'), /'Best bits' maps to "goodness", which is not a field\. Use one of title, locality/);
    assert.match(refused('a: [\n'), /not valid YAML or JSON/);
    assert.match(refused('a: good\na: title\n'), /not valid YAML or JSON/);
  });
});
