import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG, parseWorkspaceConfig } from '../../../../server/src/engine/config/workspaceConfig';
import { analyzeLesson } from '../../../../server/src/engine/lesson/analyzeLesson';
import { parseYamlFile } from '../../../../server/src/engine/yaml/parseYamlFile';
import { lesson, TODAY } from '../../support/lessons';

const analyse = (text: string) => analyzeLesson(text, { config: DEFAULT_CONFIG, today: TODAY });

describe('safety: YAML is read with the core schema only', () => {
  const executable = [
    ['!!js/function', "'function () { globalThis.pwned = true; return 1 }'"],
    ['!<tag:yaml.org,2002:js/function>', "'function () { globalThis.pwned = true }'"],
    ['!!js/regexp', '/x/g'],
    ['!!js/undefined', "''"],
    ['!!python/object/apply:os.system', "['touch /tmp/pwned']"],
    ['!foo', 'bar'],
  ];

  for (const [tag, value] of executable) {
    it(`${tag} is not run: the value is plain data and the tag gets a warning`, () => {
      const text = lesson({ title: `${tag} ${value}` });
      const { parsed, problems } = analyse(text);
      const title = (parsed.value as Record<string, unknown>).title;
      assert.notEqual(typeof title, 'function');
      assert.ok(!(title instanceof RegExp));
      assert.equal((globalThis as Record<string, unknown>).pwned, undefined);
      const warning = problems.find((problem) => problem.code === 'yaml-warning');
      assert.ok(warning, JSON.stringify(problems));
      assert.match(warning.message, /is not supported: Learn Once reads plain YAML and never runs tags/);
      assert.equal(warning.severity, 'warning');
      assert.equal(warning.range.start.line, 1);
    });
  }

  it('tags of other YAML schemas (binary, set, omap, timestamp) are not resolved', () => {
    for (const [tag, value] of [
      ['!!binary', 'R0lGODlhDAAMAIQAAP'],
      ['!!set', '{a, b}'],
      ['!!omap', '[a: 1]'],
      ['!!timestamp', '2001-12-14t21:59:43.10-05:00'],
    ]) {
      const { value: read, problems } = parseYamlFile(`x: ${tag} ${value}\n`, 'lesson');
      const x = (read as Record<string, unknown>).x;
      assert.ok(!(x instanceof Uint8Array) && !(x instanceof Set) && !(x instanceof Map) && !(x instanceof Date), `${tag} was resolved`);
      assert.ok(
        problems.some((problem) => problem.code === 'yaml-warning'),
        `${tag} gets a warning`,
      );
    }
  });

  it('YAML 1.1 readings are not applied: dates stay text, yes is not a boolean, << does not merge', () => {
    const { value } = parseYamlFile('date: 2025-03-14\nanswer: yes\nbase: &b {polluted: 1}\nmerged:\n  <<: *b\n', 'lesson');
    const read = value as Record<string, unknown>;
    assert.equal(read.date, '2025-03-14');
    assert.equal(read.answer, 'yes');
    assert.deepEqual(read.merged, { '<<': { polluted: 1 } });
  });

  it('custom tags in learn-once.yaml are reported too, and the config is still read', () => {
    const { config, problems } = parseWorkspaceConfig(
      'localities:\n  - name: !!js/function "function () {}"\n    prefix: LD\n  - name: Leeds\n    prefix: LD\n',
    );
    assert.ok(problems.some((problem) => /never runs tags/.test(problem.message)));
    assert.ok(config.localities.every((locality) => typeof locality.name === 'string'));
  });

  it('an alias bomb is refused without being expanded', () => {
    const levels = ['l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let level = 1; level <= 9; level++)
      levels.push(
        `l${level}: &l${level} [${Array(10)
          .fill(`*l${level - 1}`)
          .join(', ')}]`,
      );
    const { problems } = analyse(levels.join('\n'));
    assert.deepEqual(
      problems.map((problem) => problem.code),
      ['alias-limit'],
    );
  });
});
