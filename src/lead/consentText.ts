import type { School } from '../catalog/schema.ts';
import type { Locale } from '../embedConfig.ts';

const DEFAULT_CONSENT: Record<Locale, string> = {
  en:
    'By checking this box and submitting this form, I agree that {school} may contact me about its programs ' +
    'by email, phone and text message, including by automated means, at the email and phone number I provided. ' +
    'Consent is not a condition of enrollment or purchase. Message and data rates may apply.',
  es:
    'Al marcar esta casilla y enviar este formulario, acepto que {school} se comunique conmigo acerca de sus ' +
    'programas por correo electrónico, teléfono y mensaje de texto, incluso por medios automatizados, al correo ' +
    'electrónico y número de teléfono que proporcioné. El consentimiento no es una condición para inscribirse ' +
    'ni para realizar una compra. Pueden aplicarse tarifas por mensajes y datos.',
};

/**
 * The consent text shown beside the checkbox for a school, naming it: the school's own `consentText`
 * when the catalog has one (used as written, in every locale), else the default text for the locale.
 */
export function consentText(school: School, locale: Locale): string {
  const template = school.consentText ?? DEFAULT_CONSENT[locale];
  // split/join, not String.replace: a school name holding "$&" must come out as written.
  return template.split('{school}').join(school.name);
}
