import type { ArtefactPathLink } from './artefactLinks';

/** What a rendering needs to know beyond the report itself: where it will be read from. */
export interface RenderOptions {
  /** A workspace path in `artefacts` as a link from the report's place; none: paths are shown as text. */
  artefactPathLink?: ArtefactPathLink;
}
