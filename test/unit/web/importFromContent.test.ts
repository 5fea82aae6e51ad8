import * as assert from 'node:assert/strict';
import type { WorkspaceConfig } from '../../../server/src/engine/config/workspaceConfig';
import { ImportInputError } from '../../../server/src/engine/import/importInputError';
import type { LessonIndex } from '../../../server/src/engine/index/LessonIndex';
import type { ImportRequest } from '../../../server/src/import/importLessons';
import { importFromContent } from '../../../server/src/web/importFromContent';

/** Each refusal comes before the spreadsheet is planned, so neither the config nor the index is read. */
function request(overrides: Partial<ImportRequest>): ImportRequest {
  return { file: 'responses.csv', folder: '/ws', config: {} as WorkspaceConfig, index: {} as LessonIndex, today: '2026-12-05', dryRun: true, ...overrides };
}

const ZIP_START = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);

describe("web: the web server's import, from the content the client sent", () => {
  it('refuses an Excel workbook, saying to save the sheet as CSV', async () => {
    await assert.rejects(importFromContent(request({ file: 'responses.xlsx', content: ZIP_START })), (error: Error) => {
      assert.ok(error instanceof ImportInputError);
      assert.match(
        error.message,
        /^responses\.xlsx is an Excel workbook, which cannot be imported in the browser: save the sheet as CSV \(File › Save As › CSV UTF-8\) to import it here/,
      );
      return true;
    });
  });

  it('reads no path, no mapping file, and writes nothing', async () => {
    await assert.rejects(importFromContent(request({})), /the editor sends the file's content/);
    const content = new TextEncoder().encode('Title,Locality\nA,Leeds\n');
    await assert.rejects(importFromContent(request({ content, mappingFile: '/ws/mapping.yaml' })), /mapping file cannot be read in the browser/);
    await assert.rejects(importFromContent(request({ content, dryRun: false })), /does not write files/);
  });
});
