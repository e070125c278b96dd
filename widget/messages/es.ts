import { requestMessages } from '../request/messages.ts';
import { count, type Messages } from './en.ts';

/** The Spanish string table. */
export const es: Messages = {
  featured: 'Escuelas destacadas',
  popular: 'Escuelas populares',
  sponsored: 'Patrocinado',
  note: 'Estas escuelas pagan por aparecer aquí. El orden no es una clasificación de calidad.',
  select: 'Selecciona…',
  online: 'Programas en línea disponibles',
  levels: ['Doctorado', 'Maestría', 'Licenciatura', 'Título de asociado', 'Certificado'],
  choose: 'Elige un programa',
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
  ...requestMessages.es,
};
