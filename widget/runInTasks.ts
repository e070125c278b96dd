/** How long one task may work before it gives the page its turn. */
const TASK_BUDGET_MS = 25;

/**
 * Runs `steps` over as many tasks as it takes: a step that yields `true` ends its task (so the browser lays
 * out and paints what it did), and a task also ends after 25 ms of steps. Returns a function that stops it.
 */
export function runInTasks(steps: Generator<boolean | void, void>, guard: (run: () => void) => void): () => void {
  let next: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const run = (): void =>
    guard(() => {
      const began = performance.now();
      for (let step = steps.next(); !step.done && !stopped; step = steps.next()) {
        if (step.value || performance.now() - began > TASK_BUDGET_MS) {
          next = setTimeout(run);
          return;
        }
      }
    });
  run();
  return () => {
    stopped = true;
    clearTimeout(next);
  };
}
