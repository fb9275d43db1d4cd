/**
 * The key of every resend cooldown, per action and address: the form that sends a code and the step
 * that offers "resend" must name the same cooldown, or a reload would reset it.
 */
export const cooldownKeys = {
  verifyEmailLink: (email: string) => `verify-email:${email}`,
  verifyEmailCode: (email: string) => `verify-email-code:${email}`,
  verifyPhone: (phone: string) => `phone-verify:${phone}`,
  magicLink: (email: string) => `magic-link:${email}`,
  emailCode: (email: string) => `email-code:${email}`,
  phoneCode: (phone: string) => `phone-code:${phone}`,
  /** A second-step code by email or text (the account is not readable yet, so per device). */
  secondStep: (factor: string) => `second-step:${factor}`,
};
