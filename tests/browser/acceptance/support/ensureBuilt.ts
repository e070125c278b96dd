import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { projectPath } from './expectedMatches.ts';

// The script, and the server module with its published CSP hash (the server-rendered pages use both).
const BUILT = ['dist/schoolmatch.js', 'dist/server.mjs', 'dist/csp.json'];

/** Builds dist/ when a built file is missing, so the suite also runs on a fresh clone. */
export function ensureBuilt(): void {
  if (BUILT.every((file) => existsSync(projectPath(file)))) return;
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: projectPath(''), encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`npm run build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
}
