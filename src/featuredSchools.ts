import type { Catalog, School } from './catalog/schema.ts';

/** The catalog's featured schools (those listing featured programs), in catalog rank order. */
export function featuredSchools(catalog: Catalog): School[] {
  return catalog.schools.filter((school) => (school.featured?.length ?? 0) > 0);
}
