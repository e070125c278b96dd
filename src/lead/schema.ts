import * as v from 'valibot';
import { IdSchema, PROGRAM_LEVELS } from '../catalog/schema.ts';
import { EDUCATION_LEVELS } from '../questions.ts';
import { isNanpPhone } from './isNanpPhone.ts';

// Objects use v.object, which drops unknown keys instead of rejecting them: a newer widget that adds
// a field (the contract only ever grows) must not have its leads refused by an older receiver, and
// dropped keys are never stored, so nothing unexpected (personal data included) can ride along.

// Valibot reports a missing key through its object's message, so one message function covers both
// "key absent" (the issue names the key it expected) and "not an object".
const OBJECT_MESSAGE: v.ErrorMessage<v.ObjectIssue> = (issue) =>
  issue.expected.startsWith('"') ? 'is required' : 'must be an object';

function obj<const T extends v.ObjectEntries>(entries: T) {
  return v.object(entries, OBJECT_MESSAGE);
}

// One message per field: a value that is not even a string should not also be told it is too long.
function firstIssue<const T extends v.GenericSchema>(schema: T): T {
  return v.config(schema, { abortPipeEarly: true });
}

/** The contact fields of the request form, in form order. */
export const CONTACT_FIELDS = ['firstName', 'lastName', 'email', 'phone', 'postalCode'] as const;

/** A contact field of the request form. */
export type ContactField = (typeof CONTACT_FIELDS)[number];

/** A first or last name: trimmed, 1-50 characters, letters of any script, spaces and ' - . */
export const NameSchema = firstIssue(v.pipe(
  v.string('must be a string'),
  v.trim(),
  v.minLength(1, 'is required'),
  v.maxLength(50, 'must be at most 50 characters'),
  v.regex(/^[\p{L}\p{M} '.-]+$/u, "may contain only letters, spaces and ' - ."),
  v.regex(/\p{L}/u, 'must contain at least one letter'),
));

const EMAIL_PATTERN =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]$/;

/** An email address: trimmed, at most 254 characters, domain lower-cased (the local part is the mailbox owner's). */
export const EmailSchema = firstIssue(v.pipe(
  v.string('must be a string'),
  v.trim(),
  v.minLength(1, 'is required'),
  v.maxLength(254, 'must be at most 254 characters'),
  v.regex(EMAIL_PATTERN, 'must be an email address like name@example.com'),
  v.check((email) => email.indexOf('@') <= 64, 'must have at most 64 characters before the @'),
  v.transform((email) => {
    const at = email.lastIndexOf('@');
    return email.slice(0, at) + email.slice(at).toLowerCase();
  }),
));

/** A US phone number in E.164 form, `+1` then a valid NANP area code, exchange and line number. */
export const PhoneSchema = firstIssue(v.pipe(
  v.string('must be a string'),
  v.regex(/^\+1\d{10}$/, 'must be a US number in E.164 form, like +12125550123'),
  v.check(isNanpPhone, 'must have a valid US area code and exchange (each starting with 2-9, not N11)'),
));

/** A 5-digit US ZIP code. */
export const PostalCodeSchema = firstIssue(v.pipe(
  v.string('must be a string'),
  v.regex(/^\d{5}$/, 'must be a 5-digit US ZIP code, like 10001'),
));

/** A lead id: a lower-case UUID v4, made once per submission and reused on every retry. */
export const LeadIdSchema = firstIssue(v.pipe(
  v.string('must be a string'),
  v.regex(
    /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    'must be a lower-case UUID v4, like 3f2b8c1e-9d4a-4c6b-8e2f-1a2b3c4d5e6f',
  ),
));

/** A UTC timestamp in ISO 8601 form, as made by `Date.prototype.toISOString()`. */
export const UtcTimestampSchema = firstIssue(v.pipe(
  v.string('must be a string'),
  v.regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/,
    'must be an ISO 8601 UTC timestamp, like 2026-01-31T14:05:00.000Z',
  ),
  // Date.parse rolls 2026-02-30 over to March; a round trip catches dates that do not exist.
  v.check((text) => {
    const time = Date.parse(text);
    return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 19) === text.slice(0, 19);
  }, 'must be a real date and time'),
));

