import * as assert from 'node:assert/strict';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { createRequire } from 'node:module';
import { precompiledSettingsValidatorSource } from '../../../../server/src/lsp/settings/precompileSettingsValidator';
import {
  DEFAULT_SETTINGS,
  normaliseSettings,
  type DiagnosticsScope,
  type HintSeverity,
  type LearnOnceSettings,
} from '../../../../server/src/lsp/settings/settings';
import {
  CONTRIBUTED_SETTINGS,
  SETTINGS_AJV_OPTIONS,
  SETTINGS_SCHEMA,
  VALUE_KEYWORDS,
  type SettingsSchemaNode,
} from '../../../../server/src/lsp/settings/settingsSchema';
import { settingsValidator } from '../../../../server/src/lsp/settings/settingsValidator';

/** What VS Code sends for the `learnOnce` section when every setting has its default. */
function vsCodeDefaults(): Record<string, unknown> {
  return {
    diagnostics: { scope: 'workspace' },
    maxFileSize: 1_048_576,
    maxLessons: 200_000,
    similarLessons: { threshold: null, severity: 'information', maxResults: 3 },
    tree: { revealActiveLesson: true },
    statusBar: { enabled: true },
    trace: { server: 'off' },
  };
}

/** The server's defaults as read: an empty threshold is read as none. */
const DEFAULTS_READ: LearnOnceSettings = { ...DEFAULT_SETTINGS, similarLessons: { ...DEFAULT_SETTINGS.similarLessons, threshold: undefined } };

/** The defaults package.json gives, nested as the settings object. */
function contributedDefaults(node: SettingsSchemaNode): unknown {
  if (!node.properties) return node.default;
  return Object.fromEntries(Object.entries(node.properties).map(([key, child]) => [key, contributedDefaults(child)]));
}

/** The module the build puts in the bundles, loaded as the bundle would run it. */
function loadPrecompiled(): ValidateFunction {
  const module = { exports: {} as { settingsValidator?: () => ValidateFunction } };
  new Function('module', 'exports', 'require', precompiledSettingsValidatorSource())(module, module.exports, createRequire(__filename));
  return module.exports.settingsValidator!();
}

