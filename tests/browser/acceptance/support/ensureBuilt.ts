import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { projectPath } from './expectedMatches.ts';

/** Builds dist/schoolmatch.js when it is missing, so the suite also runs on a fresh clone. */
export function ensureBuilt(): void {
  if (existsSync(projectPath('dist/schoolmatch.js'))) return;
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: projectPath(''), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
}
