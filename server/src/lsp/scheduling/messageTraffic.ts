import { performance } from 'node:perf_hooks';

/**
 * Background loops on the server's thread (the scan, the similarity build, the hint pass)
 * yield between slices with setImmediate. So does the protocol library: one turn of the
 * event loop to handle a message, another to write its answer, and over stdio one turn for
 * each message it writes. Left alone, each of those turns waits behind a background slice:
 * a 1 ms completion takes two slices to come back, and the problems published at the end
 * of a scan trickle out one per slice. Noting the traffic lets the loops stand aside.
 */

/** Turns a background loop gives up per incoming message: handle it, write the answer, one spare. */
const TURNS_PER_MESSAGE = 3;
/** A message this recent may still be in the protocol library's queue. */
const RECENT_MS = 2;
/**
 * The longest a loop stands aside in a row for messages still being written: if the editor
 * stops reading, writes stop completing, and the loop must not wait on them for ever.
 */
const MAX_ASIDE_FOR_WRITES_MS = 200;

let turnsToGive = 0;
let lastMessageAt = Number.NEGATIVE_INFINITY;
let writing = 0;
let asideForWritesSince: number | undefined;

export function noteIncomingMessage(): void {
  turnsToGive = TURNS_PER_MESSAGE;
  lastMessageAt = performance.now();
}

/** A message being sent to the editor: loops stand aside until it is written. */
export function noteOutgoingMessage(sent: Promise<unknown>): void {
  writing++;
  const done = (): void => {
    writing--;
  };
  sent.then(done, done);
}

/** True while a background loop should let the event loop turn without doing its own work; counts the turn. */
export function shouldStandAside(): boolean {
  if (turnsToGive > 0) {
    turnsToGive--;
    return true;
  }
  if (performance.now() - lastMessageAt < RECENT_MS) return true;
  if (writing === 0) {
    asideForWritesSince = undefined;
    return false;
  }
  const now = performance.now();
  asideForWritesSince ??= now;
  if (now - asideForWritesSince < MAX_ASIDE_FOR_WRITES_MS) return true;
  // Waited long enough: do a slice of work, then stand aside again.
  asideForWritesSince = undefined;
  return false;
}

/**
 * Notes every message that reaches the server over the transport it was started with
 * (stdio or Node IPC; over a socket or pipe the loops simply do not stand aside for them).
 * Call after the connection listens, so its reader is attached first.
 */
export function watchIncomingMessages(argv: readonly string[] = process.argv): void {
  if (argv.includes('--stdio')) process.stdin.on('data', noteIncomingMessage);
  else if (argv.includes('--node-ipc')) process.on('message', noteIncomingMessage);
}
