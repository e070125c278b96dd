// The public surface of the framework-free core: catalog, matching, leads, delivery and the reference receiver.
// Everything here runs in the browser and in Node; the SQLite and PostgreSQL stores (Node only) are imported from
// their own modules, `src/receiver/sqliteLeadStore.ts` and `src/receiver/postgresLeadStore.ts`.
export { parseCatalog } from './catalog/parseCatalog.ts';
export { CatalogSchema, PROGRAM_LEVELS } from './catalog/schema.ts';
export {
  CITIZENSHIP_OPTIONS,
  EDUCATION_LEVELS,
  QUESTION_IDS,
  QUESTION_OPTIONS,
  questionOptionIds,
} from './questions.ts';
export { hiddenReasons, isProgramShown, openLevels } from './eligibility.ts';
export { matchSchools } from './matchSchools.ts';
export { MILITARY_OPTIONS, OPTIONAL_QUESTION_IDS, START_DATE_OPTIONS } from './optionalQuestions.ts';
export { STATE_CODES, stateOfZip } from './zipState.ts';
export { isAvailableIn } from './stateAvailability.ts';
export { parseEmbedConfig } from './config/parseEmbedConfig.ts';
export { LOCALES, SECTIONS } from './embedConfig.ts';
export { CONTACT_FIELDS, LeadSchema } from './lead/schema.ts';
export { validateContact } from './lead/validateContact.ts';
export { buildLead } from './lead/buildLead.ts';
export { consentText } from './lead/consentText.ts';
export { newLeadId } from './lead/newLeadId.ts';
export { createDelivery, OUTBOX_KEY } from './delivery/createDelivery.ts';
export { createReceiver } from './receiver/createReceiver.ts';
export { createMemoryLeadStore } from './receiver/memoryLeadStore.ts';

export type { Catalog, Program, ProgramLevel, School, Subject } from './catalog/schema.ts';
export type { CatalogError, CatalogResult, CatalogWarning, SkippedItem } from './catalog/parseCatalog.ts';
export type { Military, OptionalAnswers, OptionalQuestionId, StartDate } from './optionalQuestions.ts';
export type { StateCode } from './zipState.ts';
export type { Answers, Citizenship, EducationLevel, QuestionId } from './questions.ts';
export type { HiddenReason } from './eligibility.ts';
export type { MatchResult, SchoolMatch } from './matchSchools.ts';
export type { ConfigResult } from './config/parseEmbedConfig.ts';
export type { MountConfig } from './config/MountConfig.ts';
export type { EmbedConfig, Locale, Section } from './embedConfig.ts';
export type { ContactField, Lead } from './lead/schema.ts';
export type { ContactErrorCode, ContactResult } from './lead/validateContact.ts';
export type { BuildLeadFailure, BuildLeadInput, BuildLeadResult } from './lead/buildLead.ts';
export type {
  Delivery,
  DeliveryEvent,
  DeliveryOptions,
  DeliveryOutcome,
  OutboxEntry,
} from './delivery/createDelivery.ts';
export type { Receiver, ReceiverOptions } from './receiver/createReceiver.ts';
export type {
  InsertOutcome,
  LeadStore,
  ListOptions,
  MaybePromise,
  Receipt,
  SchoolWithLeads,
  StoredLead,
} from './receiver/LeadStore.ts';
