import * as assert from 'node:assert/strict';
import { RestartPolicy } from '../../../client/src/restartPolicy';

describe('client: restart policy', () => {
  it('restarts a server that crashes now and then, indefinitely', () => {
    const policy = new RestartPolicy(4, 180_000);
    for (let minute = 0; minute < 60; minute += 10) assert.equal(policy.shouldRestart(minute * 60_000), true, `crash at minute ${minute}`);
  });

  it('stops after more than four crashes within three minutes', () => {
    const policy = new RestartPolicy(4, 180_000);
    const answers = [0, 10_000, 20_000, 30_000, 40_000].map((at) => policy.shouldRestart(at));
    assert.deepEqual(answers, [true, true, true, true, false]);
  });

  it('forgets crashes older than the window', () => {
    const policy = new RestartPolicy(2, 60_000);
    assert.equal(policy.shouldRestart(0), true);
    assert.equal(policy.shouldRestart(1_000), true);
    assert.equal(policy.shouldRestart(61_500), true, 'the first two crashes are out of the window by now');
  });

  it('gives up with a message that names the log to read', () => {
    const policy = new RestartPolicy(1, 180_000);
    policy.shouldRestart(0);
    policy.shouldRestart(1);
    assert.equal(
      policy.giveUpMessage('Learn Once'),
      'The Learn Once language server stopped 2 times in 3 minutes and will not be restarted. See the "Learn Once" output for why, then run "Developer: Reload Window" to try again.',
    );
  });
});
