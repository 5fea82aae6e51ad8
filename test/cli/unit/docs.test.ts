import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CHECK_HELP } from '../../../server/src/cli/commands/check';
import { REPORT_HELP } from '../../../server/src/cli/commands/report';
import { PROBLEM_CODES } from '../../../server/src/cli/format/problemCodes';
import { problemHelpUri } from '../../../server/src/cli/toolInfo';

const DOCS = readFileSync(path.resolve(__dirname, '../../../docs/cli.md'), 'utf8');

describe('cli: docs/cli.md', () => {
  it('has an anchor for every problem code, where the SARIF help links point', () => {
    for (const code of PROBLEM_CODES) {
      assert.ok(DOCS.includes(`<a id="${code}"></a>\`${code}\``), `docs/cli.md explains ${code}`);
      assert.ok(problemHelpUri(code).endsWith(`/docs/cli.md#${code}`));
    }
  });

  it('documents every option of check', () => {
    const options = [...CHECK_HELP.matchAll(/--([a-z-]+)/g)].map((match) => match[1]).filter((option) => option !== 'help');
    assert.ok(options.length >= 6);
    for (const option of options) assert.ok(DOCS.includes(`--${option}`), `--${option} is documented`);
  });

  it('documents every option of report in its section', () => {
    const reportSection = DOCS.slice(DOCS.indexOf('## `learn-once report`'), DOCS.indexOf('## `learn-once new`'));
    const options = [...new Set([...REPORT_HELP.matchAll(/--([a-z-]+)/g)].map((match) => match[1]))].filter((option) => option !== 'help');
    assert.deepEqual(options.sort(), ['audience', 'format', 'locality', 'out', 'quiet', 'since', 'stage', 'topic']);
    for (const option of options) assert.ok(reportSection.includes(`--${option}`), `--${option} is documented`);
  });

  it('shows the GitHub Actions workflow that uploads SARIF', () => {
    assert.match(DOCS, /check --format sarif --output learn-once\.sarif/);
    assert.match(DOCS, /github\/codeql-action\/upload-sarif@v3/);
    assert.match(DOCS, /security-events: write/);
  });
});