function errorsOf(validate: ValidateFunction, value: unknown): ErrorObject[] {
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

describe('learnOnce settings', () => {
  it('passes valid settings through, without warnings', () => {
    const given = vsCodeDefaults();
    given.diagnostics = { scope: 'open' };
    given.maxFileSize = 2_048;
    given.maxLessons = 7;
    given.similarLessons = { threshold: 0.4, severity: 'hint', maxResults: 20 };
    const expected: LearnOnceSettings = {
      diagnostics: { scope: 'open' },
      maxFileSize: 2_048,
      maxLessons: 7,
      similarLessons: { threshold: 0.4, severity: 'hint', maxResults: 20 },
    };
    assert.deepEqual(normaliseSettings(given), { settings: expected, warnings: [] });
  });

  it('reads the defaults VS Code sends as the server defaults, an empty threshold as none', () => {
    assert.deepEqual(normaliseSettings(vsCodeDefaults()), { settings: DEFAULTS_READ, warnings: [] });
  });

  it('takes the defaults, silently, for settings not sent, or for no settings at all (another editor)', () => {
    for (const raw of [undefined, null, {}, { similarLessons: {} }])
      assert.deepEqual(normaliseSettings(raw), { settings: DEFAULTS_READ, warnings: [] }, JSON.stringify(raw));
    assert.deepEqual(normaliseSettings({ similarLessons: { severity: 'off' } }).settings.similarLessons, { ...DEFAULTS_READ.similarLessons, severity: 'off' });
  });

  it('ignores keys the schema does not know', () => {
    assert.deepEqual(normaliseSettings({ ...vsCodeDefaults(), retired: 5, similarLessons: { maxResults: 4, colour: 'blue' } }), {
      settings: { ...DEFAULTS_READ, similarLessons: { ...DEFAULTS_READ.similarLessons, maxResults: 4 } },
      warnings: [],
    });
  });

  const invalid: [string, Record<string, unknown>, string, (settings: LearnOnceSettings) => unknown, unknown][] = [
    [
      'a value below its minimum',
      { similarLessons: { maxResults: 0 } },
      'learnOnce.similarLessons.maxResults must be ≥ 1, not 0; using 3',
      (s) => s.similarLessons.maxResults,
      3,
    ],
    [
      'a value above its maximum',
      { similarLessons: { threshold: 1.5 } },
      'learnOnce.similarLessons.threshold must be ≤ 1, not 1.5; using null',
      (s) => s.similarLessons.threshold,
      undefined,
    ],
    [
      'a value that is not a whole number',
      { maxLessons: 2.5 },
      'learnOnce.maxLessons must be a whole number, not 2.5; using 200000',
      (s) => s.maxLessons,
      200_000,
    ],
    [
      'a value of the wrong type',
      { maxFileSize: '2 MB' },
      'learnOnce.maxFileSize must be a whole number, not "2 MB"; using 1048576',
      (s) => s.maxFileSize,
      1_048_576,
    ],
    [
      'a value of neither type a setting takes',
      { similarLessons: { threshold: 'high' } },
      'learnOnce.similarLessons.threshold must be a number or null, not "high"; using null',
      (s) => s.similarLessons.threshold,
      undefined,
    ],
    [
      'a value that is not one of its values',
      { diagnostics: { scope: 'everything' } },
      'learnOnce.diagnostics.scope must be one of workspace, open, not "everything"; using "workspace"',
      (s) => s.diagnostics.scope,
      'workspace',
    ],
    [
      'a group of settings that is not an object',
      { similarLessons: 5 },
      'learnOnce.similarLessons must be an object of settings, not 5; using the defaults of its settings',
      (s) => s.similarLessons,
      DEFAULTS_READ.similarLessons,
    ],
    [
      'a section that is not an object',
      'on' as unknown as Record<string, unknown>,
      'The learnOnce settings must be an object of settings, not "on"; using the defaults',
      (s) => s,
      DEFAULTS_READ,
    ],
  ];
  for (const [kind, given, warning, pick, fallback] of invalid) {
    it(`keeps the default, with a warning naming the setting, for ${kind}`, () => {
      const read = normaliseSettings(given);
      assert.deepEqual(read.warnings, [warning]);
      assert.deepEqual(pick(read.settings), fallback);
    });
  }

  it('warns once per setting and keeps every valid setting beside the invalid ones', () => {
    const read = normaliseSettings({
      ...vsCodeDefaults(),
      maxLessons: 0.5,
      similarLessons: { threshold: 0.3, severity: 'loud', maxResults: 5 },
      tree: { revealActiveLesson: 'yes' },
    });
    assert.deepEqual(read.warnings, [
      'learnOnce.maxLessons must be a whole number, not 0.5; using 200000',
      'learnOnce.similarLessons.severity must be one of error, warning, information, hint, off, not "loud"; using "information"',
      'learnOnce.tree.revealActiveLesson must be true or false, not "yes"; using true',
    ]);
    assert.deepEqual(read.settings, { ...DEFAULTS_READ, similarLessons: { threshold: 0.3, severity: 'information', maxResults: 5 } });
  });

  describe('the schema, from package.json', () => {
    it('has package.json defaults equal to the server defaults', () => {
      const defaults = contributedDefaults(SETTINGS_SCHEMA) as Record<string, unknown>;
      const serverKeys = Object.fromEntries(Object.keys(DEFAULT_SETTINGS).map((key) => [key, defaults[key]]));
      assert.deepEqual(serverKeys, { ...DEFAULT_SETTINGS, similarLessons: { ...DEFAULT_SETTINGS.similarLessons, threshold: null } });
      assert.deepEqual(defaults, vsCodeDefaults());
    });

    it('allows exactly the values the server handles', () => {
      const scopes: DiagnosticsScope[] = ['workspace', 'open'];
      const severities: HintSeverity[] = ['error', 'warning', 'information', 'hint', 'off'];
      const schema = SETTINGS_SCHEMA.properties!;
      assert.deepEqual(schema.diagnostics!.properties!.scope!.enum, scopes);
      assert.deepEqual(schema.similarLessons!.properties!.severity!.enum, severities);
      assert.deepEqual(schema.similarLessons!.properties!.threshold!.type, ['number', 'null']);
      for (const key of ['maxFileSize', 'maxLessons']) assert.equal(schema[key]!.type, 'integer', key);
      assert.equal(schema.similarLessons!.properties!.maxResults!.type, 'integer');
    });

    it('nests every contributed setting by its dotted name', () => {
      assert.deepEqual(Object.keys(SETTINGS_SCHEMA.properties!).sort(), [
        'diagnostics',
        'maxFileSize',
        'maxLessons',
        'similarLessons',
        'statusBar',
        'trace',
        'tree',
      ]);
      assert.deepEqual(SETTINGS_SCHEMA.properties!.similarLessons!.properties!.maxResults, { type: 'integer', default: 3, minimum: 1, maximum: 20 });
    });

    it('knows every keyword package.json uses: it validates by it, or it only describes the setting', () => {
      const describing = new Set(['markdownDescription', 'description', 'enumDescriptions', 'markdownEnumDescriptions', 'scope', 'order', 'tags']);
      const validating = new Set<string>(VALUE_KEYWORDS);
      for (const [name, setting] of Object.entries(CONTRIBUTED_SETTINGS)) {
        for (const keyword of Object.keys(setting)) assert.ok(validating.has(keyword) || describing.has(keyword), `${name}: ${keyword}`);
      }
    });

    it('is a valid JSON schema in strict mode', () => {
      const ajv = new Ajv({ ...SETTINGS_AJV_OPTIONS });
      assert.equal(ajv.validateSchema(SETTINGS_SCHEMA), true, JSON.stringify(ajv.errors));
      assert.doesNotThrow(() => ajv.compile(SETTINGS_SCHEMA));
    });

    it('the validator generated for the bundles reports exactly what the run-time compile reports', () => {
      const precompiled = loadPrecompiled();
      const values: unknown[] = [
        vsCodeDefaults(),
        {},
        null,
        'on',
        { maxLessons: 0.5, similarLessons: { threshold: 2, severity: 'loud', maxResults: '3' }, diagnostics: 5, extra: true },
      ];
      for (const value of values) assert.deepEqual(errorsOf(precompiled, value), errorsOf(settingsValidator(), value), JSON.stringify(value));
    });
  });
});
