/** The Learning from Local pipeline, in order. */
export const STAGES = ['captured', 'collated', 'organised', 'curated', 'communicated'] as const;
export type Stage = (typeof STAGES)[number];
