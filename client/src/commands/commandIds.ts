/** Command, view and context-key names; package.json's `contributes` uses the same strings (a unit test checks). */
export const COMMANDS = {
  newLesson: 'learnOnce.newLesson',
  findSimilarLessons: 'learnOnce.findSimilarLessons',
  advanceStage: 'learnOnce.advanceStage',
  openLesson: 'learnOnce.openLesson',
  copyLessonId: 'learnOnce.copyLessonId',
  refresh: 'learnOnce.refreshLessons',
  groupBy: 'learnOnce.groupBy',
  groupByStage: 'learnOnce.groupByStage',
  groupByLocality: 'learnOnce.groupByLocality',
  groupByTheme: 'learnOnce.groupByTheme',
  groupByTopic: 'learnOnce.groupByTopic',
  filter: 'learnOnce.filterLessons',
  clearFilter: 'learnOnce.clearFilter',
  revealInTree: 'learnOnce.revealInTree',
  searchLessons: 'learnOnce.searchLessons',
  clearSearchResults: 'learnOnce.clearSearchResults',
  importLessons: 'learnOnce.importLessons',
  /** The status bar item's menu. */
  statusMenu: 'learnOnce.statusMenu',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

export const VIEW_CONTAINER_ID = 'learnOnce';
export const LESSONS_VIEW_ID = 'learnOnce.lessons';
/** The lessons most related to the active editor's lesson, in the same container. */
export const RELATED_VIEW_ID = 'learnOnce.relatedLessons';

/** Context keys the menus and the welcome content read. */
export const CONTEXT_KEYS = {
  groupBy: 'learnOnce.groupBy',
  filterActive: 'learnOnce.filterActive',
  lessonCount: 'learnOnce.lessonCount',
  indexed: 'learnOnce.indexed',
  /** Search results are kept at the top of the Lessons view. */
  searchResultsKept: 'learnOnce.searchResultsKept',
  /** The active editor holds a lesson (the Related Lessons view's welcome reads it). */
  lessonActive: 'learnOnce.lessonActive',
} as const;