/** A page address reduced to origin and path: http(s), no query and no fragment (they may hold personal data). */
export const PageAddressSchema = firstIssue(v.pipe(
  v.string('must be a string'),
  v.maxLength(2048, 'must be at most 2048 characters'),
  v.regex(/^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?$/, 'must be an http(s) URL with origin and path only (no ? query, no # fragment)'),
));

const ShortTextSchema = firstIssue(v.pipe(
  v.string('must be a string'),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(300, 'must be at most 300 characters'),
));

const TrackingValueSchema = firstIssue(v.pipe(v.string('must be a string'), v.maxLength(500, 'must be at most 500 characters')));

/** The student's contact details. */
export const ContactSchema = obj({
  firstName: NameSchema,
  lastName: NameSchema,
  email: EmailSchema,
  phone: PhoneSchema,
  postalCode: PostalCodeSchema,
});

/** Where the lead came from: publisher ids, the page, campaign parameters and ad click ids. */
export const SourceSchema = obj({
  publisherId: v.pipe(ShortTextSchema, v.maxLength(120, 'must be at most 120 characters')),
  placementId: v.optional(v.pipe(ShortTextSchema, v.maxLength(120, 'must be at most 120 characters'))),
  subId: v.optional(v.pipe(ShortTextSchema, v.maxLength(120, 'must be at most 120 characters'))),
  pageUrl: PageAddressSchema,
  referrer: v.optional(PageAddressSchema),
  utm: v.optional(
    obj({
      source: v.optional(TrackingValueSchema),
      medium: v.optional(TrackingValueSchema),
      campaign: v.optional(TrackingValueSchema),
      term: v.optional(TrackingValueSchema),
      content: v.optional(TrackingValueSchema),
    }),
  ),
  clickIds: v.optional(
    obj({
      gclid: v.optional(TrackingValueSchema),
      fbclid: v.optional(TrackingValueSchema),
      msclkid: v.optional(TrackingValueSchema),
    }),
  ),
});

/** What the browser told us: user agent, language, time spent on the form and the GPC signal. */
export const ClientSchema = obj({
  userAgent: v.pipe(v.string('must be a string'), v.maxLength(1000, 'must be at most 1000 characters')),
  language: v.pipe(v.string('must be a string'), v.maxLength(35, 'must be at most 35 characters')),
  timeToCompleteMs: v.pipe(
    v.number('must be a number'),
    v.integer('must be a whole number of milliseconds'),
    v.minValue(0, 'must be 0 or more'),
  ),
  gpc: v.optional(v.boolean('must be true or false')),
});

/** A lead as POSTed to the endpoint and accepted by the receiver (SPEC section 4). */
export const LeadSchema = obj({
  schemaVersion: v.literal(1, 'must be 1'),
  leadId: LeadIdSchema,
  createdAt: UtcTimestampSchema,
  testMode: v.boolean('must be true or false'),
  school: obj({ id: IdSchema, name: ShortTextSchema }),
  program: obj({
    id: IdSchema,
    name: ShortTextSchema,
    level: v.picklist(PROGRAM_LEVELS, `must be one of ${PROGRAM_LEVELS.join(', ')}`),
  }),
  answers: obj({
    subject: IdSchema,
    educationLevel: v.picklist(EDUCATION_LEVELS, `must be one of ${EDUCATION_LEVELS.join(', ')}`),
    usCitizen: v.boolean('must be true or false'),
  }),
  contact: ContactSchema,
  consent: obj({
    // No trimming: the text must stay exactly as shown beside the checkbox.
    text: v.pipe(
      v.string('must be a string'),
      v.regex(/\S/, 'must not be empty'),
      v.maxLength(2000, 'must be at most 2000 characters'),
    ),
    givenAt: UtcTimestampSchema,
  }),
  source: SourceSchema,
  client: ClientSchema,
});

/** A valid lead. */
export type Lead = v.InferOutput<typeof LeadSchema>;
