/** Resolves in a later task (after the current one and its microtasks): splits a long run of work. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
