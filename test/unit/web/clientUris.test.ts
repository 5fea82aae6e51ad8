import * as assert from 'node:assert/strict';
import { ClientUris } from '../../../server/src/web/clientUris';

describe('web: mapping the client’s uris to the server’s', () => {
  it('maps a virtual file system’s uris to file uris on the way in and back on the way out, inside markdown links too', () => {
    const uris = new ClientUris();
    uris.learnFrom(['vscode-vfs://github/nhs/lessons']);
    const inbound = uris.inbound({ textDocument: { uri: 'vscode-vfs://github/nhs/lessons/dorset/DC-0001.lesson.yaml' }, text: 'id: DC-0001' });
    assert.deepEqual(inbound, { textDocument: { uri: 'file:///nhs/lessons/dorset/DC-0001.lesson.yaml' }, text: 'id: DC-0001' });
    const outbound = uris.outbound({ uri: 'file:///nhs/lessons/a.lesson.yaml', contents: '[GM-0001](file:///nhs/lessons/gm/GM-0001.lesson.yaml)', line: 3 });
    assert.deepEqual(outbound, {
      uri: 'vscode-vfs://github/nhs/lessons/a.lesson.yaml',
      contents: '[GM-0001](vscode-vfs://github/nhs/lessons/gm/GM-0001.lesson.yaml)',
      line: 3,
    });
  });

  it('leaves text that only contains a uri as the client sent it', () => {
    const uris = new ClientUris();
    uris.learnFrom(['vscode-remote://127.0.0.1:8080/ws']);
    const text = 'good: see vscode-remote://127.0.0.1:8080/ws/x';
    assert.equal(uris.inbound(text), text);
  });

  it('maps nothing when the client’s folders are file uris', () => {
    const uris = new ClientUris();
    uris.learnFrom(['file:///ws']);
    assert.deepEqual(uris.outbound({ uri: 'file:///ws/a.lesson.yaml' }), { uri: 'file:///ws/a.lesson.yaml' });
  });
});
