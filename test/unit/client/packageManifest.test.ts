import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { COMMANDS, CONTEXT_KEYS, LESSONS_VIEW_ID, RELATED_VIEW_ID, VIEW_CONTAINER_ID } from '../../../client/src/commands/commandIds';
import { DEFAULT_SETTINGS } from '../../../server/src/lsp/settings/settings';

const ROOT = path.resolve(__dirname, '../../..');

interface Contributed {
  commands: { command: string; title: string; category?: string; icon?: string }[];
  menus: Record<string, { command: string; when?: string; group?: string }[]>;
  viewsContainers: { activitybar: { id: string; icon: string }[] };
  views: Record<string, { id: string }[]>;
  viewsWelcome: { view: string; contents: string; when?: string }[];
  snippets: { language: string; path: string }[];
  configuration: {
    properties: Record<
      string,
      { type: string | string[]; default: unknown; description?: string; markdownDescription?: string; enum?: string[]; enumDescriptions?: string[] }
    >;
  };
  yamlValidation?: unknown;
  jsonValidation?: unknown;
}

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  icon: string;
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: boolean | string } };
  contributes: Contributed;
  scripts: Record<string, string>;
};
const contributes = manifest.contributes;

describe('client: package.json contributions', () => {
  it('contributes every command the client registers, each with a title and category, and nothing else', () => {
    const contributed = new Map(contributes.commands.map((command) => [command.command, command]));
    assert.deepEqual([...contributed.keys()].sort(), Object.values(COMMANDS).sort());
    for (const command of contributed.values()) {
      assert.ok(command.title.length > 0 && command.category === 'Learn Once', command.command);
    }
  });

  it('gives an icon to every command shown in the view title or inline on items', () => {
    const withIcons = new Set(contributes.commands.filter((command) => command.icon).map((command) => command.command));
    const shown = [...contributes.menus['view/title'], ...contributes.menus['view/item/context'].filter((item) => item.group?.startsWith('inline'))];
    for (const item of shown) assert.ok(withIcons.has(item.command), `${item.command} has an icon`);
  });

  it('menus only name contributed commands and scope to the Lessons view or lesson files', () => {
    const known = new Set(contributes.commands.map((command) => command.command));
    for (const [menu, items] of Object.entries(contributes.menus)) {
      for (const item of items) {
        assert.ok(known.has(item.command), `${menu}: ${item.command}`);
        if (menu.startsWith('view/')) assert.match(item.when ?? '', new RegExp(`view == ${LESSONS_VIEW_ID.replace('.', '\\.')}`));
      }
    }
    const whens = Object.values(contributes.menus)
      .flat()
      .map((item) => item.when ?? '');
    for (const key of [CONTEXT_KEYS.filterActive, CONTEXT_KEYS.groupBy])
      assert.ok(
        whens.some((when) => when.includes(key)),
        `${key} is used`,
      );
  });

  it('has the Lessons view, then Related Lessons, in their own activity-bar container with an SVG icon, and welcome content with New Lesson', () => {
    const container = contributes.viewsContainers.activitybar.find((item) => item.id === VIEW_CONTAINER_ID);
    assert.ok(container);
    assert.ok(container.icon.endsWith('.svg') && existsSync(path.join(ROOT, container.icon)));
    assert.deepEqual(
      contributes.views[VIEW_CONTAINER_ID].map((view) => view.id),
      [LESSONS_VIEW_ID, RELATED_VIEW_ID],
    );
    const empty = contributes.viewsWelcome.find((welcome) => welcome.when?.includes(`${CONTEXT_KEYS.lessonCount} == 0`));
    assert.ok(empty?.contents.includes(`(command:${COMMANDS.newLesson})`));
  });

  it("documents every setting, and the server settings' defaults are the server's own", () => {
    const properties = contributes.configuration.properties;
    for (const [key, property] of Object.entries(properties)) {
      assert.ok((property.markdownDescription ?? property.description ?? '').length > 20, `${key} is documented`);
      assert.ok('default' in property, `${key} has a default`);
      if (property.enum) assert.equal(property.enumDescriptions?.length, property.enum.length, `${key} describes each value`);
    }
    assert.equal(properties['learnOnce.diagnostics.scope'].default, DEFAULT_SETTINGS.diagnostics.scope);
    assert.equal(properties['learnOnce.maxFileSize'].default, DEFAULT_SETTINGS.maxFileSize);
    assert.equal(properties['learnOnce.maxLessons'].default, DEFAULT_SETTINGS.maxLessons);
    assert.equal(properties['learnOnce.similarLessons.threshold'].default, null);
    assert.equal(properties['learnOnce.similarLessons.severity'].default, DEFAULT_SETTINGS.similarLessons.severity);
    assert.equal(properties['learnOnce.similarLessons.maxResults'].default, DEFAULT_SETTINGS.similarLessons.maxResults);
    for (const key of ['learnOnce.tree.revealActiveLesson', 'learnOnce.statusBar.enabled', 'learnOnce.trace.server']) assert.ok(properties[key], key);
  });

  it('activates narrowly, declares untrusted-workspace support, and leaves Red Hat YAML alone', () => {
    assert.ok(manifest.activationEvents.includes('workspaceContains:**/*.lesson.yaml'));
    assert.ok(manifest.activationEvents.includes('workspaceContains:**/*.theme.yaml'), 'a workspace of themes activates too');
    assert.ok(manifest.activationEvents.includes(`onView:${LESSONS_VIEW_ID}`));
    assert.ok(
      !manifest.activationEvents.some((event) => event === '*' || event === 'onStartupFinished' || event.startsWith('onLanguage:')),
      'no broad activation',
    );
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(contributes.yamlValidation, undefined, 'the schema is not associated with the YAML extension by default');
    assert.ok(existsSync(path.join(ROOT, manifest.icon)));
  });

  it('contributes the snippets files (lessons, themes) for YAML and packages with the package script', () => {
    assert.deepEqual(contributes.snippets, [
      { language: 'yaml', path: './snippets/lessons.json' },
      { language: 'yaml', path: './snippets/themes.json' },
    ]);
    for (const snippets of contributes.snippets) assert.ok(existsSync(path.join(ROOT, snippets.path)), snippets.path);
    assert.equal(manifest.scripts.package, 'node scripts/package.mjs');
  });
});
