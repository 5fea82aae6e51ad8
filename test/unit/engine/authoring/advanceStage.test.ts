import * as assert from 'node:assert/strict';
import { advanceStage, type PlainTextEdit } from '../../../../server/src/engine/authoring/advanceStage';
import { analyzeLesson } from '../../../../server/src/engine/lesson/analyzeLesson';
import { DEFAULT_CONFIG, parseWorkspaceConfig } from '../../../../server/src/engine/config/workspaceConfig';
import { applyPlainTextEdits } from '../../../support/applyPlainTextEdits';
import { parseYamlFile } from '../../../../server/src/engine/yaml/parseYamlFile';

/** Applies non-overlapping edits to a text, last first so earlier positions stay valid. */
function applyEdits(text: string, edits: PlainTextEdit[]): string {
  const lines = text.split('\n');
  const offsetOf = (line: number, character: number): number => lines.slice(0, line).reduce((sum, l) => sum + l.length + 1, 0) + character;
  const sorted = [...edits].sort((a, b) => offsetOf(b.range.start.line, b.range.start.character) - offsetOf(a.range.start.line, a.range.start.character));
  let result = text;
  for (const edit of sorted) {
    const start = offsetOf(edit.range.start.line, edit.range.start.character);
    const end = offsetOf(edit.range.end.line, edit.range.end.character);
    result = result.slice(0, start) + edit.newText + result.slice(end);
  }
  return result;
}

function lesson(stage: string, extra: { summary?: string; tail?: string; improvementsEnd?: string } = {}): string {
  return [
    '# Raised at the IG leads network.',
    'id: GM-0042',
    'title: Sign-off took nine months',
    'locality: Greater Manchester Care Record',
    `stage: ${stage}   # moved by the programme board`,
    'date: 2025-03-14',
    'topics: [data sharing]',
    'good: |',
    '  One IG lead per trust.',
    'not_so_good: |',
    '  Boards signed separately.',
    '',
    'improvements: |  # What improvements could be made next time?',
    `  Agree one route first.${extra.improvementsEnd ?? ''}`,
    ...(extra.summary !== undefined ? [extra.summary] : []),
    ...(extra.tail !== undefined ? [extra.tail] : []),
  ].join('\n');
}

function advance(text: string) {
  return advanceStage(parseYamlFile(text, 'lesson'));
}

