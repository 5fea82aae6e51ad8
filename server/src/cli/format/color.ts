import type { Severity } from '../../engine/problem';
import type { CliIo } from '../cliIo';

/** Colour only when a person is watching: stdout is a terminal and NO_COLOR is not set; FORCE_COLOR wins. */
export function shouldUseColor(io: CliIo): boolean {
  const env = io.env ?? {};
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return io.stdout.isTTY === true;
}

const SEVERITY_COLOURS: Record<Severity, number> = { error: 31, warning: 33, information: 36, hint: 90 };

export interface Painter {
  severity(severity: Severity, text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

export function painter(color: boolean): Painter {
  const paint = (code: number, text: string): string => (color ? `\u001b[${code}m${text}\u001b[39m` : text);
  return {
    severity: (severity, text) => paint(SEVERITY_COLOURS[severity], text),
    dim: (text) => (color ? `\u001b[2m${text}\u001b[22m` : text),
    bold: (text) => (color ? `\u001b[1m${text}\u001b[22m` : text),
  };
}
