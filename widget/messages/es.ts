import { requestMessages } from '../request/messages.ts';
import type { Messages } from './Messages.ts';

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** The Spanish string table. */
export const es: Messages = {
  featuredHeading: 'Escuelas destacadas',
  popularHeading: 'Escuelas populares',
  sponsored: 'Patrocinado',
  sponsoredSummary: 'Sobre estos anuncios',
  sponsoredDetails:
    'Las escuelas que aparecen aquí pagan por mostrarse. El orden no es una clasificación de calidad.',
  selectPlaceholder: 'Selecciona…',
  onlinePrograms: 'Programas en línea disponibles',
  programHeadings: {
    doctorate: 'Doctorado',
    master: 'Maestría',
    bachelor: 'Licenciatura',
    associate: 'Título de asociado',
    certificate: 'Certificado',
  },
  featuredPrograms: (school) => `Programas destacados de ${school}`,
  chooseProgram: 'Elige un programa',
  requestInfo: 'Solicitar información',
  noMatch: 'Ningún programa de esta escuela coincide con tus respuestas:',
  educationNoun: {
    'no-diploma': 'sin diploma de escuela secundaria',
    'high-school': 'un diploma de escuela secundaria o GED',
    'some-college': 'estudios universitarios',
    associate: 'un título de asociado',
    bachelor: 'una licenciatura',
    master: 'una maestría',
    doctorate: 'un doctorado',
  },
  requiresEducation: (noun) => `Requiere ${noun}`,
  levelNotOpen: (noun) => `No está abierto a quienes ya tienen ${noun}`,
  needsDiploma: 'Estos programas requieren un diploma de escuela secundaria o GED',
  citizenshipOnly: 'Solo para ciudadanos estadounidenses',
  noProgramInSubject: (subject) => `No hay programas de ${subject}`,
  hiddenSchools: (count) =>
    `${plural(count, 'escuela no coincide', 'escuelas no coinciden')} con tus respuestas`,
  showMore: 'Mostrar más',
  yourAnswers: 'Tus respuestas',
  clear: 'Borrar',
  clearAnswer: (question) => `Borrar: ${question}`,
  startOver: 'Empezar de nuevo',
  resultCount: (programs, schools) =>
    programs === 0
      ? 'Ningún programa coincide con tus respuestas'
      : `${plural(programs, 'programa', 'programas')} en ${plural(schools, 'escuela', 'escuelas')} ${programs === 1 ? 'coincide' : 'coinciden'} con tus respuestas`,
  allResults: (programs, schools) =>
    `Mostrando ${programs === 1 ? 'el único programa' : `los ${programs} programas`} de ${plural(schools, 'escuela', 'escuelas')}`,
  beforeRequest: 'Antes de solicitar información, responde:',
  continueRequest: 'Continuar',
  answerAllFirst: 'Primero responde todas las preguntas de arriba.',
  ...requestMessages.es,
};
