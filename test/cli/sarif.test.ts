import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import type { JsonReport } from '../../server/src/cli/format/json';
import type { SarifLog } from '../../server/src/cli/format/sarif';
import { PROBLEM_CODES } from '../../server/src/cli/format/problemCodes';
import { lessonText, tempWorkspace } from '../protocol/support/tempWorkspace';
import { REPO_ROOT, runBuiltCli } from './support/runBuiltCli';

/** The OASIS SARIF 2.1.0 schema (draft-07), compiled once. */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(path.join(__dirname, 'fixtures/sarif-schema-2.1.0.json'), 'utf8')) as object;
  return new Ajv({ strict: false, validateFormats: false, allErrors: true }).compile(schema);
}

describe('cli: learn-once check --format sarif', () => {
  const validate = sarifValidator();

  it('the schema itself rejects a log that breaks it (so a pass below means something)', () => {
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false, 'driver.name is required');
    assert.equal(validate({ version: '2.0.0', runs: [] }), false);
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'a' }] }] }), false, 'a result needs a message');
  });

  it('is valid SARIF 2.1.0 with one result per problem, at the same places as the JSON output', async () => {
    const [sarifRun, jsonRun] = await Promise.all([
      runBuiltCli(['check', '--similar', '--format', 'sarif', 'test/fixtures/parity']),
      runBuiltCli(['check', '--similar', '--format', 'json', 'test/fixtures/parity']),
    ]);
    assert.equal(sarifRun.code, 1);
    const log = JSON.parse(sarifRun.stdout) as SarifLog;
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));

    const run = log.runs[0];
    const driver = run.tool.driver;
    assert.equal(driver.name, 'learn-once');
    assert.match(driver.version, /^\d+\.\d+\.\d+/);
    // package.json names no home page, so the log links nowhere rather than to a made-up address.
    assert.equal(driver.informationUri, undefined);
    assert.deepEqual(
      driver.rules.map((rule) => rule.id),
      PROBLEM_CODES,
      'one rule per problem code',
    );
    for (const rule of driver.rules) {
      assert.ok(rule.shortDescription.text.length > 10, `${rule.id} has a description`);
      assert.equal(rule.helpUri, undefined, `${rule.id} has no link without a home page`);
    }
    assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, `file://${REPO_ROOT}/`);
    assert.equal(run.columnKind, 'utf16CodeUnits');

    const json = JSON.parse(jsonRun.stdout) as JsonReport;
    const expected = json.files.flatMap((file) =>
      file.problems.map((problem) => ({
        ruleId: problem.code,
        level: problem.severity === 'error' ? 'error' : problem.severity === 'warning' ? 'warning' : 'note',
        message: problem.message,
        uri: file.path,
        region: {
          startLine: problem.range.start.line + 1,
          startColumn: problem.range.start.character + 1,
          endLine: problem.range.end.line + 1,
          endColumn: problem.range.end.character + 1,
        },
      })),
    );
    const actual = run.results.map((result) => {
      const location = result.locations[0].physicalLocation;
      assert.equal(location.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.equal(driver.rules[result.ruleIndex].id, result.ruleId, 'ruleIndex points at the rule');
      return { ruleId: result.ruleId, level: result.level, message: result.message.text, uri: location.artifactLocation.uri, region: location.region };
    });
    assert.deepEqual(actual, expected);
    assert.ok(
      actual.some((result) => result.ruleId === 'similar-lesson' && result.level === 'note'),
      '--similar hints are notes',
    );
    const duplicate = run.results.find(
      (result) => result.ruleId === 'duplicate-id' && result.locations[0].physicalLocation.artifactLocation.uri.endsWith('/OL-0002.lesson.yaml'),
    )!;
    assert.equal(duplicate.relatedLocations?.[0].physicalLocation.artifactLocation.uri, 'test/fixtures/parity/london/OL-0002-copy.lesson.yaml');
  });

  it('a clean run is valid SARIF with no results, and exits 0', async () => {
    const workspace = tempWorkspace({ 'GM-0001.lesson.yaml': lessonText({ id: 'GM-0001' }) });
    try {
      const run = await runBuiltCli(['check', '--format', 'sarif', workspace.root]);
      assert.equal(run.code, 0);
      const log = JSON.parse(run.stdout) as SarifLog;
      assert.ok(validate(log), JSON.stringify(validate.errors));
      assert.deepEqual(log.runs[0].results, []);
    } finally {
      workspace.dispose();
    }
  });

  it("a run with warnings only (the sample's rough draft) is valid SARIF with a warning-level result each, and exits 0", async () => {
    const run = await runBuiltCli(['check', '--format', 'sarif', 'examples']);
    assert.equal(run.code, 0);
    const log = JSON.parse(run.stdout) as SarifLog;
    assert.ok(validate(log), JSON.stringify(validate.errors));
    assert.deepEqual(
      log.runs[0].results.map((result) => [result.ruleId, result.level, result.locations?.[0]?.physicalLocation.region?.startLine]),
      [
        ['unknown-topic', 'warning', 9],
        ['placeholder-answer', 'warning', 17],
      ],
    );
  });
});
