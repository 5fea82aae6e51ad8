import { dateRule } from './dateRule';
import { idPrefixRule } from './idPrefixRule';
import { localityRule } from './localityRule';
import { placeholderAnswerRule } from './placeholderAnswerRule';
import type { LessonRule } from './ruleTypes';
import { summaryRule } from './summaryRule';

/** Every single-file rule, run in this order after the schema check. */
export const LESSON_RULES: readonly LessonRule[] = [idPrefixRule, localityRule, summaryRule, dateRule, placeholderAnswerRule];
