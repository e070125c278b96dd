import type * as v from 'valibot';

/** The JSON path of a valibot issue below `base`, and what is wrong there, in a marketer's words. */
export function describeIssue(base: string, issue: v.BaseIssue<unknown>): { path: string; text: string } {
  let path = base;
  for (const item of issue.path ?? []) path += typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`;
  // valibot reports a missing required key with its generic message; say it plainly instead.
  if (issue.received === 'undefined') return { path, text: 'is required but missing; add it' };
  const got = issue.received === 'Object' ? 'an object' : issue.received === 'Array' ? 'an array' : issue.received;
  // Hostile catalogs can hold megabyte strings; a reason must stay readable in a console.
  return { path, text: `${issue.message}; got ${got.length > 80 ? `${got.slice(0, 80)}…` : got}` };
}
