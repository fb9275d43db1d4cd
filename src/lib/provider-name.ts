/** Display names of OAuth2 providers (Appwrite's ids are lower-case: `github` → "GitHub"). */
const NAMES: Record<string, string> = {
  apple: 'Apple',
  github: 'GitHub',
  gitlab: 'GitLab',
  google: 'Google',
  linkedin: 'LinkedIn',
  microsoft: 'Microsoft',
  oidc: 'OpenID Connect',
  paypal: 'PayPal',
  x: 'X',
};

export function providerName(id: string): string {
  return NAMES[id] ?? id.charAt(0).toUpperCase() + id.slice(1);
}
