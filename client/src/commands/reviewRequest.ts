import type { AdvanceStageParams } from '../../../shared/protocol';

/** A day in the editor's own time zone as YYYY-MM-DD: a review chosen now is dated today where the curator is. */
export function localIsoDate(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The Advance Stage request sent again once the curator who reviewed the lesson is chosen, dated today. */
export function reviewedAdvanceParams(uri: string, curator: string, now: Date): AdvanceStageParams {
  return { uri, reviewedBy: curator, reviewedOn: localIsoDate(now) };
}

/** The quick pick's title and prompt when a move needs a curator's review. */
export function curatorPickText(to: string): { title: string; placeHolder: string } {
  return { title: `Moving this lesson to ${to} needs a curator's review`, placeHolder: 'Which curator reviewed this lesson? (Esc cancels the move)' };
}
