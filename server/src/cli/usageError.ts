/**
 * A mistake on the command line: the message says what was wrong and how to put it right.
 * The dispatcher prints it with a pointer to the command's --help and exits with 2.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
