// The one module that takes the guards from yaml itself.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import * as yaml from 'yaml';

/**
 * yaml's node guards, bound once. Bundled, every use of a binding imported from a CommonJS
 * package goes through a getter, and these run for every node of every lesson analysed;
 * the engine imports them from here (a lint rule says so), where they are plain constants.
 */
export const { isAlias, isCollection, isDocument, isMap, isNode, isPair, isScalar, isSeq } = yaml;
