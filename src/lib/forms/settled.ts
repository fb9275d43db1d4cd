/**
 * What a react-hook-form submit handler returns when it starts a write: a promise that ends with the
 * write, so `isSubmitting` keeps the submit button disabled until then. (A write started with `mutate`
 * reports itself pending a macrotask after the handler returned; for that frame the button was enabled
 * again and a second Enter sent a second write.) Failures are the write's callbacks' business.
 */
export function settled(write: unknown): Promise<void> {
  return Promise.resolve(write).then(
    () => undefined,
    () => undefined,
  );
}
