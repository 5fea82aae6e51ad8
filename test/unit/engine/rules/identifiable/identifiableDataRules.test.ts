import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { DEFAULT_CONFIG, parseWorkspaceConfig } from '../../../../../server/src/engine/config/workspaceConfig';
import { applyPlainTextEdits } from '../../../../support/applyPlainTextEdits';
import { fixForProblem } from '../../../../../server/src/engine/edits/problemFixes';
import { analyzeLesson } from '../../../../../server/src/engine/lesson/analyzeLesson';
import type { Problem } from '../../../../../server/src/engine/problem';
import { lesson, problemsOf, TODAY, where } from '../../../support/lessons';

const context = { config: DEFAULT_CONFIG, today: TODAY, ids: () => [] };

function only(text: string, code: string, config = DEFAULT_CONFIG): Problem[] {
  return problemsOf(text, config).filter((problem) => problem.code === code);
}

/** The text after the quick fix of the first `code` problem, and the fix's title. */
function fixed(text: string, code: string): { text: string; title: string } {
  const analysis = analyzeLesson(text, { config: DEFAULT_CONFIG, today: TODAY });
  const problem = analysis.problems.find((candidate) => candidate.code === code);
  assert.ok(problem, `a ${code} problem among ${analysis.problems.map((p) => p.code).join(', ')}`);
  const fix = fixForProblem(problem, analysis.parsed, context);
  assert.ok(fix, 'a fix');
  return { text: applyPlainTextEdits(text, fix.edits), title: fix.title };
}

