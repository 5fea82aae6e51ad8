import { needsSummary } from '../lesson/lessonModel';
import type { LessonRule } from './ruleTypes';

/** From curated on, readers elsewhere rely on the summary, so it must be there. */
export const summaryRule: LessonRule = ({ facts }) => {
  if (!facts.stage || !facts.stageRange || !needsSummary(facts.stage) || facts.summary.trim()) return [];
  return [
    {
      code: 'summary-required',
      severity: 'error',
      message: `A ${facts.stage} lesson needs a summary: one paragraph for readers elsewhere.`,
      range: facts.stageRange,
      data: {
        kind: 'insertField',
        field: 'summary',
        placeholder: 'One paragraph for readers elsewhere: the problem, what worked and what to do next time.',
        title: 'Add a summary',
      },
    },
  ];
};
