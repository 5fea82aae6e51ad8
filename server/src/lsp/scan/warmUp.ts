import { DEFAULT_CONFIG } from '../../engine/config/workspaceConfig';
import { analyzeLesson } from '../../engine/lesson/analyzeLesson';

const SAMPLE = 'id: GM-0001\ntitle: Warm-up\nlocality: Greater Manchester Care Record\nstage: captured\ndate: 2025-01-01\ntopics: [consent]\ngood: a\nnot_so_good: b\nimprovements: c\n';

/**
 * Compiles the schema validators and runs the parser once. Called while answering
 * `initialize`, when the protocol lets no other request wait on the server, so these
 * tens of milliseconds never hold up a request later.
 */
export function warmUpAnalysis(): void {
  analyzeLesson(SAMPLE, { config: DEFAULT_CONFIG, today: '2025-01-02' });
}
