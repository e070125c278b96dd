import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';

/**
 * Rules and descriptions to add by path: dotted object keys, `[]` for the items of an array
 * (`schools[].programs[].states`). Merged into the generated node.
 */
export type JsonSchemaOverrides = Record<string, JsonSchema>;

function applyOverrides(schema: JsonSchema, overrides: JsonSchemaOverrides): void {
  for (const [path, extra] of Object.entries(overrides)) {
    let node: JsonSchema | undefined = schema;
    for (const key of path.split('.')) {
      const name = key.replace(/\[\]$/, '');
      node = (node?.properties as Record<string, JsonSchema> | undefined)?.[name];
      if (key.endsWith('[]')) node = node?.items as JsonSchema | undefined;
    }
    if (!node) throw new Error(`[schoolmatch] no field at ${path} in the schema; fix its JSON Schema overrides`);
    Object.assign(node, extra);
  }
}

/**
 * The JSON Schema (draft-07) of a valibot schema of ours, for marketers and their editors: the regexes as
 * patterns, `oneOf` checks as enums (or booleans), and what other checks enforce in code added by `overrides`.
 */
export function publishedJsonSchema(
  valibotSchema: v.GenericSchema,
  { title, description, overrides }: { title: string; description: string; overrides: JsonSchemaOverrides },
): object {
  const schema = toJsonSchema(valibotSchema, {
    errorMode: 'throw',
    // trim and transform normalise values (spaces, the e-mail domain's case) before they are used; a JSON
    // Schema cannot express a change, and it describes the value as received.
    ignoreActions: ['trim', 'transform'],
    overrideAction({ valibotAction, jsonSchema }) {
      switch (valibotAction.type) {
        case 'regex': {
          // JSON Schema patterns are ECMA-262 regular expressions evaluated with Unicode semantics, so the
          // `u` flag of the name pattern (\p{L}) carries over as is. A second pattern on the same string
          // goes into allOf, since a schema holds only one `pattern`.
          const { source } = (valibotAction as unknown as { requirement: RegExp }).requirement;
          const before = { ...jsonSchema };
          if (before.pattern === undefined || before.pattern === source) return { ...before, pattern: source };
          return { ...before, allOf: [...(before.allOf ?? []), { pattern: source }] };
        }
        case 'check': {
          // oneOf is a check with its `options` (not a v.picklist: a smaller widget bundle), so an enum, or a
          // boolean for true and false. Other checks run code (a real calendar date, a whole number):
          // described by the overrides instead.
          const { options } = valibotAction as unknown as { options?: (string | number | boolean)[] };
          if (!options) return jsonSchema;
          return options[0] === true
            ? { type: 'boolean' }
            : { enum: options as (string | number)[], type: typeof options[0] as 'string' | 'number' };
        }
        default:
          return undefined;
      }
    },
  });
  applyOverrides(schema, overrides);
  const { $schema, ...rest } = schema;
  return { $schema, title, description, ...rest };
}
