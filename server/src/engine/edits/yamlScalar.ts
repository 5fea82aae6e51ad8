import { stringify } from 'yaml';

/** Characters that end a plain scalar inside `[ ]` or `{ }`. */
const FLOW_INDICATORS = /[,[\]{}]/;

/**
 * One line of text written as a YAML scalar that reads back as exactly that text under
 * the core schema: plain when it is safe, double-quoted when not (e.g. `a: b`, `true`,
 * `123`, a leading `&`). Inside a flow collection, commas and brackets need quotes too.
 */
export function yamlScalarText(value: string, options: { flow?: boolean } = {}): string {
  const oneLine = value.replace(/\s*\r?\n\s*/g, ' ');
  const written = stringify(oneLine, { schema: 'core', lineWidth: 0, minContentWidth: 0 }).replace(/\n$/, '');
  if (options.flow && !written.startsWith('"') && !written.startsWith("'") && FLOW_INDICATORS.test(written)) return JSON.stringify(oneLine);
  return written;
}
