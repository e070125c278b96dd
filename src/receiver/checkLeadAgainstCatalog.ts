import type { Catalog, Program, School } from '../catalog/schema.ts';
import { consentText } from '../lead/consentText.ts';
import type { Lead } from '../lead/schema.ts';
import { messageTables } from '../../widget/messages/messageTables.ts';
import { OPTIONAL_QUESTION_IDS } from '../optionalQuestions.ts';
import { isAvailableIn } from '../stateAvailability.ts';
import { stateOfZip } from '../zipState.ts';
import type { LeadError } from './checkLead.ts';

interface KnownSchool {
  school: School;
  programs: ReadonlyMap<string, Program>;
  /** Every consent text the widget can show for the school: its own, or the default in each locale. */
  consentTexts: ReadonlySet<string>;
}

/** A check of a (schema-valid) lead against the catalog: the problems, at their paths, or none. */
export type CatalogCheck = (lead: Lead) => LeadError[];

/**
 * Checks leads against a catalog: the school and program must be in it under the same ids, names and
 * level, and the consent text must be one the widget shows for that school (so a lead cannot claim
 * consent to words the student never saw). (v2) The lead carries an answer to each optional question the
 * school asks, and the school offers the program in the state of the contact's ZIP code.
 */
export function createCatalogCheck(catalog: Catalog): CatalogCheck {
  const schools = new Map<string, KnownSchool>();
  for (const school of catalog.schools) {
    schools.set(school.id, {
      school,
      programs: new Map(school.programs.map((program) => [program.id, program])),
      // The default texts are the widget's own (its message tables), so the receiver accepts exactly what it shows.
      consentTexts: new Set(
        Object.values(messageTables).map((messages) => consentText(school, messages.defaultConsent)),
      ),
    });
  }

  return (lead) => {
    const known = schools.get(lead.school.id);
    if (known === undefined) {
      return [
        {
          path: 'school.id',
          message: `is not a school of the catalog; "${lead.school.id}" is unknown. Send the id of a school in the catalog.`,
        },
      ];
    }
    const { school } = known;
    const errors: LeadError[] = [];
    if (lead.school.name !== school.name) {
      errors.push({
        path: 'school.name',
        message: `must be "${school.name}", the name of "${school.id}" in the catalog`,
      });
    }
    const program = known.programs.get(lead.program.id);
    if (program === undefined) {
      errors.push({
        path: 'program.id',
        message: `is not a program of "${school.id}" in the catalog; "${lead.program.id}" is unknown`,
      });
    } else {
      if (lead.program.name !== program.name) {
        errors.push({
          path: 'program.name',
          message: `must be "${program.name}", the name of "${program.id}" in the catalog`,
        });
      }
      if (lead.program.level !== program.level) {
        errors.push({
          path: 'program.level',
          message: `must be "${program.level}", the level of "${program.id}" in the catalog`,
        });
      }
      // Only a state rule needs the state: a v1 lead's ZIP code of no state passes for a school without one.
      const state = stateOfZip(lead.contact.postalCode);
      if ((school.rules.states || program.states) && !(state && isAvailableIn(school, program, state))) {
        errors.push({
          path: 'contact.postalCode',
          message: `is in ${state ?? 'no US state'}, where "${school.id}" does not offer "${program.id}" (see its states in the catalog)`,
        });
      }
    }
    for (const question of OPTIONAL_QUESTION_IDS) {
      if ((school.questions as string[]).includes(question) && lead.answers[question] === undefined) {
        errors.push({ path: `answers.${question}`, message: `is required: "${school.id}" asks it in the catalog` });
      }
    }
    if (!known.consentTexts.has(lead.consent.text)) {
      errors.push({
        path: 'consent.text',
        message: `must be the consent text shown for "${school.id}": its consentText in the catalog, or the default text (en or es) naming it`,
      });
    }
    return errors;
  };
}
