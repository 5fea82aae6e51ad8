import { COMMANDS, type CommandId } from '../commands/commandIds';

/** One line of the status bar's menu: what it says and the command it runs. */
export interface StatusMenuEntry {
  label: string;
  detail: string;
  command: CommandId;
}

/** What the status bar knows about the active lesson when it is clicked. */
export interface StatusMenuState {
  /** The active lesson's id, when it has one. */
  lessonId?: string;
  /** How many similar lessons are above the hint threshold, when counted. */
  similarCount?: number;
  /** The lesson's stage is the last one, so there is nothing to advance to. */
  lastStage: boolean;
}

/**
 * The status bar's menu, best first: the lesson's own look-ups, then searching by problem
 * (a person about to solve something asks "has anyone done this?" before writing), then
 * starting a lesson. Pure, so it is unit-tested without VS Code.
 */
export function statusMenuEntries(state: StatusMenuState): StatusMenuEntry[] {
  const name = state.lessonId ?? 'this lesson';
  const count = state.similarCount;
  const entries: StatusMenuEntry[] = [
    {
      label: '$(references) Find Similar Lessons',
      detail:
        count === undefined
          ? `Lessons like ${name}, from every locality.`
          : count === 0
            ? `No lesson above the hint threshold is like ${name}; see the nearest ones.`
            : `${count} lesson${count === 1 ? ' is' : 's are'} like ${name}.`,
      command: COMMANDS.findSimilarLessons,
    },
    {
      label: '$(search) Search Lessons by Problem…',
      detail: 'Describe a problem in your own words and find the lessons that answer it.',
      command: COMMANDS.searchLessons,
    },
  ];
  if (!state.lastStage)
    entries.push({ label: '$(arrow-right) Advance Stage…', detail: `Move ${name} to its next lifecycle stage.`, command: COMMANDS.advanceStage });
  entries.push(
    { label: '$(list-tree) Reveal in Lessons View', detail: `Show ${name} among its locality's lessons.`, command: COMMANDS.revealInTree },
    { label: '$(new-file) New Lesson…', detail: 'Start a lesson from the three-question template.', command: COMMANDS.newLesson },
  );
  return entries;
}
