/** For prefetches: a failure is not this caller's to show (the page that needs the data will). */
export function ignoreError(): void {
  // deliberately empty
}
