import type { FeatureRegistration } from '../lessonServer';
import { registerAuthoringRequests } from './authoringRequests';
import { registerLessonCatalogue } from './lessonCatalogue';
import { registerSimilarLessons } from './similarLessons';

/** Every language feature module, registered in this order. */
export const LANGUAGE_FEATURES: readonly FeatureRegistration[] = [registerSimilarLessons, registerLessonCatalogue, registerAuthoringRequests];
