import type { Problem } from '../../problem';
import type { LessonRule } from '../ruleTypes';
import { findNhsNumbers } from './nhsNumbers';
import { redactionFix } from './redaction';
import type { TextScalar } from './textScalars';

export const NHS_NUMBER_REPLACEMENT = '[NHS number removed]';

/**
 * An NHS number anywhere in the file (a value, a comment, a broken line) is an error: lessons
 * go to every locality and into published reports. The message never repeats the number, so
 * the Problems panel, CI logs and SARIF files do not copy it further.
 */
export const nhsNumberRule: LessonRule = ({ parsed, config, textScalars: scalars }) => {
  const text = maskedText(parsed.text, scalars);
  const problems: Problem[] = [];
  for (const found of findNhsNumbers(text)) {
    if (found.test && config.identifiableData.allowTestNhsNumbers) continue;
    const scalar = scalars.find((candidate) => candidate.start <= found.start && found.end <= candidate.end);
    problems.push({
      code: 'nhs-number',
      severity: 'error',
      message: found.test
        ? 'This is an NHS number from the 999 test range. Lessons are shared with every locality and published: remove it, or set identifiableData.allowTestNhsNumbers in learn-once.yaml if this workspace uses test numbers.'
        : 'This is an NHS number (ten digits that pass the NHS number check). Lessons are shared with every locality and published in reports: remove it and describe the case without it.',
      range: parsed.positions.range(found.start, found.end),
      data: redactionFix(parsed.positions, scalar, found, NHS_NUMBER_REPLACEMENT, (value) =>
        replaceNhsNumbers(value, config.identifiableData.allowTestNhsNumbers),
      ),
    });
  }
  return problems;
};

/** The file's text with each double-quoted value's escapes blanked, as textScalars reads them. */
function maskedText(text: string, scalars: readonly TextScalar[]): string {
  let masked = '';
  let at = 0;
  for (const scalar of scalars) {
    if (scalar.node.type !== 'QUOTE_DOUBLE' || scalar.start < at) continue;
    masked += text.slice(at, scalar.start) + scalar.source;
    at = scalar.end;
  }
  return masked + text.slice(at);
}

function replaceNhsNumbers(value: string, allowTest: boolean): string {
  let result = '';
  let at = 0;
  for (const found of findNhsNumbers(value)) {
    if (found.test && allowTest) continue;
    result += value.slice(at, found.start) + NHS_NUMBER_REPLACEMENT;
    at = found.end;
  }
  return result + value.slice(at);
}
