import type { Locale } from '../../src/embedConfig.ts';
import type { ContactField } from '../../src/lead/schema.ts';

// One message per name field covers every way a name is refused: empty, other characters, too long.
const ENGLISH_NAME = "Enter up to 50 letters, spaces or ' - .";
const SPANISH_NAME = "Escriba hasta 50 letras, espacios o ' - .";

const en = {
  /** The dialog's heading and accessible name; also labels the buttons offering other schools. */
  title: (school: string) => `Request info from ${school}`,
  close: 'Close',
  program: 'Program',
  /** Contact field labels, in CONTACT_FIELDS order. */
  labels: ['First name', 'Last name', 'Email', 'Phone', 'ZIP code'],
  /** Shown beside a refused field, whatever the reason (empty, malformed, too long); `consent`: the unchecked box. */
  errors: {
    firstName: ENGLISH_NAME,
    lastName: ENGLISH_NAME,
    email: 'Enter an email like name@example.com.',
    phone: 'Enter a US phone like (212) 555-0123.',
    postalCode: 'Enter a 5-digit ZIP like 10001.',
    consent: 'Check this box to agree, or close the form.',
  } as Record<ContactField | 'consent', string>,
  /** The announced summary when a submission has errors. */
  fix: 'Fix the marked fields.',
  submit: 'Submit request',
  /** The status line while sending and once sent or saved, by the form's state. */
  sending: (_school: string) => 'Sending…',
  delivered: (school: string) => `Thanks! Your request was sent to ${school}.`,
  queued: (school: string) => `Saved: your request to ${school} will be sent once you are online.`,
  rejected: 'Not accepted: fix the marked fields and submit again.',
  /** Shown beside a field the receiver refused; empty: show the receiver's own (English) message. */
  refused: '',
  failed: 'Sending failed; submit again.',
  noMatch: (school: string) => `No ${school} program matches your answers.`,
  others: 'Other matching schools',
  honeypot: 'Leave empty',
};

/** Every string the request dialog shows, for one locale. */
export type RequestStrings = typeof en;

/** The request dialog's part of one locale's messages table, nested so its names never collide with the widget's. */
export interface RequestMessages {
  request: RequestStrings;
}

const es: RequestStrings = {
  title: (school) => `Solicitar información a ${school}`,
  close: 'Cerrar',
  program: 'Programa',
  labels: ['Nombre', 'Apellido', 'Correo electrónico', 'Teléfono', 'Código postal (ZIP)'],
  errors: {
    firstName: SPANISH_NAME,
    lastName: SPANISH_NAME,
    email: 'Escriba un correo como name@example.com.',
    phone: 'Escriba un teléfono de EE. UU. como (212) 555-0123.',
    postalCode: 'Escriba un ZIP de 5 dígitos, como 10001.',
    consent: 'Marque la casilla para aceptar, o cierre el formulario.',
  },
  fix: 'Corrija los campos marcados.',
  submit: 'Enviar solicitud',
  sending: () => 'Enviando…',
  delivered: (school) => `¡Gracias! Su solicitud se envió a ${school}.`,
  queued: (school) => `Guardada: su solicitud a ${school} se enviará al volver la conexión.`,
  rejected: 'No aceptada: corrija los campos marcados y envíela de nuevo.',
  // The receiver speaks English; a Spanish reader gets a plain pointer to the field instead.
  refused: 'Revise este dato.',
  failed: 'No se pudo enviar; inténtelo de nuevo.',
  noMatch: (school) => `Ningún programa de ${school} coincide con sus respuestas.`,
  others: 'Otras instituciones que coinciden',
  honeypot: 'Dejar vacío',
};

/** The request dialog's strings for each supported locale. */
export const requestMessages: Record<Locale, RequestMessages> = { en: { request: en }, es: { request: es } };
