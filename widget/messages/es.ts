import { count, type Messages } from './en.ts';
import { SPANISH_STATE_NAMES } from './stateNames.ts';

const NAME = "Escribe hasta 50 letras, espacios o ' - .";

/** The Spanish string table, addressing the student as "tú" like the question texts. */
export const es: Messages = {
  featured: 'Escuelas destacadas',
  popular: 'Escuelas populares',
  sponsored: 'Patrocinado',
  note: 'Estas escuelas pagan por aparecer aquí. El orden no es una clasificación de calidad.',
  questions: {
    subject: '¿Qué área de estudio te interesa?',
    educationLevel: '¿Cuál es tu nivel de estudios más alto?',
    usCitizen: '¿Tienes la ciudadanía estadounidense?',
    postalCode: '¿Cuál es tu código postal?',
    military: '¿Tienes relación con las Fuerzas Armadas de EE. UU.?',
    startDate: '¿Cuándo te gustaría empezar?',
  },
  options: {
    educationLevel: {
      'no-diploma': 'Sin diploma de escuela secundaria',
      'high-school': 'Diploma de escuela secundaria o GED',
      'some-college': 'Estudios universitarios sin título',
      associate: 'Título de asociado',
      bachelor: 'Licenciatura',
      master: 'Maestría',
      doctorate: 'Doctorado',
    },
    usCitizen: { yes: 'Sí', no: 'No' },
    military: {
      no: 'No',
      'active-duty': 'En servicio activo',
      veteran: 'Veterano o veterana',
      reserve: 'Reserva o Guardia Nacional',
      spouse: 'Cónyuge o familiar de militar',
    },
    startDate: {
      immediately: 'De inmediato',
      '1-3-months': 'En 1–3 meses',
      '4-6-months': 'En 4–6 meses',
      '7-12-months': 'En 7–12 meses',
      'over-1-year': 'En más de un año',
      'not-sure': 'Aún no lo sé',
    },
  },
  zipInvalid: 'Escribe un código postal de EE. UU. de 5 dígitos',
  select: 'Selecciona…',
  online: 'Programas en línea disponibles',
  levelHeadings: {
    doctorate: 'Doctorado',
    master: 'Maestría',
    bachelor: 'Licenciatura',
    associate: 'Título de asociado',
    certificate: 'Certificado',
  },
  program: 'Programa',
  requestInfo: 'Solicitar información',
  needsDiploma: 'Estos programas requieren un diploma de secundaria o GED',
  levelNotOpen: 'No está abierto a tu nivel de estudios',
  citizensOnly: 'Solo para ciudadanos estadounidenses',
  // "licenciatura" and "maestría", the only possible requirements, are both feminine.
  requiresEducation: (degree) => `Requiere una ${degree.toLowerCase()}`,
  noProgramIn: (subject) => `No hay programas de ${subject}`,
  notAvailableIn: (state) => `No disponible en ${state}`,
  states: SPANISH_STATE_NAMES,
  hidden: (n) => `${count(n, 'escuela no coincide', 'escuelas no coinciden')} con tus respuestas`,
  more: 'Mostrar más',
  answers: 'Tus respuestas',
  clear: 'Borrar',
  reset: 'Empezar de nuevo',
  results: (programs, schools, all) =>
    `${count(programs, 'programa', 'programas')} en ${count(schools, 'escuela', 'escuelas')}${
      all ? '' : programs === 1 ? ' coincide con tus respuestas' : ' coinciden con tus respuestas'
    }`,
  answerAll: 'Responde todas las preguntas de arriba.',
  next: 'Continuar',
  title: (school) => `Solicitar información a ${school}`,
  close: 'Cerrar',
  fieldLabels: {
    firstName: 'Nombre',
    lastName: 'Apellido',
    email: 'Correo electrónico',
    phone: 'Teléfono',
    postalCode: 'Código postal (ZIP)',
  },
  fieldErrors: {
    firstName: NAME,
    lastName: NAME,
    email: 'Escribe un correo como name@example.com.',
    phone: 'Escribe un teléfono de EE. UU. como (212) 555-0123.',
    postalCode: 'Escribe un ZIP de 5 dígitos, como 10001.',
    consent: 'Marca la casilla para aceptar, o cierra el formulario.',
  },
  defaultConsent:
    'Al marcar esta casilla y enviar este formulario, acepto que {school} se comunique conmigo acerca de sus ' +
    'programas por correo electrónico, teléfono y mensaje de texto, incluso por medios automatizados, al correo ' +
    'electrónico y número de teléfono que proporcioné. El consentimiento no es una condición para inscribirse ' +
    'ni para realizar una compra. Pueden aplicarse tarifas por mensajes y datos.',
  fix: 'Corrige los campos marcados.',
  submit: 'Enviar solicitud',
  sent: {
    sending: () => 'Enviando…',
    delivered: (school) => `¡Gracias! Tu solicitud se envió a ${school}.`,
    queued: (school) => `Guardada: tu solicitud a ${school} se enviará al volver la conexión.`,
  },
  rejected: 'No aceptada: corrige los campos marcados y envíala de nuevo.',
  // The receiver speaks English; a Spanish reader gets a plain pointer to the field instead.
  refused: 'Revisa este dato.',
  failed: 'No se pudo enviar; inténtalo de nuevo.',
  noMatch: (school) => `Ningún programa de ${school} coincide con tus respuestas.`,
  others: 'Otras escuelas que coinciden',
  honeypot: 'Dejar vacío',
};
