import type { FeatureRegistration } from '../lessonServer';
import { CORE_LANGUAGE_FEATURES } from './coreLanguageFeatures';
import { importLessons } from '../../import/importLessons';
import { importLessonsFeature } from './importLessons';

/** Every language feature module of the Node server, registered in this order. */
export const LANGUAGE_FEATURES: readonly FeatureRegistration[] = [...CORE_LANGUAGE_FEATURES, importLessonsFeature(importLessons)];
