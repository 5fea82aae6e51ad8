/**
 * The messages between the Learn Once client and server beyond LSP's own, each a typed
 * request or notification, so a name or a shape cannot drift apart between the two sides,
 * the tests and the benchmark.
 */
export * from './authoring';
export * from './host';
export * from './importLessons';
export * from './lessons';
export * from './searchLessons';
export * from './similarLessons';
export * from './stats';
