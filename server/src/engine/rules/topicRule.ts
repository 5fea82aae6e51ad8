import { isScalar, isSeq } from '../yaml/nodeKinds';
import type { Problem } from '../problem';
import { nearest } from '../text/suggest';
import { locate } from '../yaml/locate';
import { nodeRange } from '../yaml/parseYamlFile';
import type { LessonRule } from './ruleTypes';

/**
 * With a topic vocabulary in learn-once.yaml, each topic must be one of its terms (ignoring
 * case), so lessons on one subject group together instead of under five spellings of it.
 * Without a vocabulary any topic goes.
 */
export const topicRule: LessonRule = ({ parsed, config }) => {
  if (config.topics.length === 0) return [];
  const known = knownTopics(config.topics);
  const topics = locate(parsed.root, ['topics'])?.node;
  if (!isSeq(topics)) return [];
  const problems: Problem[] = [];
  for (const item of topics.items) {
    if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '' || known.has(item.value.trim().toLowerCase())) continue;
    const range = nodeRange(parsed.positions, item);
    if (!range) continue;
    const suggestion = nearest(item.value, config.topics);
    problems.push({
      code: 'unknown-topic',
      severity: 'warning',
      message: `Topic '${item.value}' is not in this workspace's topic list (topics in learn-once.yaml)${suggestion ? ` — did you mean '${suggestion}'?` : '; add it there if it is a new subject.'}`,
      range,
      data: suggestion ? { kind: 'replace', range, newText: suggestion, title: `Change to '${suggestion}'` } : undefined,
    });
  }
  return problems;
};

/** Each topic list as its terms in lower case, made once rather than for every lesson. */
const topicSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function knownTopics(topics: readonly string[]): ReadonlySet<string> {
  let known = topicSets.get(topics);
  if (!known) {
    known = new Set(topics.map((topic) => topic.trim().toLowerCase()));
    topicSets.set(topics, known);
  }
  return known;
}
