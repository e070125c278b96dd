import type { Program, School } from './catalog/schema.ts';
import type { StateCode } from './zipState.ts';

/**
 * Whether a school enrols residents of `state` in a program: the state is in the school's `rules.states`
 * when it has that rule, and in the program's `states` when it has them (absent means every state).
 */
export function isAvailableIn(school: School, program: Program, state: StateCode): boolean {
  return (school.rules.states ?? [state]).includes(state) && (program.states ?? [state]).includes(state);
}
