// The unit project's one PostgreSQL cluster: started before any test file, stopped and removed after the last.
import type { TestProject } from 'vitest/node';
import { startPostgresCluster } from './postgresCluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The superuser URL of the throwaway cluster; tests make their own database in it (createTestDatabase). */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const cluster = await startPostgresCluster();
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