describe('engine: advanceStage', () => {
  it('moves captured to collated by replacing only the stage value, keeping its comment', () => {
    const text = `${lesson('captured')}\n`;
    const result = advance(text);
    assert.equal(result.kind, 'advanced');
    if (result.kind !== 'advanced') return;
    assert.deepEqual([result.from, result.to, result.inserted], ['captured', 'collated', []]);
    assert.deepEqual(result.edits, [{ range: { start: { line: 4, character: 7 }, end: { line: 4, character: 15 } }, newText: 'collated' }]);
    assert.equal(applyEdits(text, result.edits), text.replace('stage: captured ', 'stage: collated '));
    assert.equal(result.cursor, undefined);
  });

  it('on the way to curated adds an empty summary block after improvements and points the cursor into it', () => {
    const text = `${lesson('organised', { tail: '\n# Links\nrelated: [WX-0003]' })}\n`;
    const result = advance(text);
    assert.ok(result.kind === 'advanced');
    assert.deepEqual(result.inserted, ['summary']);
    const after = applyEdits(text, result.edits);
    const lines = after.split('\n');
    assert.equal(lines[4], 'stage: curated   # moved by the programme board');
    assert.equal(lines[13], '  Agree one route first.');
    assert.equal(lines[14], 'summary: |  # One paragraph for readers elsewhere. Required from the curated stage on.');
    assert.equal(lines[15], '  ');
    assert.deepEqual(lines.slice(16), ['', '# Links', 'related: [WX-0003]', ''], 'blank lines, comments and later keys keep their place');
    assert.deepEqual(result.cursor, { line: 15, character: 2 });
    const analysed = analyzeLesson(after, { config: DEFAULT_CONFIG, today: '2025-12-01' });
    assert.equal(analysed.facts.stage, 'curated');
    assert.equal(analysed.facts.summary, '');
    assert.ok(
      analysed.problems.some((p) => p.code === 'summary-required'),
      'the empty summary still asks to be written',
    );
    assert.ok(!analysed.problems.some((p) => p.code.startsWith('yaml')), 'the result is valid YAML');
  });

  it('adds the summary on a new line when the file does not end with a line break', () => {
    const text = lesson('organised');
    const result = advance(text);
    assert.ok(result.kind === 'advanced');
    const after = applyEdits(text, result.edits);
    assert.ok(after.endsWith('  Agree one route first.\nsummary: |  # One paragraph for readers elsewhere. Required from the curated stage on.\n  \n'));
    assert.deepEqual(result.cursor, { line: 15, character: 2 });
  });

  it('keeps a comment that ends the improvements line above the new summary', () => {
    const text = `${lesson('organised', { improvementsEnd: '' }).replace('improvements: |  # What improvements could be made next time?\n  Agree one route first.', 'improvements: Agree one route first.  # short answer')}\n`;
    const result = advance(text);
    assert.ok(result.kind === 'advanced');
    const after = applyEdits(text, result.edits).split('\n');
    assert.equal(after[12], 'improvements: Agree one route first.  # short answer');
    assert.match(after[13], /^summary: \|/);
  });

  it('does not add a summary that is already written, and moves curated to communicated', () => {
    const text = `${lesson('curated', { summary: 'summary: One agreement signed once cut sign-off to six weeks.' })}\n`;
    const result = advance(text);
    assert.ok(result.kind === 'advanced');
    assert.equal(result.to, 'communicated');
    assert.equal(result.edits.length, 1);
    assert.deepEqual(result.inserted, []);
  });

  it('points at an empty summary key instead of writing a second one', () => {
    const text = `${lesson('organised', { summary: 'summary:' })}\ncontact: a@nhs.net\n`;
    const result = advance(text);
    assert.ok(result.kind === 'advanced');
    assert.equal(result.edits.length, 1);
    assert.deepEqual(result.cursor, { line: 14, character: 8 });
    assert.match(result.note ?? '', /summary is empty/);
  });

  it('indents the summary like the other keys when the root mapping is indented', () => {
    const text = '  id: GM-0001\n  stage: organised\n  improvements: |\n    Do it.\n';
    const result = advance(text);
    assert.ok(result.kind === 'advanced');
    assert.equal(
      applyEdits(text, result.edits),
      '  id: GM-0001\n  stage: curated\n  improvements: |\n    Do it.\n  summary: |  # One paragraph for readers elsewhere. Required from the curated stage on.\n    \n',
    );
    assert.deepEqual(result.cursor, { line: 5, character: 4 });
  });

  it('refuses with a reason: last stage, unknown stage, no stage, YAML errors, not a mapping', () => {
    const reasons = [
      lesson('communicated', { summary: 'summary: Done.' }),
      lesson('sent'),
      'id: GM-0001\ntitle: x\n',
      'id: [GM-0001\nstage: captured\n',
      '- a\n- b\n',
      '',
    ].map((text) => {
      const result = advance(text);
      assert.equal(result.kind, 'refused', text);
      return result.kind === 'refused' ? result.reason : '';
    });
    assert.match(reasons[0], /already communicated, the last stage/);
    assert.match(reasons[1], /'sent' is not a lifecycle stage/);
    assert.match(reasons[2], /no stage/);
    assert.match(reasons[3], /YAML errors/);
    assert.match(reasons[4], /not a lesson/);
    assert.match(reasons[5], /not a lesson/);
  });

  it('in a one-line lesson moves the stage and says the summary must be added by hand', () => {
    const text = '{id: GM-0001, stage: organised, improvements: x}\n';
    const result = advance(text);
    assert.ok(result.kind === 'advanced');
    assert.equal(applyEdits(text, result.edits), '{id: GM-0001, stage: curated, improvements: x}\n');
    assert.match(result.note ?? '', /Add a summary/);
  });

  describe('with curators in learn-once.yaml', () => {
    const { config } = parseWorkspaceConfig('curators: [Priya Shah, Tom Okafor]\n');
    const TODAY = '2026-11-26';
    const withReview = (text: string, reviewedBy?: string) =>
      advanceStage(parseYamlFile(text, 'lesson'), { config, review: reviewedBy === undefined ? undefined : { reviewedBy, reviewedOn: TODAY } });

    it('asks for the review when the move to curated has none, naming the curators', () => {
      assert.deepEqual(withReview(`${lesson('organised')}\n`), {
        kind: 'reviewNeeded',
        from: 'organised',
        to: 'curated',
        curators: ['Priya Shah', 'Tom Okafor'],
        reason: "Moving this lesson to curated needs a curator's review: which curator (Priya Shah, Tom Okafor) reviewed it?",
      });
    });

    it('writes the review after the stage, as the curator is named, next to the summary it adds, and keeps the cursor in the summary', () => {
      const text = `${lesson('organised')}\n`;
      const result = withReview(text, 'priya SHAH');
      assert.ok(result.kind === 'advanced');
      assert.deepEqual(result.review, { reviewedBy: 'Priya Shah', reviewedOn: TODAY });
      assert.deepEqual(result.inserted, ['summary']);
      const after = applyPlainTextEdits(text, result.edits);
      assert.equal(
        after,
        text
          .replace(
            'stage: organised   # moved by the programme board\n',
            `stage: curated   # moved by the programme board\nreviewed_by: Priya Shah\nreviewed_on: ${TODAY}\n`,
          )
          .replace(
            '  Agree one route first.\n',
            '  Agree one route first.\nsummary: |  # One paragraph for readers elsewhere. Required from the curated stage on.\n  \n',
          ),
      );
      assert.deepEqual(result.cursor, { line: 17, character: 2 });
      assert.equal(after.split('\n')[17], '  ');
      const analysed = analyzeLesson(after, { config, today: TODAY });
      assert.deepEqual(
        analysed.problems.map((problem) => problem.code),
        ['summary-required'],
        'the review is complete; only the summary is left to write',
      );
    });

    it('replaces a reviewer who is not a curator and keeps a review field that is there', () => {
      const text = `${lesson('curated', { summary: 'summary: Done.', tail: 'reviewed_by: Someone Else  # not a curator\nreviewed_on: 2025-01-02' })}\n`;
      const result = withReview(text, 'Tom Okafor');
      assert.ok(result.kind === 'advanced');
      assert.equal(
        applyPlainTextEdits(text, result.edits),
        text
          .replace('stage: curated ', 'stage: communicated ')
          .replace('reviewed_by: Someone Else  # not a curator\nreviewed_on: 2025-01-02', `reviewed_by: Tom Okafor  # not a curator\nreviewed_on: ${TODAY}`),
      );
    });

    it('refuses a reviewer who is not a curator', () => {
      assert.deepEqual(withReview(`${lesson('organised')}\n`, 'Someone Else'), {
        kind: 'refused',
        reason: "'Someone Else' is not one of the curators in learn-once.yaml (Priya Shah, Tom Okafor).",
      });
    });

    it('asks nothing and writes nothing more when the lesson already has a valid review, or the move is before curated', () => {
      const reviewedText = `${lesson('curated', { summary: 'summary: Done.', tail: 'reviewed_by: tom okafor\nreviewed_on: 2025-01-02' })}\n`;
      const reviewed = withReview(reviewedText, 'Priya Shah');
      assert.ok(reviewed.kind === 'advanced');
      assert.equal(reviewed.review, undefined);
      assert.equal(applyPlainTextEdits(reviewedText, reviewed.edits), reviewedText.replace('stage: curated ', 'stage: communicated '));
      const early = withReview(`${lesson('captured')}\n`);
      assert.ok(early.kind === 'advanced');
      assert.deepEqual([early.to, early.edits.length], ['collated', 1]);
    });

    it('asks for no review in a workspace without curators', () => {
      const text = `${lesson('organised')}\n`;
      const result = advanceStage(parseYamlFile(text, 'lesson'), { config: DEFAULT_CONFIG, review: { reviewedBy: 'Priya Shah', reviewedOn: TODAY } });
      assert.ok(result.kind === 'advanced');
      assert.deepEqual([result.review, result.inserted], [undefined, ['summary']]);
      assert.ok(!applyPlainTextEdits(text, result.edits).includes('reviewed_'));
    });
  });
});
