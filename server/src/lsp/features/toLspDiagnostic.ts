import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Problem, Severity } from '../../engine/problem';

export const DIAGNOSTIC_SOURCE = 'learn-once';

export function toLspSeverity(severity: Severity): DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    default:
      return DiagnosticSeverity.Hint;
  }
}

/** An engine problem as an LSP diagnostic; the fix data travels in `data` for code actions. */
export function toLspDiagnostic(problem: Problem, relatedInformation: boolean): Diagnostic {
  const diagnostic: Diagnostic = {
    range: problem.range,
    severity: toLspSeverity(problem.severity),
    code: problem.code,
    source: DIAGNOSTIC_SOURCE,
    message: problem.message,
  };
  if (problem.data) diagnostic.data = problem.data;
  if (problem.related && problem.related.length > 0) {
    if (relatedInformation) {
      diagnostic.relatedInformation = problem.related.map((related) => ({ location: { uri: related.uri, range: related.range }, message: related.message }));
    }
  }
  return diagnostic;
}
