import { check, parseCheckInput, type CheckContext } from '@zorgvuldig/core';

/** The answers to a run of input lines: JSON Lines text (one line per non-blank input line) and how many are errors. */
export interface Answers {
  out: string;
  errors: number;
}

/**
 * Answer input lines as the batch contract says (check.md): the check result with the line's id, or
 * `{id, error}` for a line that is not valid input. Blank lines get no answer. Never throws.
 */
export function answerLines(lines: readonly string[], defaults: CheckContext): Answers {
  let out = '';
  let errors = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const answer = answerLine(line, defaults);
    if ('error' in answer) errors++;
    out += JSON.stringify(answer) + '\n';
  }
  return { out, errors };
}

function answerLine(line: string, defaults: CheckContext): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { id: null, error: 'regel is geen geldige JSON (line is not valid JSON)' };
  }
  const input = parseCheckInput(parsed);
  if (!input.ok) return { id: input.id, error: input.error };
  try {
    return { id: input.value.id, ...check(input.value.text, { ...defaults, ...input.value.context }) };
  } catch (err) {
    return { id: input.value.id, error: `interne fout bij controleren: ${err instanceof Error ? err.message : String(err)}` };
  }
}
