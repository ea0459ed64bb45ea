import type { MessageOverrides } from './model';

/** One override as a row of the editor. */
export interface OverrideRow {
  locale: string;
  id: string;
  text: string;
}

/** The overrides as rows, by language then id. */
export function overrideRows(messages: MessageOverrides | undefined): OverrideRow[] {
  return Object.entries(messages ?? {})
    .flatMap(([locale, byId]) => Object.entries(byId).map(([id, text]) => ({ locale, id, text })))
    .sort((a, b) => a.locale.localeCompare(b.locale) || a.id.localeCompare(b.id));
}

/** The rows as the configuration writes them (`[messages.en]`, message id = text). */
export function overridesOf(rows: readonly OverrideRow[]): MessageOverrides {
  const messages: MessageOverrides = {};
  for (const row of rows) {
    messages[row.locale] = { ...(messages[row.locale] ?? {}), [row.id.trim()]: row.text };
  }
  return messages;
}

/**
 * Problems of the rows (message ids by form path): every row needs an id and a text, an id once per language, and
 * the platform's own messages (`platform-*`: its name and attribution) are not the country's to change.
 */
export function overrideProblems(rows: readonly OverrideRow[]): Record<string, string> {
  const problems: Record<string, string> = {};
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const id = row.id.trim();
    if (!row.locale) problems[`rows.${index}.locale`] = 'console-required';
    if (!/^[a-z][a-z0-9-]*$/.test(id)) problems[`rows.${index}.id`] = 'console-ministry-messages-id-invalid';
    else if (id.startsWith('platform-')) problems[`rows.${index}.id`] = 'console-ministry-messages-platform';
    else if (seen.has(`${row.locale} ${id}`)) problems[`rows.${index}.id`] = 'console-ministry-messages-duplicate';
    seen.add(`${row.locale} ${id}`);
    if (!row.text.trim()) problems[`rows.${index}.text`] = 'console-required';
  });
  return problems;
}
