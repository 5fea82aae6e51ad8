import type { FeatureRegistration } from '../lessonServer';

/** Every language feature module, registered in this order. */
export const LANGUAGE_FEATURES: readonly FeatureRegistration[] = [];
