import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG, parseWorkspaceConfig } from '../../../../server/src/engine/config/workspaceConfig';
import { completeAt } from '../../../../server/src/engine/language/completion/completeAt';
import type { CompletionAnswer } from '../../../../server/src/engine/language/completion/completionTypes';
import { countTopicUsage } from '../../../../server/src/engine/language/completion/topicUsage';
import { parseYamlFile } from '../../../../server/src/engine/yaml/parseYamlFile';
import { lesson, TODAY } from '../../support/lessons';
import { cursorIn, indexOf } from './support';

const lessons = indexOf({
  'file:///a/GM-0001.lesson.yaml': lesson({ id: 'GM-0001', topics: '[consent, "data sharing, governance"]' }),
  'file:///a/YH-0002.lesson.yaml': lesson({
    id: 'YH-0002',
    locality: 'Yorkshire & Humber Care Record',
    title: 'Matching patients across trusts',
    topics: '[consent, Patient matching]',
  }),
  'file:///a/YH-0003.lesson.yaml': lesson({ id: 'YH-0003', locality: 'Yorkshire & Humber Care Record', topics: '[patient matching]' }),
});

function complete(textWithCursor: string, config = DEFAULT_CONFIG, uri?: string): CompletionAnswer {
  const { text, position } = cursorIn(textWithCursor);
  return completeAt({ uri, parsed: parseYamlFile(text, 'lesson'), position, config, lessons, today: TODAY });
}

const labels = (answer: CompletionAnswer): string[] => answer.candidates.map((candidate) => candidate.label);

