import * as v from 'valibot';
import { IdSchema, PROGRAM_LEVELS } from '../catalog/schema.ts';
import { EDUCATION_LEVELS } from '../questions.ts';

// Messages are English: the receiver returns them as 422 `errors[].message`. Rules a person can break
// (names, email, phone, ZIP, addresses) say what is expected; type and length errors keep valibot's own
// English messages ("Invalid length: Expected <=300 but received 301"). Each field has one regex or check,
// so a bad value gets one message. v.object drops unknown keys instead of rejecting them: a newer widget's
// leads still pass an older receiver, and nothing unexpected (personal data included) is ever stored.

const string = (n: number) => v.pipe(v.string(), v.maxLength<string, number>(n));
const text = (n: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength<string, number>(n));
// A missing key is reported through its object's message, with `expected` naming the key.
const obj = <const T extends v.ObjectEntries>(entries: T) =>
  v.object(entries, (issue) => (issue.expected?.startsWith('"') ? 'is required' : 'must be an object'));

/** The contact fields of the request form, in form order. */
export const CONTACT_FIELDS = ['firstName', 'lastName', 'email', 'phone', 'postalCode'] as const;

/** A contact field of the request form. */
export type ContactField = (typeof CONTACT_FIELDS)[number];

/** A first or last name: trimmed, 1-50 letters of any script, spaces and ' - . with at least one letter. */
export const NameSchema = v.pipe(
  v.string(),
  v.trim(),
  v.regex(/^(?=.*\p{L})[\p{L}\p{M} '.-]{1,50}$/u, "must be 1-50 letters, spaces or ' - ."),
);

/** An email address: trimmed, at most 254 characters (64 before the @), domain in lower case. */
export const EmailSchema = v.pipe(
  v.string(),
  v.trim(),
  v.regex(
    /^(?=.{1,254}$)(?=[^@]{1,64}@)[\w!#$%&'*+/=?^`{|}~-]+(\.[\w!#$%&'*+/=?^`{|}~-]+)*@([a-z\d]([a-z\d-]*[a-z\d])?\.)+[a-z][a-z\d-]*[a-z\d]$/,
    'must be an email like name@example.com',
  ),
);

/**
 * A US phone number in E.164 form: +1, an area code and exchange starting with 2-9 and not N11, and
 * no area code with 9 in the middle (reserved). The fictional 555-01XX range passes: demos use it.
 */
export const PhoneSchema = v.pipe(
  v.string(),
  v.regex(/^\+1[2-9](?!11)[0-8]\d[2-9](?!11)\d{6}$/, 'must be a valid US number like +12125550123'),
  v.description('E.164 with a valid US area code'),
);

/** A 5-digit US ZIP code. */
export const PostalCodeSchema = v.pipe(v.string(), v.regex(/^\d{5}$/, 'must be a 5-digit ZIP code'));

/** A lead id: a lower-case UUID v4, made once per submission and reused on every retry. */
export const LeadIdSchema = v.pipe(
  v.string(),
  v.regex(/^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/, 'must be a lower-case UUID v4'),
);

/** A UTC timestamp as `Date.prototype.toISOString()` makes it, of a date that exists. */
const UtcTimestampSchema = v.pipe(
  v.string(),
  v.check(
    // Date.parse rolls 2026-02-30 over to March; the round trip catches dates that do not exist.
    (time) =>
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/.test(time) &&
      new Date(Date.parse(time) || 0).toISOString().slice(0, 19) === time.slice(0, 19),
    'must be an ISO 8601 UTC time',
  ),
);

/** A page address reduced to origin and path: http(s), no query and no fragment (they may hold personal data). */
export const PageAddressSchema = v.pipe(
  v.string(),
  v.regex(/^(?=.{1,2048}$)https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, 'must be an http(s) URL without ? or #'),
);

const TRACKING = v.optional(string(500));
const OPTIONAL_ID = v.optional(text(120));

/** The student's contact details. */
export const ContactSchema = obj({
  firstName: NameSchema,
  lastName: NameSchema,
  email: EmailSchema,
  phone: PhoneSchema,
  postalCode: PostalCodeSchema,
});

/** A lead as POSTed to the endpoint and accepted by the receiver (SPEC section 4). */
export const LeadSchema = obj({
  schemaVersion: v.literal(1),
  leadId: LeadIdSchema,
  createdAt: UtcTimestampSchema,
  testMode: v.boolean(),
  school: obj({ id: IdSchema, name: text(300) }),
  program: obj({ id: IdSchema, name: text(300), level: v.picklist(PROGRAM_LEVELS) }),
  answers: obj({ subject: IdSchema, educationLevel: v.picklist(EDUCATION_LEVELS), usCitizen: v.boolean() }),
  contact: ContactSchema,
  // No trimming: the text stays exactly as shown beside the checkbox.
  consent: obj({ text: v.pipe(v.string(), v.regex(/\S/, 'must not be empty'), v.maxLength(2000)), givenAt: UtcTimestampSchema }),
  source: obj({
    publisherId: text(120),
    placementId: OPTIONAL_ID,
    subId: OPTIONAL_ID,
    pageUrl: PageAddressSchema,
    referrer: v.optional(PageAddressSchema),
    utm: v.optional(obj({ source: TRACKING, medium: TRACKING, campaign: TRACKING, term: TRACKING, content: TRACKING })),
    clickIds: v.optional(obj({ gclid: TRACKING, fbclid: TRACKING, msclkid: TRACKING })),
  }),
  client: obj({
    userAgent: string(1000),
    language: string(35),
    timeToCompleteMs: v.pipe(v.number(), v.integer(), v.minValue(0)),
    gpc: v.optional(v.boolean()),
  }),
});

/** A valid lead. */
export type Lead = v.InferOutput<typeof LeadSchema>;

