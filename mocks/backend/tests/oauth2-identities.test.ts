import { describe, expect, it } from 'vitest';
import { createTestClient, PROJECT } from './test-client.ts';

const APP = 'http://localhost:4173';

/** Drives the redirect dance as a browser would: start → consent page → callback. */
function oauth(api: ReturnType<typeof createTestClient>, mode: 'sessions' | 'tokens', decision: 'allow' | 'deny', email = 'octo@example.com') {
  const start = api.call('GET', `/account/${mode}/oauth2/github`, { query: { success: `${APP}/oauth/success`, failure: `${APP}/oauth/failure`, project: PROJECT } });
  expect(start.status).toBe(301);
  const consent = new URL(start.headers.Location ?? '');
  expect(consent.pathname).toBe('/v1/mock/oauth2/authorize');
  const page = api.call('GET', '/mock/oauth2/authorize', { query: Object.fromEntries(consent.searchParams) });
  expect(page.headers['Content-Type']).toContain('text/html');
  return api.call('GET', `/account/sessions/oauth2/callback/github/${PROJECT}`, {
    query: { state: consent.searchParams.get('state') ?? '', project: PROJECT, decision, email, name: 'Octo Cat' },
  });
}

describe('OAuth2 session flow (mock provider)', () => {
  it('allow: creates the user and identity, a github session, and redirects to success with the session', () => {
    const api = createTestClient();
    const res = oauth(api, 'sessions', 'allow');
    expect(res.status).toBe(301);
    expect(res.headers.Location).toBe(`${APP}/oauth/success`);
    expect(res.headers['X-Fallback-Cookies']).toContain(`a_session_${PROJECT}`);
    const stored = JSON.parse(res.headers['X-Fallback-Cookies'] ?? '{}') as Record<string, string>;
    const me = api.call('GET', '/account', { headers: { 'x-fallback-cookies': JSON.stringify(stored) } });
    expect(me.body).toMatchObject({ email: 'octo@example.com', emailVerification: true, passwordUpdate: '' });
    const session = api.backend.state.sessions[0];
    expect(session).toMatchObject({ provider: 'github', factors: ['email', 'oauth2'] });
    expect(session?.providerAccessToken).not.toBe('');
  });

  it('deny: redirects to failure with the error as JSON', () => {
    const res = oauth(createTestClient(), 'sessions', 'deny');
    const failure = new URL(res.headers.Location ?? '');
    expect(failure.pathname).toBe('/oauth/failure');
    expect(JSON.parse(failure.searchParams.get('error') ?? '{}')).toMatchObject({ type: 'user_oauth2_provider_error', code: 424 });
  });

  it('a disabled provider renders an HTML 412; an unknown one is a 400; redirect URLs must be registered', () => {
    const api = createTestClient();
    const disabled = api.call('GET', '/account/sessions/oauth2/gitlab', { query: { project: PROJECT } });
    expect(disabled.status).toBe(412);
    expect(disabled.headers['Content-Type']).toContain('text/html');
    expect(api.call('GET', '/account/sessions/oauth2/myspace', { query: { project: PROJECT } }).status).toBe(400);
    expect(api.call('GET', '/account/sessions/oauth2/github', { query: { project: PROJECT, success: 'https://evil.example/' } }).status).toBe(400);
  });

  it('token flow: success gets userId and a 60-second secret for createSession', () => {
    const api = createTestClient();
    const res = oauth(api, 'tokens', 'allow');
    const success = new URL(res.headers.Location ?? '');
    const userId = success.searchParams.get('userId');
    const secret = success.searchParams.get('secret');
    expect(res.headers['X-Fallback-Cookies']).toBeUndefined();
    const session = api.call('POST', '/account/sessions/token', { body: { userId, secret } });
    expect(session.body).toMatchObject({ provider: 'github', factors: ['email', 'oauth2'] });
  });
});

