import type { Program, School } from './catalog/schema.ts';

/** The school's featured programs, in the order the catalog lists them as featured. */
export function featuredPrograms(school: School): Program[] {
  return (school.featured ?? []).flatMap((id) => school.programs.filter((program) => program.id === id));
}
