import { useState } from 'preact/hooks';

let last = 0;

/** An id unique in the page for the lifetime of the calling component (for label and description links). */
export function useUniqueId(): string {
  // Preact's useId derives ids from the tree's shape, and renderLive re-renders from the root, where two
  // components could be given the same id; a page-wide counter cannot collide.
  return useState(() => `sm${++last}`)[0];
}
