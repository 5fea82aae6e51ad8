import { MarkupKind, type Hover, type Position, type ServerCapabilities } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { hoverAt, type HoverAnswer } from '../../engine/language/hoverAt';
import { hoverThemeAt } from '../../engine/themes/hoverThemeAt';
import { isThemeFileName, isLessonFileName } from '../../../../shared/lessonFiles';
import type { FeatureRegistration } from '../lessonServer';
import type { ServerContext } from '../serverContext';
import { analysedTheme } from './themes/themeDocument';

/**
 * Hover in lesson files: what a field is for, a referenced lesson's card, a locality's lessons
 * by stage, the themes that collate the lesson. In theme files: a named lesson's card, what a field is for.
 */
export const registerHover: FeatureRegistration = (ctx) => {
  ctx.connection.onHover(async (params): Promise<Hover | null> => {
    const { uri } = params.textDocument;
    const answer = isThemeFileName(uri)
      ? await themeHover(ctx, uri, params.position)
      : isLessonFileName(uri)
        ? await lessonHover(ctx, uri, params.position)
        : undefined;
    if (!answer) return null;
    const markdown = ctx.capabilities().textDocument?.hover?.contentFormat?.includes(MarkupKind.Markdown) ?? false;
    return { contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: answer.markdown }, range: answer.range };
  });
  const capabilities: ServerCapabilities = { hoverProvider: true };
  return capabilities;
};

async function lessonHover(ctx: ServerContext, uri: string, position: Position): Promise<HoverAnswer | undefined> {
  const document = ctx.analysedOpen(uri) ?? (await ctx.analysed(uri));
  if (!document) return undefined;
  const index = ctx.workspace.index;
  return hoverAt({
    parsed: document.analysis.parsed,
    position,
    config: ctx.workspace.configFor(URI.parse(uri).fsPath),
    lessons: index.all(),
    lessonsWithId: (id) => index.lessonsWithId(id),
    referenceCount: (id) => new Set(index.referencesTo(id).map((site) => site.uri)).size,
    themesOf: (id) => ctx.workspace.themes.mentionsOf(id),
  });
}

async function themeHover(ctx: ServerContext, uri: string, position: Position): Promise<HoverAnswer | undefined> {
  const theme = await analysedTheme(ctx, uri);
  if (!theme) return undefined;
  return hoverThemeAt({
    parsed: theme.analysis.parsed,
    facts: theme.analysis.facts,
    position,
    lessonsWithId: (id) => ctx.workspace.index.lessonsWithId(id),
    themesOf: (id) => ctx.workspace.themes.mentionsOf(id),
  });
}
