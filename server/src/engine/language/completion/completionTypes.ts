import type { WorkspaceConfig } from '../../config/workspaceConfig';
import type { LessonEntry } from '../../index/LessonIndex';
import type { Position, Range } from '../../problem';
import type { ParsedYaml } from '../../yaml/parseYamlFile';
import type { TopicCount } from './topicUsage';

/** What kind of thing a suggestion is, so an editor can show the right icon. */
export type CandidateKind = 'field' | 'value' | 'locality' | 'topic' | 'lesson' | 'date' | 'id';

/** One suggestion, free of any editor's types. */
export interface CompletionCandidate {
  label: string;
  kind: CandidateKind;
  /** One line beside the label, e.g. a lesson's title. */
  detail?: string;
  /** Shown after the label, less prominently, e.g. a lesson's locality. */
  description?: string;
  /** Markdown. */
  documentation?: string;
  /** What replaces `range`: as a snippet with tab stops, and as plain text. */
  range: Range;
  snippet: string;
  plain: string;
  /** Orders the list; the editor sorts by it before anything else. */
  sortText: string;
  /** What the editor matches the typed text against, when it is not the label. */
  filterText?: string;
  /** Suggest again once inserted: the new key's value has suggestions of its own. */
  retrigger?: boolean;
}

export interface CompletionAnswer {
  candidates: CompletionCandidate[];
  /** The list was filtered or cut by what has been typed: ask again as typing goes on. */
  isIncomplete: boolean;
}

/** The lessons completion can offer: the workspace index fits. */
export interface LessonCatalog {
  all(): Iterable<LessonEntry>;
  ids(): string[];
  get(uri: string): LessonEntry | undefined;
}

export interface CompletionInput {
  /** The lesson being edited, so its own topics do not count as the workspace's. */
  uri?: string;
  parsed: ParsedYaml;
  position: Position;
  config: WorkspaceConfig;
  lessons: LessonCatalog;
  /** Today as YYYY-MM-DD. */
  today: string;
  /** Topics used in the workspace with their counts; computed from `lessons` when not given. */
  topicCounts?: () => readonly TopicCount[];
  /** Most suggestions in one list for lessons and topics (the rest come as typing narrows). */
  maxItems?: number;
}

export const DEFAULT_MAX_ITEMS = 100;

/** Sort keys that keep a list in the order it was built. */
export function sortKey(index: number): string {
  return String(index).padStart(5, '0');
}
