import { OPTIONAL_QUESTION_IDS } from '../optionalQuestions.ts';
import type { JsonSchema } from '@valibot/to-json-schema';
import { publishedJsonSchema, type JsonSchemaOverrides } from '../publishedJsonSchema.ts';
import { QUESTION_IDS } from '../questions.ts';
import { STATE_CODES } from '../zipState.ts';
import { CatalogSchema } from './schema.ts';

const STATES: JsonSchema = {
  type: 'array',
  items: { enum: [...STATE_CODES], type: 'string' },
  minItems: 1,
  description:
    '(v2) Two-letter USPS codes of the states whose residents it enrols (DC, PR, VI, GU, AS, MP, AA, AE, AP count as states); leave it out for every state.',
};

// parseCatalog trims text before checking its length: a text of spaces only is refused.
const plainText = (max: number) => ({
  allOf: [{ pattern: '\\S' }],
  description: `Plain text, never HTML; 1 to ${max} characters.`,
});

// The rules the catalog schema enforces in code (checks), and descriptions, by path.
const OVERRIDES: JsonSchemaOverrides = {
  $schema: { description: 'The address of this JSON Schema, for editors; the widget ignores it.' },
  subjects: { description: 'Every subject a program can be tagged with; ids unique.' },
  'subjects[].label': plainText(300),
  schools: { minItems: 1, description: 'The schools, ranked by rank; ids unique.' },
  'schools[].name': plainText(300),
  'schools[].rank': {
    type: 'integer',
    minimum: 1,
    description: 'Position in the Popular Schools list, 1 first; equal ranks keep catalog order.',
  },
  'schools[].questions': {
    type: 'array',
    items: { enum: [...QUESTION_IDS, ...OPTIONAL_QUESTION_IDS], type: 'string' },
    uniqueItems: true,
    allOf: QUESTION_IDS.map((id) => ({ contains: { const: id } })),
    description: `The questions in the order the school asks them: each of ${QUESTION_IDS.join(', ')} once, and (v2) any of ${OPTIONAL_QUESTION_IDS.join(', ')}.`,
  },
  'schools[].rules.states': STATES,
  'schools[].featured': {
    description: "Ids of this school's programs to feature; a school without it is not featured.",
  },
  'schools[].consentText': plainText(2000),
  'schools[].programs': { minItems: 1, description: 'Program ids are unique across the whole catalog.' },
  'schools[].programs[].name': plainText(300),
  'schools[].programs[].subjects': { description: 'Subject ids listed in $.subjects.' },
  'schools[].programs[].states': STATES,
};

/**
 * The JSON Schema (draft-07) of a catalog, generated from the valibot `CatalogSchema` the widget uses,
 * published for marketers and their editors as dist/catalog.schema.json.
 */
export function catalogJsonSchema(): object {
  return publishedJsonSchema(CatalogSchema, {
    title: 'SchoolMatch catalog',
    description:
      "The schools and programs a SchoolMatch widget shows (SPEC section 3). Rules across fields that a JSON Schema cannot express are checked by `npx schoolmatch check-catalog`: unique ids, program subjects listed in $.subjects, featured ids among the school's programs.",
    overrides: OVERRIDES,
  });
}
