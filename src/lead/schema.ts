import * as v from 'valibot';
import { IdSchema, PROGRAM_LEVELS } from '../catalog/schema.ts';
import { BooleanSchema, length, oneOf, STRING, text, TRIM, wholeNumber } from '../schemaHelpers.ts';
import { MILITARY_OPTIONS, START_DATE_OPTIONS } from '../optionalQuestions.ts';
import { EDUCATION_LEVELS } from '../questions.ts';
import { STATE_CODES } from '../zipState.ts';

// No messages here: the bundle carries no English for the endpoint. The receiver turns each issue's path
// into a clear message (src/receiver/leadErrorMessage.ts) and adds the JSON Schema's descriptions
// (src/receiver/leadJsonSchema.ts). Lengths are regexes (`length`) and rules that need code are checks, so
// the schema uses few distinct valibot actions. v.object drops unknown keys instead of rejecting them: a
// newer widget's leads still pass an older receiver, and nothing unexpected (personal data included) is stored.

const string = (max: number) => v.pipe(STRING, length(max, 0));

/** The contact fields of the request form, in form order. */
export const CONTACT_FIELDS = ['firstName', 'lastName', 'email', 'phone', 'postalCode'] as const;

/** A contact field of the request form. */
export type ContactField = (typeof CONTACT_FIELDS)[number];

/** A first or last name: trimmed, 1-50 letters of any script, spaces and ' - . with at least one letter. */
export const NameSchema = v.pipe(STRING, TRIM, v.regex(/^(?=.*\p{L})[\p{L}\p{M} '.-]{1,50}$/u));

/** An email address: trimmed, at most 254 characters (64 before the @), domain in lower case. */
export const EmailSchema = v.pipe(
  STRING,
  TRIM,
  // Local part: dot-separated runs of the allowed characters. Domain: labels of letters and digits with
  // inner hyphens; the last starts with a letter and has 2 characters or more.
  v.regex(/^(?=.{1,254}$)(?=[^@]{1,64}@)(?!\.)(\.?[\w!#$%&'*+/=?^`{|}~-])+@([a-z\d](-*[a-z\d])*\.)+[a-z](-*[a-z\d])+$/),
);

/**
 * A US phone number in E.164 form: +1, an area code and exchange starting with 2-9 and not N11, and
 * no area code with 9 in the middle (reserved). The fictional 555-01XX range passes: demos use it.
 */
export const PhoneSchema = v.pipe(STRING, v.regex(/^\+1[2-9](?!11)[0-8]\d[2-9](?!11)\d{6}$/));

/** A 5-digit US ZIP code. */
export const PostalCodeSchema = v.pipe(STRING, v.regex(/^\d{5}$/));

/** A lead id: a lower-case UUID v4, made once per submission and reused on every retry. */
export const LeadIdSchema = v.pipe(STRING, v.regex(/^(?=.{14}4.{4}[89ab])[\da-f]{8}(-[\da-f]{4}){3}-[\da-f]{12}$/));

/** A UTC timestamp as `Date.prototype.toISOString()` makes it (milliseconds optional when 0), of a date that exists. */
const UtcTimestampSchema = v.pipe(
  STRING,
  // The round trip refuses other formats, offsets and dates that do not exist (Date.parse rolls 2026-02-30 over to March).
  v.check((time) => [time, time.replace('Z', '.000Z')].includes(new Date(Date.parse(time) || 0).toISOString())),
);

/** A page address reduced to origin and path: http(s), no query and no fragment (they may hold personal data). */
export const PageAddressSchema = v.pipe(STRING, v.regex(/^(?=.{1,2048}$)https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/));

/** The utm_* parameters a lead's source carries (without the prefix), and the ad click ids. */
export const UTM_KEYS = ['source', 'medium', 'campaign', 'term', 'content'] as const;
export const CLICK_ID_KEYS = ['gclid', 'fbclid', 'msclkid'] as const;

const TRACKING = v.optional(string(500));
const tracking = <K extends string>(keys: readonly K[]) =>
  v.optional(v.object(Object.fromEntries(keys.map((key) => [key, TRACKING])) as Record<K, typeof TRACKING>));
const OPTIONAL_ID = v.optional(text(120));

/** (v2) The two-letter USPS code of a state, DC, a territory or a military "state". */
export const StateCodeSchema = oneOf(STATE_CODES);

/** The student's contact details. */
export const ContactSchema = v.object({
  firstName: NameSchema,
  lastName: NameSchema,
  email: EmailSchema,
  phone: PhoneSchema,
  postalCode: PostalCodeSchema,
  // (v2) Always sent since v2; optional so that v1 leads are still accepted.
  state: v.optional(StateCodeSchema),
});

/** (v2) Consent evidence the publisher's page collected: a TrustedForm certificate URL and a Jornaya LeadiD token. */
export const EvidenceSchema = v.object({
  trustedFormCertUrl: v.optional(v.pipe(STRING, v.regex(/^https:\/\/cert\.trustedform\.com\/[^\s?#]{1,500}$/))),
  jornayaLeadId: v.optional(v.pipe(STRING, v.regex(/^[\dA-Za-z-]{36}$/))),
});

/** A lead as POSTed to the endpoint and accepted by the receiver (SPEC section 4). */
export const LeadSchema = v.object({
  schemaVersion: oneOf([1]),
  leadId: LeadIdSchema,
  createdAt: UtcTimestampSchema,
  testMode: BooleanSchema,
  school: v.object({ id: IdSchema, name: text(300) }),
  program: v.object({ id: IdSchema, name: text(300), level: oneOf(PROGRAM_LEVELS) }),
  answers: v.object({
    subject: IdSchema,
    educationLevel: oneOf(EDUCATION_LEVELS),
    usCitizen: BooleanSchema,
    // (v2) Present when the school asks them.
    postalCode: v.optional(PostalCodeSchema),
    military: v.optional(oneOf(MILITARY_OPTIONS)),
    startDate: v.optional(oneOf(START_DATE_OPTIONS)),
  }),
  contact: ContactSchema,
  // No trimming: the text stays exactly as shown beside the checkbox.
  consent: v.object({ text: v.pipe(STRING, v.regex(/^(?!\s*$)[\s\S]{1,2000}$/)), givenAt: UtcTimestampSchema }),
  source: v.object({
    publisherId: text(120),
    placementId: OPTIONAL_ID,
    subId: OPTIONAL_ID,
    pageUrl: PageAddressSchema,
    referrer: v.optional(PageAddressSchema),
    utm: tracking(UTM_KEYS),
    clickIds: tracking(CLICK_ID_KEYS),
  }),
  client: v.object({
    userAgent: string(1000),
    language: string(35),
    timeToCompleteMs: wholeNumber(0),
    gpc: v.optional(BooleanSchema),
  }),
  // (v2) Present when the embed asks for evidence and the page had some.
  evidence: v.optional(EvidenceSchema),
});

/** A valid lead. */
export type Lead = v.InferOutput<typeof LeadSchema>;
