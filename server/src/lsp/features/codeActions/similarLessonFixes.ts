import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { addRelatedEdits, setAdoptionEdits } from '../../../engine/edits/adoptionEdits';
import { isObject } from '../../../../../shared/isObject';
import { ADOPTION_ACTIONS, type AdoptionAction } from '../../../engine/lesson/lessonModel';
import { quickFix, type FixProvider } from './fixProvider';

/** The server command behind "Open <id>": asks the editor to show the other lesson. */
export const SHOW_LESSON_COMMAND = 'learnOnce.server.showLesson';

const ACTION_TITLES: Record<AdoptionAction, string> = { replicate: 'Replicate', customise: 'Customise', enhance: 'Enhance' };

export interface HintMatch {
  uri: string;
  id?: string;
  title?: string;
  adoptable?: boolean;
}

/**
 * Turns a similar-lesson hint into reuse: for each lesson the hint names, write the
 * `adoption` block (replicate, customise or enhance it), append it to `related`, or open it.
 * Adopting is offered only for an older lesson of another locality (`adoptable`, decided
 * by the engine when the hint was made): anything else would record reuse that cannot
 * have happened.
 */
export const similarLessonFixes: FixProvider = (request) => {
  const actions: CodeAction[] = [];
  for (const diagnostic of request.diagnostics) {
    if (diagnostic.code !== 'similar-lesson') continue;
    for (const match of hintMatches(diagnostic)) {
      if (!match.id) continue;
      const id = match.id;
      const parsed = request.document.analysis.parsed;
      if (match.adoptable === true) {
        for (const action of ADOPTION_ACTIONS)
          actions.push(quickFix(request, `${ACTION_TITLES[action]} ${id}`, setAdoptionEdits(parsed, { action, lesson: id }), [diagnostic]));
      }
      const alreadyRelated = request.document.analysis.facts.references.some((reference) => reference.kind === 'related' && reference.id === id);
      if (!alreadyRelated) actions.push(quickFix(request, `Mark ${id} as related`, addRelatedEdits(parsed, id), [diagnostic]));
      actions.push({
        title: `Open ${id}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: `Open ${id}`, command: SHOW_LESSON_COMMAND, arguments: [match.uri] },
      });
    }
  }
  return actions;
};

/** The lessons a similar-lesson hint names, from the data it carries. */
export function hintMatches(diagnostic: Diagnostic): HintMatch[] {
  const data = diagnostic.data as { kind?: unknown; matches?: unknown } | undefined;
  if (data?.kind !== 'similarLessons' || !Array.isArray(data.matches)) return [];
  return data.matches.filter((match): match is HintMatch => isObject(match) && typeof match.uri === 'string');
}
