import { MarkupKind, type Hover, type ServerCapabilities } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { hoverAt } from '../../engine/language/hoverAt';
import { isLessonFileName } from '../../engine/workspace/lessonFiles';
import type { FeatureRegistration } from '../lessonServer';

/** Hover in lesson files: what a field is for, a referenced lesson's card, a locality's lessons by stage. */
export const registerHover: FeatureRegistration = (ctx) => {
  ctx.connection.onHover(async (params): Promise<Hover | null> => {
    const { uri } = params.textDocument;
    if (!isLessonFileName(uri)) return null;
    const document = ctx.analysedOpen(uri) ?? (await ctx.analysed(uri));
    if (!document) return null;
    const index = ctx.workspace.index;
    const answer = hoverAt({
      parsed: document.analysis.parsed,
      position: params.position,
      config: ctx.workspace.configFor(URI.parse(uri).fsPath),
      lessons: index.all(),
      lessonsWithId: (id) => index.lessonsWithId(id),
      referenceCount: (id) => new Set(index.referencesTo(id).map((site) => site.uri)).size,
    });
    if (!answer) return null;
    const markdown = ctx.capabilities().textDocument?.hover?.contentFormat?.includes(MarkupKind.Markdown) ?? false;
    return { contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: answer.markdown }, range: answer.range };
  });
  const capabilities: ServerCapabilities = { hoverProvider: true };
  return capabilities;
};
