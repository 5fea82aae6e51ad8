import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_CONFIG } from '../../../../server/src/engine/config/workspaceConfig';
import { setAdoptionEdits, addRelatedEdits } from '../../../../server/src/engine/edits/adoptionEdits';
import { completeAt } from '../../../../server/src/engine/language/completion/completeAt';
import { hoverAt } from '../../../../server/src/engine/language/hoverAt';
import { idSites } from '../../../../server/src/engine/language/idSites';
import { lessonOutline } from '../../../../server/src/engine/language/outline';
import { parseYamlFile } from '../../../../server/src/engine/yaml/parseYamlFile';
import { lesson, TODAY } from '../../support/lessons';
import { indexOf } from './support';

const index = indexOf({ a: lesson({ id: 'GM-0001' }), b: lesson({ id: 'YH-0002', locality: 'YHCR' }) });

/** Lesson-like text: real lines, fragments of YAML syntax and noise, in any order. */
const lessonish = fc
  .tuple(
    fc.array(
      fc.oneof(
        fc.constantFrom(...lesson({ related: '[GM-0001, YH-0002]', adoption: '\n  action: replicate\n  lesson: GM-0001' }).split('\n')),
        fc.constantFrom(
          '  ',
          '- ',
          '[',
          ']',
          '{',
          '}',
          ':',
          '"',
          "'",
          '|',
          '>-',
          '#',
          '&a',
          '*a',
          '!!str',
          '\t',
          '\r',
          'adoption:',
          '  lesson: ',
          'related: [GM-',
          'topics:',
          '  - ',
        ),
        fc.string({ maxLength: 12 }),
      ),
      { maxLength: 30 },
    ),
    fc.boolean(),
  )
  .map(([parts, onLines]) => parts.join(onLines ? '\n' : ''));

describe('language features on any text', () => {
  it('completion, hover, outline, id sites and adoption edits answer without throwing, with ranges inside the text', () => {
    fc.assert(
      fc.property(lessonish, fc.nat(40), fc.nat(60), (text, line, character) => {
        const parsed = parseYamlFile(text, 'lesson');
        const position = { line, character };
        const lines = text.split(/\r\n|\r|\n/);
        const answer = completeAt({ parsed, position, config: DEFAULT_CONFIG, lessons: index, today: TODAY });
        for (const candidate of answer.candidates) {
          assert.ok(
            candidate.range.start.line < lines.length && candidate.range.end.character <= lines[candidate.range.end.line].length,
            JSON.stringify(candidate.range),
          );
        }
        hoverAt({ parsed, position, config: DEFAULT_CONFIG, lessons: index.all(), lessonsWithId: (id) => index.lessonsWithId(id), referenceCount: () => 0 });
        lessonOutline(parsed);
        idSites(parsed);
        setAdoptionEdits(parsed, { action: 'enhance', lesson: 'GM-0001' });
        addRelatedEdits(parsed, 'GM-0001');
      }),
      { numRuns: 500 },
    );
  });
});
