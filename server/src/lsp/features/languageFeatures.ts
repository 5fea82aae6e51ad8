import type { FeatureRegistration } from '../lessonServer';
import { registerAuthoringRequests } from './authoringRequests';
import { registerCodeActions } from './codeActions/codeActions';
import { registerCompletion } from './completion';
import { registerDefinition } from './definition';
import { registerDocumentSymbols } from './documentSymbols';
import { registerHover } from './hover';
import { registerImportLessons } from './importLessons';
import { registerLessonCatalogue } from './lessonCatalogue';
import { registerReferences } from './references';
import { registerRename } from './rename';
import { registerSearchLessons } from './searchLessons';
import { registerServerCommands } from './showLessonCommand';
import { registerSimilarLessons } from './similarLessons';
import { registerWorkspaceSymbols } from './workspaceSymbols';

/** Every language feature module, registered in this order. */
export const LANGUAGE_FEATURES: readonly FeatureRegistration[] = [
  registerSimilarLessons,
  registerLessonCatalogue,
  registerSearchLessons,
  registerAuthoringRequests,
  registerImportLessons,
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
