import type { Location, ServerCapabilities } from 'vscode-languageserver';
import type { FeatureRegistration } from '../lessonServer';
import { comparePositions } from '../../engine/text/positions';
import { lessonIdAt } from './definition';
import { themeSitesOf } from './themes/themeNavigation';

/**
 * Find references on a lesson id, in a lesson or in a theme's `lessons`: every lesson that
 * adopts or relates to it, then every theme that collates it (and its own `id` when asked).
 */
export const registerReferences: FeatureRegistration = (ctx) => {
  ctx.connection.onReferences(async (params): Promise<Location[] | null> => {
    const id = await lessonIdAt(ctx, params.textDocument.uri, params.position);
    if (!id) return null;
    const index = ctx.workspace.index;
    const locations: Location[] = [];
    if (params.context.includeDeclaration) {
      for (const holder of index.lessonsWithId(id)) locations.push({ uri: holder.uri, range: holder.facts.idRange ?? holder.facts.headRange });
    }
    const sites = [...index.referencesTo(id)].sort((a, b) =>
      a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : comparePositions(a.reference.range.start, b.reference.range.start),
    );
    for (const { uri: referrer, reference } of sites) locations.push({ uri: referrer, range: reference.range });
    locations.push(...themeSitesOf(ctx, id));
    return locations;
  });
  const capabilities: ServerCapabilities = { referencesProvider: true };
  return capabilities;
};
