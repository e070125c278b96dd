import { leadPathToField } from '../../src/lead/leadPathToField.ts';
import type { RequestStrings } from './messages.ts';
import type { FieldErrors, FieldKey } from './requestState.ts';

/** Maps an endpoint's 400/422 `errors[]` onto the form controls they concern, counting the ones that fit none. */
export function rejectionErrors(
  errors: readonly { path: string; message: string }[],
  t: RequestStrings,
): { fields: FieldErrors; unplaced: number } {
  const fields: FieldErrors = {};
  let unplaced = 0;
  for (const error of errors) {
    const key = fieldOf(error.path);
    if (key === null) unplaced++;
    // The first message for a field is the one that explains it; later ones repeat or follow from it.
    else fields[key] ??= t.rejectedField(error.message);
  }
  return { fields, unplaced };
}

function fieldOf(path: string): FieldKey | null {
  const head = path.split('.')[0];
  if (head === 'consent') return 'consent';
  if (head === 'program') return 'program';
  return leadPathToField(path);
}
