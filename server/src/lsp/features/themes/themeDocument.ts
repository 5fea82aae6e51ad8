import { URI } from 'vscode-uri';
import { todayIso } from '../../../engine/lesson/analyzeLesson';
import { analyzeTheme, type ThemeAnalysis } from '../../../engine/themes/analyzeTheme';
import { readLessonFile } from '../../../engine/workspace/readLessonFile';
import type { ServerContext } from '../../serverContext';

/** A theme's text and its analysis at one version. */
export interface AnalysedTheme {
  uri: string;
  /** The open document's version, or undefined for text read from disk. */
  version: number | undefined;
  text: string;
  analysis: ThemeAnalysis;
}

/**
 * A theme as the editor has it (an open document's text) or as it is on disk. Themes are
 * few and small, so each request parses afresh instead of keeping parses cached.
 * Undefined for a file that cannot be read or is over learnOnce.maxFileSize.
 */
export async function analysedTheme(ctx: ServerContext, uri: string): Promise<AnalysedTheme | undefined> {
  const filePath = URI.parse(uri).fsPath;
  const open = ctx.documents.get(uri);
  const maxFileSize = ctx.settings().maxFileSize;
  let text: string;
  if (open) {
    text = open.getText();
    if (text.length > maxFileSize) return undefined;
  } else {
    const read = await readLessonFile(filePath, maxFileSize);
    if (read.kind !== 'text') return undefined;
    text = read.text;
  }
  const analysis = analyzeTheme(text, { config: ctx.workspace.configFor(filePath), today: todayIso() });
  return { uri, version: open?.version, text, analysis };
}
