// The words the Lessons view shows where a node has no name of its own, and its counts.

export const NO_LOCALITY = 'No locality';
export const NO_THEME = 'In no theme';
export const NO_TOPIC = 'No topic';
export const OUTSIDE_FOLDERS = 'Other lessons';

/** A group's count, as its description. */
export function countText(count: number): string {
  return String(count);
}

/** A lesson's or theme's file name, for one without a title. */
export function fileName(uri: string): string {
  const last = uri.split('/').pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
