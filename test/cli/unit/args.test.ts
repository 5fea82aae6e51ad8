import * as assert from 'node:assert/strict';
import { choiceOption, fractionOption, integerOption, parseCommandArgs } from '../../../server/src/cli/args';
import { exitCodeFor, parseCheckArgs } from '../../../server/src/cli/commands/check';
import type { CheckResult } from '../../../server/src/cli/checkResult';
import { UsageError } from '../../../server/src/cli/usageError';

function counts(error: number, warning: number): CheckResult {
  return { files: [], lessons: 1, counts: { error, warning, information: 3, hint: 4 } };
}

describe('cli: arguments', () => {
  it('check: defaults, then every option', () => {
    assert.deepEqual(parseCheckArgs([]), {
      format: 'text',
      output: undefined,
      similar: false,
      failOn: 'error',
      maxWarnings: undefined,
      quiet: false,
      paths: [],
    });
    assert.deepEqual(parseCheckArgs(['-f', 'sarif', '-o', 'out.sarif', '--similar', '--fail-on', 'warning', '--max-warnings', '0', '-q', 'a', 'b']), {
      format: 'sarif',
      output: 'out.sarif',
      similar: true,
      failOn: 'warning',
      maxWarnings: 0,
      quiet: true,
      paths: ['a', 'b'],
    });
    assert.equal(parseCheckArgs(['--help', '--format', 'nonsense']), 'help', '--help wins over other mistakes');
  });

  it('turns parser errors into usage errors that name the option', () => {
    const message = (args: string[]): string => {
      try {
        parseCommandArgs(args, { top: { type: 'string' }, json: { type: 'boolean' } });
      } catch (error) {
        assert.ok(error instanceof UsageError);
        return error.message;
      }
      return 'no error';
    };
    assert.equal(message(['--nope']), "unknown option '--nope'.");
    assert.equal(message(['--top']), "option '--top' needs a value, e.g. --top <value>.");
    assert.equal(message(['--json=yes']), "option '--json' is a switch and takes no value.");
  });

  it('checks numbers and choices', () => {
    assert.equal(integerOption('top', undefined, 5, 1), 5);
    assert.equal(integerOption('top', '12', 5, 1), 12);
    for (const bad of ['0', '-1', '1.5', 'x', '']) assert.throws(() => integerOption('top', bad, 5, 1), UsageError, bad);
    assert.equal(fractionOption('threshold', undefined), undefined);
    assert.equal(fractionOption('threshold', '0.25'), 0.25);
    for (const bad of ['1.01', '-0.1', 'NaN', '', 'half']) assert.throws(() => fractionOption('threshold', bad), UsageError, bad);
    assert.equal(choiceOption('format', 'json', ['text', 'json'] as const, 'text'), 'json');
    assert.throws(() => choiceOption('format', 'JSON', ['text', 'json'] as const, 'text'), /--format must be one of text, json, not 'JSON'/);
  });

  it('exit codes: errors always fail; warnings fail with --fail-on warning or past --max-warnings; information and hints never', () => {
    assert.equal(exitCodeFor(counts(0, 0), { failOn: 'error' }), 0);
    assert.equal(exitCodeFor(counts(1, 0), { failOn: 'error' }), 1);
    assert.equal(exitCodeFor(counts(0, 5), { failOn: 'error' }), 0);
    assert.equal(exitCodeFor(counts(0, 1), { failOn: 'warning' }), 1);
    assert.equal(exitCodeFor(counts(0, 5), { failOn: 'error', maxWarnings: 5 }), 0);
    assert.equal(exitCodeFor(counts(0, 6), { failOn: 'error', maxWarnings: 5 }), 1);
    assert.equal(exitCodeFor(counts(1, 0), { failOn: 'error', maxWarnings: 5 }), 1);
  });
});
