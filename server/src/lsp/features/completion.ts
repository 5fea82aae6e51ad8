import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { todayIso } from '../../engine/lesson/analyzeLesson';
import { completeAt } from '../../engine/language/completion/completeAt';
import type { CandidateKind, CompletionCandidate } from '../../engine/language/completion/completionTypes';
import { countTopicUsage, type TopicCount } from '../../engine/language/completion/topicUsage';
import { completeThemeAt } from '../../engine/themes/completeThemeAt';
import { isThemeFileName, isLessonFileName } from '../../../../shared/lessonFiles';
import type { FeatureRegistration } from '../lessonServer';
import type { ServerContext } from '../serverContext';
import { analysedTheme } from './themes/themeDocument';

const KINDS: Record<CandidateKind, CompletionItemKind> = {
  field: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  locality: CompletionItemKind.Value,
  topic: CompletionItemKind.Keyword,
  lesson: CompletionItemKind.Reference,
  date: CompletionItemKind.Constant,
  id: CompletionItemKind.Constant,
};

/** Completion in lesson files (fields, values, localities, topics, lesson ids and dates) and in theme files (lesson ids, topics), from the engine. */
export const registerCompletion: FeatureRegistration = (ctx) => {
  // Topic counts change only with the index; counting them once per change keeps typing fast in big workspaces.
  let topicCounts: readonly TopicCount[] | undefined;
  ctx.onIndexChanged(() => {
    topicCounts = undefined;
  });

  ctx.connection.onCompletion(async (params): Promise<CompletionList | null> => {
    const { uri } = params.textDocument;
    const isTheme = isThemeFileName(uri);
    if (!isTheme && !isLessonFileName(uri)) return null;
    const document = isTheme ? await analysedTheme(ctx, uri) : (ctx.analysedOpen(uri) ?? (await ctx.analysed(uri)));
    if (!document) return null;
    const complete = isTheme ? completeThemeAt : completeAt;
    const answer = complete({
      uri,
      parsed: document.analysis.parsed,
      position: params.position,
      config: ctx.workspace.configFor(URI.parse(uri).fsPath),
      lessons: ctx.workspace.index,
      today: todayIso(),
      topicCounts: () => (topicCounts ??= countTopicUsage(ctx.workspace.index.all())),
    });
    return { isIncomplete: answer.isIncomplete, items: answer.candidates.map((candidate) => toCompletionItem(candidate, ctx)) };
  });

  const capabilities: ServerCapabilities = { completionProvider: { triggerCharacters: [' ', '[', ','], resolveProvider: false } };
  return capabilities;
};

function toCompletionItem(candidate: CompletionCandidate, ctx: ServerContext): CompletionItem {
  const support = ctx.capabilities().textDocument?.completion?.completionItem;
  const snippets = support?.snippetSupport === true;
  const markdown = support?.documentationFormat?.includes(MarkupKind.Markdown) ?? false;
  const labelDetails = support?.labelDetailsSupport === true;
  const item: CompletionItem = {
    label: candidate.label,
    kind: KINDS[candidate.kind],
    detail: candidate.detail,
    sortText: candidate.sortText,
    filterText: candidate.filterText,
    textEdit: { range: candidate.range, newText: snippets ? candidate.snippet : candidate.plain },
    insertTextFormat: snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    // The engine already indented every line for where it goes.
    insertTextMode: InsertTextMode.asIs,
  };
  if (candidate.description) {
    if (labelDetails) item.labelDetails = { description: candidate.description };
    else item.detail = [candidate.detail, candidate.description].filter(Boolean).join(' · ');
  }
  if (candidate.documentation) item.documentation = markdown ? { kind: MarkupKind.Markdown, value: candidate.documentation } : candidate.documentation;
  if (candidate.retrigger && snippets) item.command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
  return item;
}
