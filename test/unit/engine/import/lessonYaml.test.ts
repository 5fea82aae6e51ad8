import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { DEFAULT_CONFIG } from '../../../../server/src/engine/config/workspaceConfig';
import { importedLessonText } from '../../../../server/src/engine/import/lessonYaml';
import type { ImportedLesson } from '../../../../server/src/engine/import/rowToLesson';
import { analyzeLesson } from '../../../../server/src/engine/lesson/analyzeLesson';

const LOCALITY = DEFAULT_CONFIG.localities[0];

function imported(overrides: Partial<ImportedLesson> = {}): ImportedLesson {
  return {
    row: 2,
    title: 'Sign-off took nine months',
    locality: LOCALITY,
    stage: 'captured',
    date: '2025-03-14',
    topics: ['consent'],
    answers: { good: 'Good.\n', not_so_good: 'Not so good.\n', improvements: 'Better.\n' },
    related: [],
    artefacts: [],
    ...overrides,
  };
}

/** Text people type into forms that YAML would read otherwise if written carelessly. */
const AWKWARD = [
  'Consent: agreed',
  '# not a comment',
  'a # b',
  '"quoted" and \'single\'',
  '- looks like a list',
  'yes',
  '2025-03-14',
  '123',
  'null',
  '*alias',
  '&anchor',
  '!tag',
  '{ flow: map }',
  '[x, y]',
  '@handle',
  '%directive',
  '|',
  '>',
  '   leading spaces',
  'trailing spaces   ',
  'tab\there',
  'ünïcödé — “curly” £5',
  '---',
  '...',
];

describe('engine: imported lesson YAML', () => {
  it("writes the template's order and style: answers as block literals with their question, lists as [a, b]", () => {
    const text = importedLessonText(
      imported({
        answers: { good: 'Line one\nLine two\n' },
        topics: ['consent', 'data sharing'],
        related: ['WX-0003'],
        summary: 'One line.',
        contact: 'a@nhs.net',
        sensitivity: 'public',
      }),
      'GM-0007',
    );
    assert.equal(
      text,
      [
        'id: GM-0007',
        'title: Sign-off took nine months',
        'locality: Greater Manchester Care Record',
        'stage: captured',
        'date: 2025-03-14',
        'topics: [consent, data sharing]',
        'good: | # What was good about the project?',
        '  Line one',
        '  Line two',
        'not_so_good: | # What was not so good?',
        '  What was not so good?',
        'improvements: | # What improvements could be made next time?',
        '  What improvements could be made next time?',
        'summary: One line.',
        'related: [WX-0003]',
        'contact: a@nhs.net',
        'sensitivity: public',
        '',
      ].join('\n'),
    );
  });

  it('writes quotes, colons, # and everything else typed so it parses back to the same strings', () => {
    for (const awkward of AWKWARD) {
      const lesson = imported({
        title: awkward.trim() || 'x',
        topics: [awkward.trim() || 'x', 'b: c'],
        answers: { good: `${awkward}\n`, not_so_good: `first: line\n${awkward}\n  # indented\n`, improvements: `${awkward}\n\nafter a blank line\n` },
        summary: awkward,
        related: ['GM-0001'],
        adoption: { action: awkward, lesson: 'YH-0007' },
        contact: awkward,
      });
      const text = importedLessonText(lesson, 'GM-0042');
      const parsed = parse(text, { schema: 'core' }) as Record<string, unknown>;
      assert.deepEqual(
        parsed,
        {
          id: 'GM-0042',
          title: lesson.title,
          locality: LOCALITY.name,
          stage: 'captured',
          date: '2025-03-14',
          topics: lesson.topics,
          good: lesson.answers.good,
          not_so_good: lesson.answers.not_so_good,
          improvements: lesson.answers.improvements,
          summary: awkward,
          adoption: { action: awkward, lesson: 'YH-0007' },
          related: ['GM-0001'],
          contact: awkward,
        },
        `${JSON.stringify(awkward)}:\n${text}`,
      );
      const problems = analyzeLesson(text, { config: DEFAULT_CONFIG, today: '2025-06-01' }).problems.filter((problem) =>
        ['yaml-syntax', 'yaml-warning', 'duplicate-key', 'wrong-type'].includes(problem.code),
      );
      assert.deepEqual(problems, [], `${JSON.stringify(awkward)}:\n${text}`);
    }
  });

  it('writes a multi-line summary as a block literal, and text a block literal cannot hold still reads back', () => {
    const text = importedLessonText(imported({ summary: 'First.\nSecond.\n', answers: { good: 'bell \u0007 and \u0000 nul\n' } }), 'GM-0001');
    assert.match(text, /^summary: \|\n {2}First\.\n {2}Second\.$/m);
    const parsed = parse(text, { schema: 'core' }) as Record<string, string>;
    assert.equal(parsed.summary, 'First.\nSecond.\n');
    assert.equal(parsed.good, 'bell \u0007 and \u0000 nul\n');
  });

  it("writes the review, outcome, a full adoption and artefacts in the schema's order", () => {
    const text = importedLessonText(
      imported({
        stage: 'curated',
        reviewedBy: 'Priya Shah',
        reviewedOn: '2025-04-01',
        summary: 'One line.',
        outcome: 'Sign-off in six weeks',
        adoption: { action: 'customise', lesson: 'YH-0002', status: 'live', date: '2025-03-01', outcome: 'Signed in seven weeks' },
        related: ['WX-0003'],
        artefacts: ['artefacts/dsa-template.md', 'https://example.nhs.uk/dpia'],
      }),
      'GM-0007',
    );
    const lines = text.split('\n');
    assert.deepEqual(lines.slice(3, 6), ['stage: curated', 'reviewed_by: Priya Shah', 'reviewed_on: 2025-04-01']);
    assert.deepEqual(lines.slice(lines.indexOf('summary: One line.')), [
      'summary: One line.',
      'outcome: Sign-off in six weeks',
      'adoption:',
      '  action: customise',
      '  lesson: YH-0002',
      '  status: live',
      '  date: 2025-03-01',
      '  outcome: Signed in seven weeks',
      'related: [WX-0003]',
      'artefacts: [artefacts/dsa-template.md, https://example.nhs.uk/dpia]',
      '',
    ]);
  });

  it('writes an adoption with only what the row gave', () => {
    const text = importedLessonText(imported({ adoption: { action: 'enhance' } }), 'GM-0001');
    assert.match(text, /^adoption:\n {2}action: enhance\n/m);
  });
});
