import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/embedConfig.ts';
import { OPTIONAL_QUESTION_IDS } from '../../src/optionalQuestions.ts';
import { CITIZENSHIP_OPTIONS, EDUCATION_LEVELS, QUESTION_IDS } from '../../src/questions.ts';
import { messageTables } from '../../widget/messages/messageTables.ts';

// The core keeps the ids; their texts live in the widget's messages, one table per locale.
const QUESTION_TEXT = { en: messageTables.en.questions, es: messageTables.es.questions };
const EDUCATION_LABELS = { en: messageTables.en.options.educationLevel, es: messageTables.es.options.educationLevel };
const CITIZENSHIP_LABELS = { en: messageTables.en.options.usCitizen, es: messageTables.es.options.usCitizen };

describe('question labels', () => {
  it('asks the three questions, and the three optional ones, in English exactly as the product specifies', () => {
    expect(QUESTION_TEXT.en).toEqual({
      subject: 'Which subject are you interested in?',
      educationLevel: 'What is your highest level of education?',
      usCitizen: 'Are you a US citizen?',
      postalCode: 'What is your ZIP code?',
      military: 'Are you affiliated with the US military?',
      startDate: 'When would you like to start?',
    });
  });

  it('labels the education options in English exactly as the product specifies, lowest first', () => {
    expect(EDUCATION_LEVELS.map((level) => EDUCATION_LABELS.en[level])).toEqual([
      'Less than high school',
      'High school diploma or GED',
      'Some college, no degree',
      'Associate degree',
      "Bachelor's degree",
      "Master's degree",
      'Doctoral degree',
    ]);
  });

  it('labels the citizenship options Yes and No in English', () => {
    expect(CITIZENSHIP_LABELS.en).toEqual({ yes: 'Yes', no: 'No' });
  });

  it('speaks Spanish with a distinct, non-empty text for every question and education option', () => {
    for (const id of [...QUESTION_IDS, ...OPTIONAL_QUESTION_IDS]) {
      expect(QUESTION_TEXT.es[id].length).toBeGreaterThan(0);
      expect(QUESTION_TEXT.es[id]).not.toBe(QUESTION_TEXT.en[id]);
    }
    expect(new Set(EDUCATION_LEVELS.map((level) => EDUCATION_LABELS.es[level])).size).toBe(EDUCATION_LEVELS.length);
    expect(CITIZENSHIP_LABELS.es).toEqual({ yes: 'Sí', no: 'No' });
  });

  it('shows no English option label or question text on the Spanish page', () => {
    const english = [...Object.values(QUESTION_TEXT.en), ...Object.values(EDUCATION_LABELS.en)];
    const spanish = [...Object.values(QUESTION_TEXT.es), ...Object.values(EDUCATION_LABELS.es)];
    for (const text of spanish) for (const phrase of english) expect(text).not.toContain(phrase);
  });

  it('has a label for every option in every locale', () => {
    for (const locale of LOCALES) {
      expect(Object.keys(QUESTION_TEXT[locale]).sort()).toEqual([...QUESTION_IDS, ...OPTIONAL_QUESTION_IDS].sort());
      expect(Object.keys(EDUCATION_LABELS[locale]).sort()).toEqual([...EDUCATION_LEVELS].sort());
      expect(Object.keys(CITIZENSHIP_LABELS[locale]).sort()).toEqual([...CITIZENSHIP_OPTIONS].sort());
    }
  });
});
