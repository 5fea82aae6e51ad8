import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CHECK_HELP } from '../../../server/src/cli/commands/check';
import { REPORT_HELP } from '../../../server/src/cli/commands/report';
import { PROBLEM_CODES } from '../../../server/src/cli/format/problemCodes';
import { problemHelpUri } from '../../../server/src/cli/toolInfo';
import { COMMAND_NAMES } from '../../../server/src/cli/runCli';

const ROOT = path.resolve(__dirname, '../../..');
const DOCS = readFileSync(path.join(ROOT, 'docs/cli.md'), 'utf8');

describe('cli: docs/cli.md', () => {
  it('has an anchor for every problem code, where the SARIF help links point', () => {
    for (const code of PROBLEM_CODES) {
      assert.ok(DOCS.includes(`<a id="${code}"></a>\`${code}\``), `docs/cli.md explains ${code}`);
      assert.equal(problemHelpUri(code, 'https://git.nhs.test/learn-once/'), `https://git.nhs.test/learn-once/blob/main/docs/cli.md#${code}`);
      assert.equal(problemHelpUri(code, ''), undefined);
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

  it('names every command in the changelog and in docs/cli.md', () => {
    const changelog = readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
    assert.deepEqual([...COMMAND_NAMES].sort(), ['check', 'import', 'new', 'report', 'search', 'similar']);
    for (const command of COMMAND_NAMES) {
      assert.ok(changelog.includes(`\`${command}\``), `CHANGELOG.md names ${command}`);
      assert.ok(DOCS.includes(`## \`learn-once ${command}\``), `docs/cli.md has a section on ${command}`);
    }
  });

  it('never tells anyone to fetch the unpublished package with npx', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { private?: boolean };
    assert.equal(pkg.private, true);
    for (const file of ['README.md', 'docs/cli.md']) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      assert.doesNotMatch(text, /npx learn-once/, `${file} suggests npx`);
    }
  });

  it('links to no made-up address', () => {
    const files = [
      'package.json',
      'README.md',
      'CHANGELOG.md',
      ...readdirSync(path.join(ROOT, 'docs'))
        .filter((name) => name.endsWith('.md'))
        .map((name) => `docs/${name}`),
    ];
    for (const file of files) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      assert.doesNotMatch(text, /https?:\/\/(?:[\w-]+\.)*example\.(?:org|com|net)\b/, `${file} links to an example address`);
    }
  });
});
