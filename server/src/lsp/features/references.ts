import type { Location, ServerCapabilities } from 'vscode-languageserver';
import { idSiteAt } from '../../engine/language/idSites';
import { isLessonFileName } from '../../engine/workspace/lessonFiles';
import type { FeatureRegistration } from '../lessonServer';

/** Find references on a lesson id: every lesson that adopts or relates to it (and its own `id` when asked). */
export const registerReferences: FeatureRegistration = (ctx) => {
  ctx.connection.onReferences(async (params): Promise<Location[] | null> => {
    const { uri } = params.textDocument;
    if (!isLessonFileName(uri)) return null;
    const document = ctx.analysedOpen(uri) ?? (await ctx.analysed(uri));
    const site = document ? idSiteAt(document.analysis.parsed, params.position) : undefined;
    if (!site) return null;
    const index = ctx.workspace.index;
    const locations: Location[] = [];
    if (params.context.includeDeclaration) {
      for (const holder of index.lessonsWithId(site.id)) locations.push({ uri: holder.uri, range: holder.facts.idRange ?? holder.facts.headRange });
    }
    const sites = [...index.referencesTo(site.id)].sort((a, b) =>
      a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.reference.range.start.line - b.reference.range.start.line || a.reference.range.start.character - b.reference.range.start.character,
    );
    for (const { uri: referrer, reference } of sites) locations.push({ uri: referrer, range: reference.range });
    return locations;
  });
  const capabilities: ServerCapabilities = { referencesProvider: true };
  return capabilities;
};