describe('OAuth2 state', () => {
  const DEMO = 'ada@example.com';
  const callback = (api: ReturnType<typeof createTestClient>, state: string) =>
    api.call('GET', `/account/sessions/oauth2/callback/github/${PROJECT}`, { query: { state, project: PROJECT, decision: 'allow', email: DEMO } });
  const startState = (api: ReturnType<typeof createTestClient>, mode = 'tokens') =>
    new URL(api.call('GET', `/account/${mode}/oauth2/github`, { query: { success: `${APP}/ok`, failure: `${APP}/no`, project: PROJECT } }).headers.Location ?? '').searchParams.get('state') ?? '';

  it.each([
    ['null', 'null'],
    ['a number', '5'],
    ['a list', '[]'],
    ['without success and failure', JSON.stringify({ mode: 'token', provider: 'github' })],
    ['unsigned, sending a secret elsewhere', JSON.stringify({ mode: 'token', provider: 'github', success: 'https://evil.example/steal', failure: 'https://evil.example/f' })],
    ['unsigned, to a registered URL', JSON.stringify({ mode: 'session', provider: 'github', success: `${APP}/ok`, failure: `${APP}/no` })],
    ['junk', 'x.y'],
  ])('a state that is %s: 400 page at the callback and the consent page, no user or token', (_, state) => {
    const api = createTestClient({ seed: 'demo' });
    const tokens = api.backend.state.tokens.length;
    for (const res of [callback(api, state), api.call('GET', '/mock/oauth2/authorize', { query: { state } })]) {
      expect(res.status).toBe(400);
      expect(res.text).toContain('Failed to parse login state params');
      expect(res.headers.Location).toBeUndefined();
    }
    expect(api.backend.state.tokens).toHaveLength(tokens);
  });

  it('a signed state works; altered, or from another mock instance, it is refused', () => {
    const api = createTestClient({ seed: 'demo' });
    const state = startState(api);
    const [body = '', sig = ''] = state.split('.');
    const payload = JSON.parse(atob(body.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, string>;
    const evil = btoa(JSON.stringify({ ...payload, success: 'https://evil.example/steal' })).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(callback(api, `${evil}.${sig}`).status).toBe(400);
    expect(callback(api, body).status).toBe(400);
    expect(callback(createTestClient({ seed: 'demo' }), state).status).toBe(400);
    const ok = callback(api, state);
    expect(ok.status).toBe(301);
    expect(ok.headers.Location).toMatch(new RegExp(`^${APP}/ok\\?userId=`));
  });

  it('checks the URLs against the platforms again at the callback, as Appwrite does', () => {
    const api = createTestClient({ seed: 'demo', project: { platforms: ['localhost', 'app.example'] } });
    const success = api.call('GET', '/account/tokens/oauth2/github', { query: { success: 'https://app.example/ok', project: PROJECT } });
    const successState = new URL(success.headers.Location ?? '').searchParams.get('state') ?? '';
    const failure = api.call('GET', '/account/tokens/oauth2/github', { query: { success: `${APP}/ok`, failure: 'https://app.example/no', project: PROJECT } });
    const failureState = new URL(failure.headers.Location ?? '').searchParams.get('state') ?? '';
    api.call('PATCH', '/mock/project', { body: { platforms: ['localhost'] } });
    const refused = callback(api, successState);
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('project_invalid_success_url');
    expect(refused.text).toContain('Invalid redirect URL for OAuth success.');
    expect(callback(api, failureState).text).toContain('project_invalid_failure_url');
    expect(api.backend.state.tokens).toHaveLength(0);
  });
});

describe('identities', () => {
  it('lists the signed-in user\'s identities with queries and total; deletes own (204), 404 unknown, 401 foreign', () => {
    const api = createTestClient();
    oauth(api, 'sessions', 'allow');
    const list = api.call('GET', '/account/identities');
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(1);
    const identity = (list.body.identities as Record<string, string>[])[0];
    expect(Object.keys(identity ?? {})).toEqual([
      '$id', '$createdAt', '$updatedAt', 'userId', 'provider', 'providerUid', 'providerEmail', 'providerAccessToken', 'providerAccessTokenExpiry', 'providerRefreshToken',
    ]);
    expect(identity).toMatchObject({ provider: 'github', providerEmail: 'octo@example.com' });
    const filtered = api.call('GET', '/account/identities', { query: { 'queries[0]': JSON.stringify({ method: 'equal', attribute: 'provider', values: ['google'] }) } });
    expect(filtered.body).toEqual({ total: 0, identities: [] });
    expect(api.call('GET', '/account/identities', { query: { 'queries[0]': JSON.stringify({ method: 'cursorAfter', values: ['nope'] }) } }).body.type).toBe('general_cursor_not_found');
    expect(api.call('GET', '/account/identities', { query: { 'queries[0]': JSON.stringify({ method: 'search', attribute: 'provider', values: ['x'] }) } }).status).toBe(400);

    expect(api.call('DELETE', '/account/identities/nope').body.type).toBe('user_identity_not_found');
    const own = api.backend.state.identities[0];
    if (!own) throw new Error('no identity');
    api.backend.state.identities.push({ ...own, $id: 'foreign', userId: 'someone-else' });
    expect(api.call('DELETE', '/account/identities/foreign').body.type).toBe('user_unauthorized');
    expect(api.call('DELETE', `/account/identities/${identity?.$id ?? ''}`).status).toBe(204);
  });
});
