import type { Answer, LessonContent } from './lessonContent';
import { PARAPHRASES } from './prose';
import type { Random } from './random';
import { capitalise } from './yamlText';

const PARAPHRASE_PATTERN = new RegExp(
  `\\b(${[...PARAPHRASES]
    .map(([phrase]) => phrase)
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&'))
    .join('|')})\\b`,
  'g',
);
const ALTERNATIVES = new Map(PARAPHRASES);

/** The same lesson in other words: synonyms and acronyms swapped, sentences reordered within each paragraph. */
export function paraphrase(random: Random, content: LessonContent): LessonContent {
  const reword = (text: string): string =>
    text.replace(PARAPHRASE_PATTERN, (phrase: string) => {
      const alternatives = ALTERNATIVES.get(phrase);
      return alternatives && random.chance(0.75) ? random.pick(alternatives) : phrase;
    });
  const rewordAnswer = (answer: Answer): Answer =>
    answer.map((passage) => ({ bullets: passage.bullets, sentences: random.shuffle(passage.sentences.map(reword)) }));
  return {
    theme: content.theme,
    style: content.style,
    title: capitalise(reword(content.title)),
    topics: random.shuffle([...content.topics]),
    good: rewordAnswer(content.good),
    notSoGood: rewordAnswer(content.notSoGood),
    improvements: rewordAnswer(content.improvements),
    summary: content.summary.map(reword),
    outcome: content.outcome,
  };
}
