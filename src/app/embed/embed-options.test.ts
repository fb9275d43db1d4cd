import { describe, expect, it } from 'vitest';
import { checkEmbedOptions, EmbedOptionsError } from './embed-options.ts';

const GOOD = { endpoint: 'https://cloud.appwrite.io/v1', projectId: 'my-project' };

function problems(options: unknown): string[] {
  try {
    checkEmbedOptions(options);
  } catch (error) {
    if (error instanceof EmbedOptionsError) return error.problems;
    throw error;
  }
  return [];
}

describe('checkEmbedOptions', () => {
  it('accepts the minimum and every documented option', () => {
    expect(problems(GOOD)).toEqual([]);
    expect(
      problems({
        ...GOOD,
        auth: { jwt: 'eyJ0.eyJ1.c2ln', getJWT: () => 'jwt' },
        routing: 'memory',
        sections: ['sessions', 'profile'],
        initialSection: 'profile',
        locale: 'ar',
        theme: 'dark',
        tokens: { accent: '#0b7285', radius: '0', font: 'Georgia, serif' },
        onSignOut: () => undefined,
        onAccountChange: () => undefined,
        onNavigate: () => undefined,
      }),
    ).toEqual([]);
    expect(problems({ ...GOOD, auth: 'session' })).toEqual([]);
    expect(problems({ ...GOOD, routing: { basePath: '/' } })).toEqual([]);
    expect(problems({ ...GOOD, routing: { basePath: '/account/settings/' } })).toEqual([]);
  });

  it('says clearly what is missing or wrong, all at once', () => {
    expect(problems(undefined)).toEqual(['Pass an options object: { endpoint, projectId }.']);
    const [endpoint, project] = problems({});
    expect(endpoint).toMatch(/^"endpoint" must be your Appwrite API root.*\(got nothing\)\.$/);
    expect(project).toMatch(/^"projectId" must be your Appwrite project's id.*\(got nothing\)\.$/);
    expect(problems({ endpoint: 'cloud.appwrite.io/v1', projectId: 'has space' })).toHaveLength(2);
    expect(() => checkEmbedOptions({})).toThrow(/^mountAccountSettings: "endpoint" must/);
  });

  it('refuses a bad basePath, path, language or theme', () => {
    for (const basePath of ['settings/', '/settings', '//evil.example/', '/a b/', 42]) {
      expect(problems({ ...GOOD, routing: { basePath } }), String(basePath)).toEqual([expect.stringMatching(/^"routing" must be 'memory' or \{ basePath \}/)]);
    }
    expect(problems({ ...GOOD, routing: 'hash' })).toHaveLength(1);
    expect(problems({ ...GOOD, initialSection: 'https://evil.example/' })).toEqual([expect.stringMatching(/^"initialSection" must be one of the sections shown/)]);
    expect(problems({ ...GOOD, sections: ['profile'], initialSection: 'sessions' })).toEqual([expect.stringMatching(/^"initialSection"/)]);
    expect(problems({ ...GOOD, locale: 'it' })).toEqual(['"locale" must be one of en, de, fr, es, ja, ar (got "it").']);
    expect(problems({ ...GOOD, theme: 'blue' })).toEqual([`"theme" must be 'light', 'dark' or 'system' (got "blue").`]);
  });

  it('refuses sections, auth, tokens and callbacks it cannot use', () => {
    for (const sections of [[], ['profile', 'profile'], ['billing'], 'profile']) {
      expect(problems({ ...GOOD, sections }), JSON.stringify(sections)).toEqual([expect.stringMatching(/^"sections" must list one or more of profile, email/)]);
    }
    expect(problems({ ...GOOD, auth: 'cookie' })).toEqual([expect.stringMatching(/^"auth" must be 'session' or \{ jwt, getJWT \}/)]);
    expect(problems({ ...GOOD, auth: { jwt: 'abc' } })).toEqual([expect.stringMatching(/no getJWT function/)]);
    expect(problems({ ...GOOD, auth: { jwt: 'not a jwt', getJWT: () => '' } })).toEqual(['"auth": its "jwt" must be a JWT as account.createJWT() returns it (three base64url parts).']);
    expect(problems({ ...GOOD, tokens: { accent: 'red; background: url(x)' } })).toEqual([expect.stringMatching(/^"tokens.accent" must be a CSS value/)]);
    expect(problems({ ...GOOD, tokens: { colour: 'red' } })).toEqual([expect.stringMatching(/^"tokens.colour" is not a token; the tokens are accent, /)]);
    expect(problems({ ...GOOD, onSignOut: 'logout()' })).toEqual(['"onSignOut" must be a function.']);
    expect(problems({ ...GOOD, dashboardUrl: 'https://account.example.com/' })).toEqual([]);
    for (const dashboardUrl of ['account.example.com', 'javascript:alert(1)', 'https://account.example.com/?next=x', 42]) {
      expect(problems({ ...GOOD, dashboardUrl }), String(dashboardUrl)).toEqual([expect.stringMatching(/^"dashboardUrl" must be the http\(s\) address/)]);
    }
  });
});
