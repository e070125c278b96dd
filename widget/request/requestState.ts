import type { ContactField } from '../../src/lead/schema.ts';

/** A form control an error can sit beside. */
export type FieldKey = ContactField | 'program' | 'consent';

/** Error messages by form control, already localized. */
export type FieldErrors = Partial<Record<FieldKey, string>>;

/** Where the request form is: a tagged union the dialog renders with an exhaustive switch. */
export type RequestState =
  | { status: 'editing'; errors: FieldErrors; general?: string }
  | { status: 'sending' }
  | { status: 'delivered' }
  | { status: 'queued' }
  | { status: 'rejected'; errors: FieldErrors; general: string };

/** The form controls in the order they appear, so focus can go to the first invalid one. */
export const FIELD_ORDER: readonly FieldKey[] = [
  'program',
  'firstName',
  'lastName',
  'email',
  'phone',
  'postalCode',
  'consent',
];

/** Whether a request attempt is finished (the form gives way to the outcome). */
export function isFinished(state: RequestState): boolean {
  switch (state.status) {
    case 'delivered':
    case 'queued':
      return true;
    case 'editing':
    case 'sending':
    case 'rejected':
      return false;
    default:
      return assertNever(state);
  }
}

/** Marks a switch as exhaustive: the compiler errors if a state is added and not handled. */
export function assertNever(value: never): never {
  throw new Error(`[schoolmatch] unhandled request state ${JSON.stringify(value)}`);
}
