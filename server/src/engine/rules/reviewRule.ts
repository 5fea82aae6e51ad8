import { findCurator, needsReview } from '../review/curatorReview';
import type { Problem } from '../problem';
import { nearest } from '../text/suggest';
import type { LessonRule } from './ruleTypes';

/** What a missing reviewed_by is added with when there is more than one curator to choose from. */
export const REVIEWER_PLACEHOLDER = "curator's name";

/**
 * With curators in learn-once.yaml, a lesson going to readers elsewhere (curated or
 * communicated) must say which curator reviewed it and when. A missing field is flagged on
 * the stage (which is what asks for it), a reviewer who is not a curator on the name.
 * Without curators no review is asked for.
 */
export const reviewRule: LessonRule = ({ facts, config, today }) => {
  if (!facts.stage || !facts.stageRange || !needsReview(facts.stage, config)) return [];
  const curators = config.curators.join(', ');
  const problems: Problem[] = [];
  const reviewer = facts.reviewedBy?.trim() ?? '';
  if (!reviewer) {
    const only = config.curators.length === 1 ? config.curators[0] : undefined;
    problems.push({
      code: 'review-required',
      severity: 'error',
      message: `A ${facts.stage} lesson needs a curator's review: add reviewed_by, the curator who reviewed it (curators in learn-once.yaml: ${curators}).`,
      range: facts.stageRange,
      data: {
        kind: 'insertField',
        field: 'reviewed_by',
        placeholder: only ?? REVIEWER_PLACEHOLDER,
        title: only ? `Add reviewed_by: ${only}` : 'Add reviewed_by',
      },
    });
  } else if (!findCurator(config, reviewer) && facts.reviewedByRange) {
    const suggestion = nearest(reviewer, config.curators);
    problems.push({
      code: 'review-required',
      severity: 'error',
      message: `'${reviewer}' is not one of the curators in learn-once.yaml (${curators})${suggestion ? ` — did you mean '${suggestion}'?` : `; a ${facts.stage} lesson is reviewed by one of them.`}`,
      range: facts.reviewedByRange,
      data: suggestion ? { kind: 'replace', range: facts.reviewedByRange, newText: suggestion, title: `Change to '${suggestion}'` } : undefined,
    });
  }
  if (!facts.reviewedOn?.trim()) {
    problems.push({
      code: 'review-required',
      severity: 'error',
      message: `A ${facts.stage} lesson needs the date of its review: add reviewed_on (YYYY-MM-DD).`,
      range: facts.stageRange,
      data: { kind: 'insertField', field: 'reviewed_on', placeholder: today, title: "Add reviewed_on (today's date)" },
    });
  }
  return problems;
};
