import type { Focus } from './lessonContent';
import { SLOTS } from './prose';
import type { Random } from './random';
import { capitalise } from './yamlText';

const DETAIL_SLOTS: Readonly<Record<string, keyof Omit<Focus, 'theme' | 'things'>>> = {
  place: 'place',
  place2: 'place2',
  product: 'product',
  project: 'project',
  month: 'month',
  year: 'year',
  number: 'number',
};

/** A template with its `{slots}` filled: the lesson's own specifics where it has them, otherwise any filler. */
export function fill(random: Random, template: string, focus?: Focus): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    if (slot === 'thing' || slot === 'Thing') {
      const thing = focus ? random.pick(focus.things) : 'the work';
      return slot === 'Thing' ? capitalise(thing) : thing;
    }
    if (focus && slot in DETAIL_SLOTS) return focus[DETAIL_SLOTS[slot]!];
    return random.pick(SLOTS[slot] ?? [slot]);
  });
}
