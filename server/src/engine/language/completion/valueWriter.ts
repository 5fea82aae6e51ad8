import { yamlScalarText } from '../../edits/yamlScalar';
import type { ValueContext } from '../cursorContext';

/**
 * How a suggested value is written at the cursor: quoted when YAML needs it (commas in
 * a flow list), wrapped in `[ ]` when a list field has no list yet, and with a space
 * after a colon it would otherwise touch.
 */
export function writeValue(context: ValueContext, value: string, asList: boolean): string {
  const written = asList ? `[${yamlScalarText(value, { flow: true })}]` : yamlScalarText(value, { flow: context.inFlow });
  return context.needsSpace ? ` ${written}` : written;
}

/** The text an editor matches what was typed against: it includes an opening quote when one was typed. */
export function filterTextFor(context: ValueContext, text: string): string {
  return context.quote ? `${context.quote}${text}` : text;
}