describe('identifiable data rules', () => {
  describe('nhs-number', () => {
    it('is an error on the number itself, and the message does not repeat it', () => {
      const [problem, ...rest] = only(lesson({ good: '|\n  The pt 943 476 5919 showed in the portal.' }), 'nhs-number');
      assert.equal(rest.length, 0);
      assert.deepEqual(where(problem!), ['nhs-number', 7, 9, 7, 21]);
      assert.equal(problem!.severity, 'error');
      assert.equal(
        problem!.message,
        'This is an NHS number (ten digits that pass the NHS number check). Lessons are shared with every locality and published in reports: remove it and describe the case without it.',
      );
      assert.ok(!problem!.message.includes('943'));
    });

    it('replaces the number with [NHS number removed] where it stands in a block, a quoted value, the middle of a plain one and a comment', () => {
      const cases: [Record<string, string>, string, string][] = [
        [{ good: '|\n  The pt 943 476 5919 showed.' }, 'good', 'The pt [NHS number removed] showed.'],
        [{ good: '"pt 943-476-5919 showed"' }, 'good', 'pt [NHS number removed] showed'],
        [{ good: "'pt 9434765919 showed'" }, 'good', 'pt [NHS number removed] showed'],
        [{ title: 'Portal test with 943 476 5919 failed' }, 'title', 'Portal test with [NHS number removed] failed'],
      ];
      for (const [overrides, field, expected] of cases) {
        const { text, title } = fixed(lesson(overrides), 'nhs-number');
        assert.equal(title, 'Replace with [NHS number removed]');
        assert.equal(
          (parse(text) as Record<string, unknown>)[field],
          expected + (field === 'good' && overrides.good!.startsWith('|') ? '\n' : ''),
          JSON.stringify(overrides),
        );
      }
      const comment = `${lesson()}# pt 943 476 5919 to follow up\n`;
      assert.equal(fixed(comment, 'nhs-number').text, `${lesson()}# pt [NHS number removed] to follow up\n`);
    });

    it('writes a plain value again, quoted, when the number starts it or it sits in a flow list, so the YAML still reads', () => {
      const start = fixed(lesson({ title: '943 476 5919 did not show' }), 'nhs-number').text;
      assert.equal((parse(start) as { title: string }).title, '[NHS number removed] did not show');
      const flow = fixed(lesson({ topics: '[portal, 943 476 5919]' }), 'nhs-number').text;
      assert.deepEqual((parse(flow) as { topics: string[] }).topics, ['portal', '[NHS number removed]']);
    });

    it('finds a number in a file that is not valid YAML, and after an escape in a double-quoted value', () => {
      const broken = only('id: GM-0001\ngood: [unclosed 943 476 5919\n', 'nhs-number');
      assert.deepEqual(broken.map(where), [['nhs-number', 1, 16, 1, 28]]);
      const escaped = only(lesson({ not_so_good: '"first line\\n9434765919 second line"' }), 'nhs-number');
      assert.deepEqual(escaped.map(where), [['nhs-number', 8, 26, 8, 36]]);
    });

    it('flags 999 test numbers unless learn-once.yaml allows them, and never a real number', () => {
      const text = lesson({ good: '|\n  Tested with 999 000 0018 and then 943 476 5919.' });
      const [test, real] = only(text, 'nhs-number');
      assert.match(test!.message, /999 test range/);
      assert.match(real!.message, /ten digits that pass/);
      const { config } = parseWorkspaceConfig('identifiableData:\n  allowTestNhsNumbers: true\n');
      assert.deepEqual(only(text, 'nhs-number', config).map(where), [where(real!)]);
    });

    it('leaves phone numbers, dates, ids and wrong check digits alone', () => {
      const text = lesson({ good: '|\n  Call 0161 496 0123 about CR-2023-114 (INC0012345), live 2024-03-15.\n  Our ref 943 476 5918.' });
      assert.deepEqual(only(text, 'nhs-number'), []);
    });
  });

  describe('personal-data', () => {
    it("warns about a date of birth, a patient's postcode and name, each on its own words", () => {
      const text = lesson({ good: '|\n  Mrs Okafor (DOB 03/07/1948) was readmitted.\n  The resident lives at M13 9PL.' });
      const problems = only(text, 'personal-data');
      assert.deepEqual(problems.map(where), [
        ['personal-data', 7, 2, 7, 12],
        ['personal-data', 7, 18, 7, 28],
        ['personal-data', 8, 24, 8, 31],
      ]);
      assert.deepEqual(
        problems.map((problem) => problem.severity),
        ['warning', 'warning', 'warning'],
      );
      assert.match(problems[0]!.message, /^This looks like a patient's name\./);
      assert.match(problems[1]!.message, /^This looks like a date of birth\./);
      assert.match(problems[2]!.message, /^This looks like a patient's postcode\./);
      assert.ok(problems.every((problem) => !problem.message.includes('Okafor') && !problem.message.includes('M13')));
    });

    it('finds a postcode in lower case or run together, with a cue written after it, and only with a cue in the same value', () => {
      const text = lesson({ good: '|\n  Sent to m139pl, where the patient lives.', not_so_good: 'Our office at sw1a 1aa took the calls.' });
      assert.deepEqual(only(text, 'personal-data').map(where), [['personal-data', 7, 10, 7, 16]]);
    });

    it('needs the cue: a go-live date, an office postcode and a named member of staff pass', () => {
      const text = lesson({ good: '|\n  We went live on 03/07/2024 at the hub, M13 9PL.\n  Mr Hughes, our Caldicott Guardian, signed the DSA.' });
      assert.deepEqual(only(text, 'personal-data'), []);
    });

    it('warns about an email address in an answer, not in the summary or contact', () => {
      const text = lesson({ improvements: '|\n  Ask jane.doe@nhs.net first.', summary: 'Write to england.lhcr@nhs.net.', contact: 'jane.doe@nhs.net' });
      const problems = only(text, 'personal-data');
      assert.deepEqual(problems.map(where), [['personal-data', 11, 6, 11, 22]]);
      assert.match(problems[0]!.message, /an email address.*role mailbox in contact/);
    });

    it('offers to replace each with a placeholder saying what was removed', () => {
      const text = lesson({ good: '|\n  Mrs Okafor (DOB 03/07/1948) was readmitted.' });
      const { text: after, title } = fixed(text, 'personal-data');
      assert.equal(title, 'Replace with [name removed]');
      assert.equal((parse(after) as { good: string }).good, '[name removed] (DOB 03/07/1948) was readmitted.\n');
    });
  });

  describe('contact-policy', () => {
    const rolePolicy = parseWorkspaceConfig('contactPolicy: role-mailbox\n').config;

    it("warns about a person's nhs.net address when learn-once.yaml asks for a role mailbox", () => {
      const [problem] = only(lesson({ contact: 'jane.doe@nhs.net' }), 'contact-policy', rolePolicy);
      assert.deepEqual(where(problem!), ['contact-policy', 12, 9, 12, 25]);
      assert.equal(problem!.severity, 'warning');
      assert.match(problem!.message, /role mailbox/);
    });

    it('passes a role or team mailbox, another domain, and any address without the policy', () => {
      for (const contact of ['england.lhcr@nhs.net', 'gmhscp.infogov@nhs.net', 'wyicb.ig-team@nhs.net', 'lessons@example.org']) {
        assert.deepEqual(only(lesson({ contact }), 'contact-policy', rolePolicy), [], contact);
      }
      assert.deepEqual(only(lesson({ contact: 'jane.doe@nhs.net' }), 'contact-policy'), []);
      assert.equal(only(lesson({ contact: 'jane.doe2@nhs.net' }), 'contact-policy', rolePolicy).length, 1);
    });
  });

  describe('sensitivity', () => {
    it('takes public, nhs-only or restricted, and offers them on a wrong value', () => {
      for (const sensitivity of ['public', 'nhs-only', 'restricted']) assert.deepEqual(problemsOf(lesson({ sensitivity })), [], sensitivity);
      const [problem] = problemsOf(lesson({ sensitivity: 'secret' }));
      assert.equal(problem!.code, 'invalid-value');
      assert.match(problem!.message, /public, nhs-only, restricted|public|restricted/);
    });
  });
});
