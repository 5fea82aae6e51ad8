import type { FixProvider } from './fixProvider';
import { referenceFixes } from './referenceFixes';
import { ruleFixes } from './ruleFixes';
import { similarLessonFixes } from './similarLessonFixes';
import { themeFixes } from './themeFixes';

/** Every source of quick fixes, asked in this order. */
export const FIX_PROVIDERS: readonly FixProvider[] = [ruleFixes, referenceFixes, similarLessonFixes, themeFixes];
