import { performance } from 'node:perf_hooks';

/**
 * Background loops on the server's thread (the scan, the similarity build, the hint pass)
 * yield between slices with setImmediate. So does the protocol library: one turn of the
 * event loop to handle a message, another to write its answer. Left alone, each of those
 * turns waits behind a background slice, so a 1 ms completion takes two slices to come
 * back. Noting when a message arrives lets the background loops stand aside for the turns
 * the message needs.
 */

/** Turns a background loop gives up per message: handle it, write the answer, one spare. */
const TURNS_PER_MESSAGE = 3;
/** A message this recent may still be in the protocol library's queue. */
const RECENT_MS = 2;

let turnsToGive = 0;
let lastMessageAt = Number.NEGATIVE_INFINITY;

export function noteIncomingMessage(): void {
  turnsToGive = TURNS_PER_MESSAGE;
  lastMessageAt = performance.now();
}

/** True while a background loop should let the event loop turn without doing its own work; counts the turn. */
export function shouldStandAside(): boolean {
  if (turnsToGive > 0) {
    turnsToGive--;
    return true;
  }
  return performance.now() - lastMessageAt < RECENT_MS;
}

/**
 * Notes every message that reaches the server over the transport it was started with
 * (stdio or Node IPC; over a socket or pipe the loops simply do not stand aside).
 * Call after the connection listens, so its reader is attached first.
 */
export function watchIncomingMessages(argv: readonly string[] = process.argv): void {
  if (argv.includes('--stdio')) process.stdin.on('data', noteIncomingMessage);
  else if (argv.includes('--node-ipc')) process.on('message', noteIncomingMessage);
}
