import { DEFAULT_CONFIG } from '../../engine/config/workspaceConfig';
import { analyzeLesson } from '../../engine/lesson/analyzeLesson';

const SAMPLE =
  'id: GM-0001\ntitle: Warm-up\nlocality: Greater Manchester Care Record\nstage: captured\ndate: 2025-01-01\ntopics: [consent]\ngood: a\nnot_so_good: b\nimprovements: c\n';

/**
 * Compiles the schema validators and runs the parser once. Called once a scan's problems
 * are out: a warm start from the saved index has not needed them yet, and these tens of
 * milliseconds should not hold up the first edit (nor the warm start itself).
 */
export function warmUpAnalysis(): void {
  analyzeLesson(SAMPLE, { config: DEFAULT_CONFIG, today: '2025-01-02' });
}
