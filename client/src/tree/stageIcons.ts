import { STAGES, type Stage } from '../../../shared/stages';

/** A codicon per lifecycle stage, so the stage shows at a glance in the tree and the status bar. */
const STAGE_ICONS: Readonly<Record<Stage, string>> = {
  captured: 'edit',
  collated: 'layers',
  organised: 'list-tree',
  curated: 'verified',
  communicated: 'broadcast',
};

export const UNKNOWN_STAGE_ICON = 'question';

export function stageIcon(stage: string | undefined): string {
  return isKnownStage(stage) ? STAGE_ICONS[stage] : UNKNOWN_STAGE_ICON;
}

/** "curated" → "Curated"; no stage → "No stage". */
export function stageLabel(stage: string | undefined): string {
  if (!isKnownStage(stage)) return 'No stage';
  return stage.charAt(0).toUpperCase() + stage.slice(1);
}

export function isKnownStage(stage: string | undefined): stage is Stage {
  return stage !== undefined && (STAGES as readonly string[]).includes(stage);
}

/** Position in the lifecycle; lessons without a valid stage sort after the last stage. */
export function stageOrder(stage: string | undefined): number {
  return isKnownStage(stage) ? STAGES.indexOf(stage) : STAGES.length;
}

/** True when the lesson can still move on (it has a stage and it is not the last one). */
export function canAdvance(stage: string | undefined): boolean {
  return isKnownStage(stage) && STAGES.indexOf(stage) < STAGES.length - 1;
}
