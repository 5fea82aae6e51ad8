import type { ClientCapabilities, Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LessonAnalysis } from '../engine/lesson/analyzeLesson';
import type { LessonWorkspace } from '../engine/workspace/LessonWorkspace';
import type { RankingAhead } from '../analysis/rankingAhead';
import type { DiagnosticsPublisher } from './features/diagnostics';
import type { HintStore } from './scan/hintStore';
import type { LearnOnceSettings } from './settings/settings';

/** A lesson document's text and its analysis at one version. */
export interface AnalysedDocument {
  uri: string;
  /** The open document's version, or undefined for text read from disk. */
  version: number | undefined;
  text: string;
  analysis: LessonAnalysis;
}

/** What every language feature module gets: the engine, the documents and the settings. */
export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  workspace: LessonWorkspace;
  publisher: DiagnosticsPublisher;
  settings(): LearnOnceSettings;
  capabilities(): ClientCapabilities;
  /** True once the initial scan has finished. */
  indexReady(): boolean;
  /** True once the similarity engine holds every lesson of the last scan. */
  similarityIndexReady(): boolean;
  /** Where the similar-lesson hints of the last scan's workspace are saved, once the similarity engine is ready (none without a storage folder). */
  hintStore(): HintStore | undefined;
  /** The thread ranking the hint pass under way beside this one, if there is one (see RankingAhead). */
  rankingAhead(): RankingAhead | undefined;
  /** The parsed lesson for an open document (cached per version) or a file on disk. */
  analysed(uri: string): Promise<AnalysedDocument | undefined>;
  /** The open document's parse if open, without touching the disk. */
  analysedOpen(uri: string): AnalysedDocument | undefined;
  /** Listeners run after any change to the index, with the uris whose problems may have changed. */
  onIndexChanged(listener: (changed: ReadonlySet<string>) => void): void;
}
