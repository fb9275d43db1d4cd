import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_ID as PROJECT, DEMO_USER } from '../contract/demo.ts';
import { createMockHttpServer } from './server.ts';

const { server } = createMockHttpServer({ seed: 'demo', project: { platforms: ['localhost', 'app.example'] } });
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const HEADERS = { 'x-appwrite-project': PROJECT, 'content-type': 'application/json' };
const LOGIN = JSON.stringify({ email: DEMO_USER.email, password: DEMO_USER.password });

describe('HTTP server mode', () => {
  it('answers a CORS preflight from a registered platform with credentials, and not from others', async () => {
    const ok = await fetch(`${base}/account`, { method: 'OPTIONS', headers: { origin: 'http://localhost:4173', 'access-control-request-method': 'GET' } });
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://localhost:4173');
    expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
    expect(ok.headers.get('access-control-allow-headers')).toContain('X-Fallback-Cookies');
    const refused = await fetch(`${base}/account`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses requests from unregistered origins with 403 general_unknown_origin', async () => {
    const res = await fetch(`${base}/account`, { headers: { ...HEADERS, origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ type: 'general_unknown_origin', message: expect.stringContaining('evil.example') as string });
  });

  it('sets a_session_<project> cookies (HttpOnly, SameSite=None) and accepts them back', async () => {
    const res = await fetch(`${base}/account/sessions/email`, { method: 'POST', headers: HEADERS, body: LOGIN });
    expect(res.status).toBe(201);
    const cookies = res.headers.getSetCookie();
    expect(cookies).toHaveLength(2);
    expect(cookies[0]).toMatch(new RegExp(`^a_session_${PROJECT}=[^;]+; expires=.+; path=/; httponly; samesite=None$`));
    expect(cookies[1]).toMatch(new RegExp(`^a_session_${PROJECT}_legacy=`));
    const cookie = (cookies[0] ?? '').split(';')[0] ?? '';
    const me = await fetch(`${base}/account`, { headers: { ...HEADERS, cookie } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ email: DEMO_USER.email });
    await fetch(`${base}/account/sessions/current`, { method: 'DELETE', headers: { ...HEADERS, cookie } });
  });

  it('adds X-Fallback-Cookies only when the calling page is on another domain', async () => {
    const sameSite = await fetch(`${base}/account/sessions/email`, { method: 'POST', headers: { ...HEADERS, origin: 'http://127.0.0.1:4173' }, body: LOGIN });
    expect(sameSite.headers.get('x-fallback-cookies')).toBeNull();
    const crossSite = await fetch(`${base}/account/sessions/email`, { method: 'POST', headers: { ...HEADERS, origin: 'http://localhost:4173' }, body: LOGIN });
    expect(crossSite.status).toBe(201);
    expect(crossSite.headers.get('access-control-expose-headers')).toContain('X-Fallback-Cookies');
    const fallback = crossSite.headers.get('x-fallback-cookies') ?? '';
    expect(JSON.parse(fallback)).toHaveProperty(`a_session_${PROJECT}`);
    const me = await fetch(`${base}/account`, { headers: { ...HEADERS, origin: 'http://localhost:4173', 'x-fallback-cookies': fallback } });
    expect(me.status).toBe(200);
  });

  it('compresses responses of 1 KB and more, as Appwrite does, and leaves small ones alone', async () => {
    const signIn = await fetch(`${base}/account/sessions/email`, { method: 'POST', headers: HEADERS, body: LOGIN });
    const cookie = (signIn.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
    const logs = await fetch(`${base}/account/logs`, { headers: { ...HEADERS, cookie, 'accept-encoding': 'gzip' } });
    expect(logs.headers.get('content-encoding')).toBe('gzip');
    expect(await logs.json()).toHaveProperty('logs');
    const brotli = await fetch(`${base}/account/logs`, { headers: { ...HEADERS, cookie, 'accept-encoding': 'gzip, br' } });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    const small = await fetch(`${base}/account/prefs`, { headers: { ...HEADERS, cookie, 'accept-encoding': 'gzip, br' } });
    expect(small.headers.get('content-encoding')).toBeNull();
    await fetch(`${base}/account/sessions/current`, { method: 'DELETE', headers: { ...HEADERS, cookie } });
  });

  it('reads the client IP and user agent for session fields, and 404s outside /v1', async () => {
    const res = await fetch(`${base}/account/sessions/email`, {
      method: 'POST',
      headers: { ...HEADERS, 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0' },
      body: LOGIN,
    });
    expect(await res.json()).toMatchObject({ ip: '127.0.0.1', clientName: 'Firefox', osName: 'GNU/Linux', countryCode: '--' });
    const outside = await fetch(base.replace('/v1', '/elsewhere'));
    expect(outside.status).toBe(404);
  });

  it('serves the control API and the mock OAuth2 consent page', async () => {
    const reset = await fetch(`${base}/mock/reset`, { method: 'POST', body: '{"seed":"empty"}' });
    expect(reset.status).toBe(204);
    const start = await fetch(`${base}/account/sessions/oauth2/github?project=${PROJECT}&success=${encodeURIComponent('http://localhost:4173/ok')}`, { redirect: 'manual' });
    expect(start.status).toBe(301);
    const consent = await fetch(start.headers.get('location') ?? '');
    expect(consent.headers.get('content-type')).toContain('text/html');
    const page = await consent.text();
    expect(page).toContain('mock OAuth2 provider');
    // Submit the consent form as the browser would: its action and hidden fields, plus the choice.
    const action = /<form method="get" action="([^"]+)"/.exec(page)?.[1] ?? '';
    const form = new URLSearchParams([...page.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
    form.set('email', 'octo@example.com');
    form.set('decision', 'allow');
    const back = await fetch(`${action}?${form.toString()}`, { redirect: 'manual' });
    expect(back.status).toBe(301);
    expect(back.headers.get('location')).toBe('http://localhost:4173/ok');
    expect(back.headers.getSetCookie()[0]).toMatch(new RegExp(`^a_session_${PROJECT}=`));
  });
});
