/** A valid lesson, one field per line, with fields replaced or removed (undefined) as a test needs. */
export function lessonText(overrides: Record<string, string | undefined> = {}): string {
  const fields: Record<string, string | undefined> = {
    id: 'GM-0042',
    title: 'Data sharing agreement sign-off took nine months across three trusts',
    locality: 'Greater Manchester Care Record',
    stage: 'captured',
    date: '2025-03-14',
    topics: '[information governance, data sharing]',
    good: '|\n  Every trust named one IG lead early.',
    not_so_good: '|\n  Each board signed off separately, so it took nine months.',
    improvements: '|\n  Agree one sign-off route before drafting starts.',
    ...overrides,
  };
  return Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')
    .concat('\n');
}
