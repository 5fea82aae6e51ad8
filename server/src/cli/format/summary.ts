import type { CheckResult } from '../checkResult';

/** One line for stderr: how many lessons (and themes) were checked and what was found. */
export function formatSummary(result: CheckResult): string {
  const { error, warning, information, hint } = result.counts;
  const parts = [count(error, 'error'), count(warning, 'warning')];
  if (information > 0) parts.push(`${information} information`);
  if (hint > 0) parts.push(count(hint, 'hint'));
  const checked = result.themes ? `${count(result.lessons, 'lesson')} and ${count(result.themes, 'theme')}` : count(result.lessons, 'lesson');
  return `${checked} checked: ${parts.join(', ')}.\n`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
