import { readPersistedIndex, type PersistedIndexLoad } from '../../engine/persist/readPersistedIndex';
import { TimeSlicer } from '../scheduling/timeSlicer';

/** A saved index being read ahead of the scan that will use it. */
export interface IndexPrefetch {
  file: string;
  load: Promise<PersistedIndexLoad>;
}

/**
 * Starts reading the saved index as soon as the server knows where it is (at initialize),
 * so the reading overlaps the editor's handshake (settings, folders, progress). Its header
 * is checked when the scan takes it, against the settings known by then.
 */
export function prefetchIndex(file: string | undefined): IndexPrefetch | undefined {
  if (!file) return undefined;
  return { file, load: readPersistedIndex(file, () => undefined, new TimeSlicer()) };
}
