import type { FeatureRegistration } from '../lessonServer';
import { registerAuthoringRequests } from './authoringRequests';
import { registerCodeActions } from './codeActions/codeActions';
import { registerCompletion } from './completion';
import { registerDefinition } from './definition';
import { registerDocumentSymbols } from './documentSymbols';
import { registerHover } from './hover';
import { registerLessonCatalogue } from './lessonCatalogue';
import { registerReferences } from './references';
import { registerRename } from './rename';
import { registerSearchLessons } from './searchLessons';
import { registerServerCommands } from './showLessonCommand';
import { registerSimilarLessons } from './similarLessons';
import { registerWorkspaceSymbols } from './workspaceSymbols';

/**
 * Every language feature that reads only what the server holds: the same in Node and in the
 * browser. (Importing a spreadsheet reads and writes files differently in each: each server adds
 * its own importLessonsFeature.)
 */
export const CORE_LANGUAGE_FEATURES: readonly FeatureRegistration[] = [
  registerSimilarLessons,
  registerLessonCatalogue,
  registerSearchLessons,
  registerAuthoringRequests,
  registerCompletion,
  registerHover,
  registerDefinition,
  registerReferences,
  registerRename,
  registerDocumentSymbols,
  registerWorkspaceSymbols,
  registerCodeActions,
  registerServerCommands,
];
