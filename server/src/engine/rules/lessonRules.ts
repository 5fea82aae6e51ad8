import { dateRule } from './dateRule';
import { idPrefixRule } from './idPrefixRule';
import { contactPolicyRule } from './identifiable/contactPolicyRule';
import { personalDataRule } from './identifiable/personalDataRule';
import { localityRule } from './localityRule';
import { placeholderAnswerRule } from './placeholderAnswerRule';
import { reviewRule } from './reviewRule';
import type { LessonRule } from './ruleTypes';
import { summaryRule } from './summaryRule';
import { topicRule } from './topicRule';

/**
 * Every single-file rule, run in this order after the schema check. The NHS number rule is
 * not among them: it runs on every file, even one that cannot be read as a lesson (analyzeLesson).
 */
export const LESSON_RULES: readonly LessonRule[] = [
  idPrefixRule,
  localityRule,
  summaryRule,
  reviewRule,
  dateRule,
  placeholderAnswerRule,
  topicRule,
  personalDataRule,
  contactPolicyRule,
];
