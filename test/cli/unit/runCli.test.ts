import * as assert from 'node:assert/strict';
import { runCli } from '../../../server/src/cli/runCli';
import { memoryIo } from '../support/memoryIo';

describe('cli: dispatching a command line', () => {
  it('takes only its own commands after help, never a name every object has', async () => {
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      const io = memoryIo(process.cwd());
      const code = await runCli(['help', name], io);
      assert.equal(code, 0, `help ${name} exits cleanly`);
      assert.match(io.out(), /^Usage:/m, `help ${name} prints the usage`);
      const asCommand = memoryIo(process.cwd());
      assert.equal(await runCli([name], asCommand), 2, `${name} is an unknown command`);
    }
  });

  it("gives a command's own help after help", async () => {
    const io = memoryIo(process.cwd());
    assert.equal(await runCli(['help', 'check'], io), 0);
    assert.match(io.out(), /^Usage: learn-once check/);
  });
});
