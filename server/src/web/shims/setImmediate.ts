/**
 * `setImmediate` for the web build (injected by esbuild where the server's code names it). The
 * time slicer yields with it between slices; `setTimeout(0)` would be clamped to 4 ms once
 * nested and slow a scan of thousands of lessons, so a message to ourselves is used instead.
 */
const queue: (() => void)[] = [];
const channel = new MessageChannel();
/** The browser's port (the project's types are Node's, whose port lacks `onmessage`); setting it starts the port. */
(channel.port1 as unknown as { onmessage: (() => void) | null }).onmessage = () => {
  const due = queue.splice(0, queue.length);
  for (const callback of due) callback();
};

export function setImmediate(callback: (value?: unknown) => void): number {
  queue.push(() => callback());
  if (queue.length === 1) channel.port2.postMessage(undefined);
  return 0;
}
