import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usageError';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util's parseArgs with its errors turned into usage errors that name the command. */
export function parseCommandArgs<T extends Options>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(readableParseError(error));
  }
}

function readableParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown option '${unknown[1]}'.`;
  const missing = /Option '(?:-\w, )?(--[\w-]+)[^']*' argument missing/.exec(message);
  if (missing) return `option '${missing[1]}' needs a value, e.g. ${missing[1]} <value>.`;
  const noValue = /Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(message);
  if (noValue) return `option '${noValue[1]}' is a switch and takes no value.`;
  return message.replace(/\. To specify .*$/s, '.');
}

/** A whole number of at least `min`, or a usage error naming the option. */
export function integerOption(name: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min) throw new UsageError(`--${name} must be a whole number of at least ${min}, not '${value}'.`);
  return Number(value);
}

/** A number between 0 and 1, or a usage error naming the option. */
export function fractionOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 1)
    throw new UsageError(`--${name} must be a number from 0 to 1, like 0.3, not '${value}'.`);
  return number;
}

/** One of a fixed set of words, or a usage error listing them. */
export function choiceOption<T extends string>(name: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${choices.join(', ')}, not '${value}'.`);
}

/** A text option that must be given and not blank. */
export function requiredText(name: string, value: string | undefined, example: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`--${name} is required, e.g. --${name} ${example}.`);
  return value.trim();
}
