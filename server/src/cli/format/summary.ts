import type { CheckResult } from '../checkResult';

/** One line for stderr: how many lessons were checked and what was found. */
export function formatSummary(result: CheckResult): string {
  const { error, warning, information, hint } = result.counts;
  const parts = [count(error, 'error'), count(warning, 'warning')];
  if (information > 0) parts.push(`${information} information`);
  if (hint > 0) parts.push(count(hint, 'hint'));
  return `${count(result.lessons, 'lesson')} checked: ${parts.join(', ')}.\n`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
