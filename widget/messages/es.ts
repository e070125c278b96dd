import { count, type Messages } from './en.ts';

const NAME = "Escribe hasta 50 letras, espacios o ' - .";

/** The Spanish string table, addressing the student as "tú" like the question texts. */
export const es: Messages = {
  featured: 'Escuelas destacadas',
  popular: 'Escuelas populares',
  sponsored: 'Patrocinado',
  note: 'Estas escuelas pagan por aparecer aquí. El orden no es una clasificación de calidad.',
  select: 'Selecciona…',
  online: 'Programas en línea disponibles',
  levels: ['Doctorado', 'Maestría', 'Licenciatura', 'Título de asociado', 'Certificado'],
  program: 'Programa',
  requestInfo: 'Solicitar información',
  'needs-diploma': 'Estos programas requieren un diploma de secundaria o GED',
  'level-not-open': 'No está abierto a tu nivel de estudios',
  citizenship: 'Solo para ciudadanos estadounidenses',
  // "licenciatura" and "maestría", the only possible requirements, are both feminine.
  'requires-education': 'Requiere una {0}',
  subject: 'No hay programas de {0}',
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
  labels: ['Nombre', 'Apellido', 'Correo electrónico', 'Teléfono', 'Código postal (ZIP)'],
  errors: [NAME, NAME, 'Escribe un correo como name@example.com.', 'Escribe un teléfono de EE. UU. como (212) 555-0123.', 'Escribe un ZIP de 5 dígitos, como 10001.', 'Marca la casilla para aceptar, o cierra el formulario.'],
  fix: 'Corrige los campos marcados.',
  submit: 'Enviar solicitud',
  sending: () => 'Enviando…',
  delivered: (school) => `¡Gracias! Tu solicitud se envió a ${school}.`,
  queued: (school) => `Guardada: tu solicitud a ${school} se enviará al volver la conexión.`,
  rejected: 'No aceptada: corrige los campos marcados y envíala de nuevo.',
  // The receiver speaks English; a Spanish reader gets a plain pointer to the field instead.
  refused: 'Revisa este dato.',
  failed: 'No se pudo enviar; inténtalo de nuevo.',
  noMatch: (school) => `Ningún programa de ${school} coincide con tus respuestas.`,
  others: 'Otras escuelas que coinciden',
  honeypot: 'Dejar vacío',
};