describe('completeAt', () => {
  it('gives snippets and the same text without tab stops', () => {
    const stage = complete('id: GM-1\n‸').candidates.find((candidate) => candidate.label === 'stage')!;
    assert.equal(stage.snippet, 'stage: ${1|captured,collated,organised,curated,communicated|}');
    assert.equal(stage.plain, 'stage: captured');
    const good = complete('id: GM-1\n‸').candidates.find((candidate) => candidate.label === 'good')!;
    assert.equal(good.plain, 'good: |\n  What was good about the project?');
    const date = complete('id: GM-1\n‸').candidates.find((candidate) => candidate.label === 'date')!;
    assert.equal(date.plain, `date: ${TODAY}`);
  });

  it('lays out a nested block at the file’s indentation and line breaks', () => {
    const adoption = complete('good: |\r\n    Four.\r\n‸').candidates.find((candidate) => candidate.label === 'adoption')!;
    assert.equal(
      adoption.snippet,
      'adoption:\r\n    action: ${1|replicate,customise,enhance|}\r\n    lesson: $2\r\n    status: ${3|planned,in-progress,live,abandoned|}',
    );
  });

  it('offers the statuses and the fields of an adoption written as a list, in any item', () => {
    assert.deepEqual(labels(complete('id: GM-9\nadoption:\n  - action: replicate\n    lesson: YH-0002\n  - action: enhance\n    status: ‸\n')), [
      'planned',
      'in-progress',
      'live',
      'abandoned',
    ]);
    assert.deepEqual(labels(complete('id: GM-9\nadoption:\n  - action: replicate\n    lesson: YH-0002\n    ‸\n')), ['status', 'date', 'outcome']);
    assert.deepEqual(labels(complete('id: GM-9\nadoption:\n  - action: replicate\n    lesson: YH-0002\n  - ‸\n')), [
      'action',
      'lesson',
      'status',
      'date',
      'outcome',
    ]);
    assert.deepEqual(labels(complete('id: GM-9\nadoption:\n- action: ‸\n')), ['replicate', 'customise', 'enhance']);
  });

  it('only the key when the line already has its colon', () => {
    const answer = complete('id: GM-1\nlo‸cality: One London\n');
    assert.deepEqual(answer.candidates.map((candidate) => candidate.snippet).slice(0, 2), ['title', 'locality']);
    assert.deepEqual(answer.candidates[0].range, { start: { line: 1, character: 0 }, end: { line: 1, character: 8 } });
  });

  it('adds the space a colon needs and writes a list value for a list field with no list yet', () => {
    assert.equal(complete('stage:‸').candidates[0].plain, ' captured');
    const topics = complete('id: GM-9\ntopics: ‸\n');
    assert.equal(topics.candidates[0].plain, '[consent]');
    assert.equal(topics.candidates.find((candidate) => candidate.label === 'data sharing, governance')!.plain, '["data sharing, governance"]');
  });

  it('quotes a topic with a comma inside a flow list, and counts topics case-insensitively (one spelling shown), most used first', () => {
    const answer = complete('id: GM-9\ntopics: [‸]\n');
    assert.deepEqual(labels(answer), ['consent', 'Patient matching', 'data sharing, governance']);
    assert.equal(answer.candidates[2].plain, '"data sharing, governance"');
    assert.equal(answer.candidates[1].detail, 'used in 2 lessons');
  });

  it("does not count the edited lesson's own topics as the workspace's", () => {
    const answer = complete('id: YH-0003\ntopics: [‸]\n', DEFAULT_CONFIG, 'file:///a/YH-0003.lesson.yaml');
    assert.equal(answer.candidates.find((candidate) => candidate.label === 'Patient matching')!.detail, 'used in 1 lesson');
  });

  it('adds the configured vocabulary after the used topics, and filters by what was typed', () => {
    const { config } = parseWorkspaceConfig('topics: [DPIA, consent]\n');
    assert.deepEqual(labels(complete('topics: [‸]\n', config)), ['consent', 'Patient matching', 'data sharing, governance', 'DPIA']);
    assert.deepEqual(labels(complete('topics: [pat‸]\n', config)), ['Patient matching']);
  });

  it('offers lesson ids by id or title words, leaving out the lesson itself', () => {
    assert.deepEqual(labels(complete('id: GM-0001\nrelated: [‸]\n')), ['YH-0002', 'YH-0003']);
    assert.deepEqual(labels(complete('id: GM-0009\nadoption:\n  lesson: match‸\n')), ['YH-0002']);
    const yh = complete('id: GM-0009\nrelated: [YH-0002, YH‸]\n');
    assert.deepEqual(labels(yh), ['YH-0003']);
    assert.equal(yh.candidates[0].description, 'Yorkshire & Humber Care Record');
  });

  it('offers the next free id of every locality when the lesson names none yet', () => {
    const ids = labels(complete('id: ‸\n'));
    assert.ok(ids.includes('GM-0002') && ids.includes('YH-0004') && ids.includes('OL-0001'), ids.join(' '));
    assert.deepEqual(labels(complete('id: ‸\nlocality: YHCR\n')), ['YH-0004']);
  });

  it('counts topics once per lesson', () => {
    assert.deepEqual(countTopicUsage(indexOf({ a: lesson({ topics: '[Consent, consent]' }) }).all()), [{ topic: 'Consent', lessons: 1 }]);
  });

  it('offers the curators for reviewed_by and today for reviewed_on, and no reviewer without curators', () => {
    const { config } = parseWorkspaceConfig('curators: [Priya Shah, Tom Okafor]\n');
    const reviewers = complete('stage: curated\nreviewed_by: ‸\n', config);
    assert.deepEqual(
      reviewers.candidates.map((candidate) => [candidate.label, candidate.plain, candidate.detail]),
      [
        ['Priya Shah', 'Priya Shah', 'curator (learn-once.yaml)'],
        ['Tom Okafor', 'Tom Okafor', 'curator (learn-once.yaml)'],
      ],
    );
    assert.deepEqual(labels(complete('stage: curated\nreviewed_by: ‸\n')), []);
    assert.deepEqual(labels(complete('stage: curated\nreviewed_on: ‸\n', config)), [TODAY]);
    const key = complete('stage: curated\n‸', config).candidates.find((candidate) => candidate.label === 'reviewed_on')!;
    assert.equal(key.plain, `reviewed_on: ${TODAY}`);
  });
});
