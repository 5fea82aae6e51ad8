/**
 * Custom messages between the Learn Once client and server. Both sides import this
 * file, so a name or a shape cannot drift apart.
 */
export const LearnOnceRequests = {
  /** Similar lessons for a file (by uri) or for raw text of a lesson not saved yet. */
  similarLessons: 'learnOnce/similarLessons',
  /** Every lesson in the index, for the client's tree. */
  lessons: 'learnOnce/lessons',
} as const;

export const LearnOnceNotifications = {
  /** The index changed; the client re-requests what it shows. */
  indexChanged: 'learnOnce/indexChanged',
} as const;
