import type { Locale } from '../../src/embedConfig.ts';
import type { ContactField } from '../../src/lead/schema.ts';
import type { ContactErrorCode } from '../../src/lead/validateContact.ts';

/** Every string the request dialog shows, for one locale. */
export interface RequestStrings {
  /** The dialog's heading and accessible name; also the label of the buttons offering other schools. */
  title: (school: string) => string;
  close: string;
  program: string;
  fields: Record<ContactField, string>;
  /** Shown beside a contact field, per validation error code. */
  errors: Record<ContactErrorCode, string>;
  consentRequired: string;
  programRequired: string;
  /** The announced summary when a submission has errors. */
  summary: (count: number) => string;
  submit: string;
  sending: string;
  delivered: (school: string) => string;
  queued: (school: string) => string;
  /** The endpoint refused the request (400/422). */
  rejected: string;
  /** A receiver message (English) about one field, shown beside that field. */
  rejectedField: (serverMessage: string) => string;
  failed: string;
  noMatch: (school: string) => string;
  missingAnswers: string;
  notAdmitted: string;
  otherSchools: string;
  honeypot: string;
}

/**
 * The request dialog's part of one locale's messages table: nested under one key so the widget's own
 * string names can never collide with the dialog's when the tables are merged.
 */
export interface RequestMessages {
  request: RequestStrings;
}

const en: RequestStrings = {
  title: (school) => `Request info from ${school}`,
  close: 'Close',
  program: 'Program',
  fields: {
    firstName: 'First name',
    lastName: 'Last name',
    email: 'Email',
    phone: 'Phone',
    postalCode: 'ZIP code',
  },
  errors: {
    required: 'Fill in this field.',
    'name-invalid': "Use letters, spaces and ' - . only.",
    'name-too-long': 'Use at most 50 characters.',
    'email-invalid': 'Enter an email address like name@example.com.',
    'phone-invalid': 'Enter a US phone number with area code, like (212) 555-0123.',
    'postal-code-invalid': 'Enter a 5-digit US ZIP code, like 10001.',
  },
  consentRequired: 'Check this box to agree to be contacted, or close the form.',
  programRequired: 'Choose a program.',
  summary: (count) =>
    count === 1 ? '1 field needs your attention.' : `${count} fields need your attention.`,
  submit: 'Submit request',
  sending: 'Sending…',
  delivered: (school) => `Thanks! Your request was sent to ${school}.`,
  queued: (school) =>
    `Your request is saved and will be sent to ${school} when the connection is back.`,
  rejected: 'The request was not accepted. Check the fields marked below and submit again.',
  rejectedField: (serverMessage) => `This field ${serverMessage.replace(/\.$/, '')}.`,
  failed: 'Something went wrong while sending. Please submit again.',
  noMatch: (school) =>
    `None of ${school}'s programs match your answers now. Change your answers to see its programs.`,
  missingAnswers: 'Answer all of this school’s questions before requesting info.',
  notAdmitted: 'This program does not match your answers any more. Choose another program.',
  otherSchools: 'Other schools that match your answers',
  honeypot: 'Leave this field empty',
};

const es: RequestStrings = {
  title: (school) => `Solicitar información a ${school}`,
  close: 'Cerrar',
  program: 'Programa',
  fields: {
    firstName: 'Nombre',
    lastName: 'Apellido',
    email: 'Correo electrónico',
    phone: 'Teléfono',
    postalCode: 'Código postal (ZIP)',
  },
  errors: {
    required: 'Complete este campo.',
    'name-invalid': "Use solo letras, espacios y ' - .",
    'name-too-long': 'Use como máximo 50 caracteres.',
    'email-invalid': 'Escriba un correo electrónico como nombre@ejemplo.com.',
    'phone-invalid': 'Escriba un teléfono de EE. UU. con código de área, como (212) 555-0123.',
    'postal-code-invalid': 'Escriba un código postal de EE. UU. de 5 dígitos, como 10001.',
  },
  consentRequired: 'Marque esta casilla para aceptar que le contacten, o cierre el formulario.',
  programRequired: 'Elija un programa.',
  summary: (count) =>
    count === 1 ? '1 campo necesita su atención.' : `${count} campos necesitan su atención.`,
  submit: 'Enviar solicitud',
  sending: 'Enviando…',
  delivered: (school) => `¡Gracias! Su solicitud se envió a ${school}.`,
  queued: (school) =>
    `Su solicitud está guardada y se enviará a ${school} cuando vuelva la conexión.`,
  rejected: 'La solicitud no fue aceptada. Revise los campos marcados y envíela de nuevo.',
  // The receiver speaks English; a Spanish reader gets a plain pointer to the field instead.
  rejectedField: () => 'Revise este dato.',
  failed: 'Algo salió mal al enviar. Envíe la solicitud de nuevo.',
  noMatch: (school) =>
    `Ningún programa de ${school} coincide ahora con sus respuestas. Cambie sus respuestas para ver sus programas.`,
  missingAnswers: 'Responda todas las preguntas de esta institución antes de solicitar información.',
  notAdmitted: 'Este programa ya no coincide con sus respuestas. Elija otro programa.',
  otherSchools: 'Otras instituciones que coinciden con sus respuestas',
  honeypot: 'Deje este campo vacío',
};

/** The request dialog's strings for each supported locale. */
export const requestMessages: Record<Locale, RequestMessages> = { en: { request: en }, es: { request: es } };
