import { describe, expect, it } from 'vitest';
import { appendLog } from '../audit.ts';
import { createTestClient, DEMO_USER } from './test-client.ts';

const q = (method: string, value: number) => JSON.stringify({ method, values: [value] });

function logsQuery(queries: string[], total?: string) {
  const params: Record<string, string> = {};
  queries.forEach((query, i) => (params[`queries[${i}]`] = query));
  if (total !== undefined) params.total = total;
  return params;
}

describe('GET /account/logs', () => {
  it('a fresh account logs [session.create, user.create], newest first, with device and place fields', () => {
    const api = createTestClient();
    api.signUp();
    api.signIn();
    const res = api.call('GET', '/account/logs');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual(['total', 'logs']);
    const logs = res.body.logs as Record<string, string>[];
    expect(logs.map((l) => l.event)).toEqual(['session.create', 'user.create']);
    expect(Object.keys(logs[0] ?? {})).toEqual([
      'event', 'userId', 'userEmail', 'userName', 'mode', 'userType', 'ip', 'time', 'osCode', 'osName', 'osVersion', 'clientType',
      'clientCode', 'clientName', 'clientVersion', 'clientEngine', 'clientEngineVersion', 'deviceName', 'deviceBrand', 'deviceModel',
      'countryCode', 'countryName',
    ]);
    expect(logs[0]).toMatchObject({
      userEmail: 'grace@example.com',
      mode: 'default',
      userType: 'user',
      osCode: 'WIN',
      osName: 'Windows',
      osVersion: '10',
      clientType: 'browser',
      clientCode: 'CH',
      clientName: 'Chrome',
      clientVersion: '70.0',
      clientEngine: 'Blink',
      deviceName: 'desktop',
      deviceBrand: '',
      deviceModel: '',
      countryCode: '--',
      countryName: 'Unknown',
    });
    expect(logs[0]?.time).toMatch(/\.000\+00:00$/);
  });

  it('pages with JSON limit/offset queries (default 25), counts total, and total=false gives 0', () => {
    const api = createTestClient({ seed: 'demo' });
    api.signIn(DEMO_USER.email, DEMO_USER.password);
    const all = api.call('GET', '/account/logs', { query: logsQuery([q('limit', 1000)]) }).body;
    const total = all.total as number;
    expect(total).toBeGreaterThan(300);
    expect(api.call('GET', '/account/logs').body.logs).toHaveLength(25);
    const page = api.call('GET', '/account/logs', { query: logsQuery([q('limit', 10), q('offset', 20)]) }).body;
    expect(page.logs).toEqual((all.logs as unknown[]).slice(20, 30));
    expect(api.call('GET', '/account/logs', { query: logsQuery([q('offset', total)]) }).body.logs).toEqual([]);
    expect(api.call('GET', '/account/logs', { query: logsQuery([], 'false') }).body.total).toBe(0);
    const times = (all.logs as { time: string }[]).map((l) => Date.parse(l.time));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('refuses other query methods and unparsable queries with 400', () => {
    const api = createTestClient();
    api.signUp();
    api.signIn();
    const bad = [
      JSON.stringify({ method: 'equal', attribute: 'event', values: ['x'] }),
      JSON.stringify({ method: 'cursorAfter', values: ['x'] }),
      'limit(25)',
      q('limit', 0),
      q('offset', -1),
    ];
    for (const query of bad) {
      const res = api.call('GET', '/account/logs', { query: logsQuery([query]) });
      expect(res.status).toBe(400);
      expect(res.body.type).toBe('general_argument_invalid');
      expect(res.body.message).toMatch(/^Invalid `queries` param: /);
    }
  });

  it('does not exist on servers without audit logs (404 general_route_not_found)', () => {
    const api = createTestClient();
    api.signUp();
    api.signIn();
    api.backend.state.project.logs = false;
    expect(api.call('GET', '/account/logs').body).toMatchObject({ code: 404, type: 'general_route_not_found' });
  });

  it('serves a page without touching the whole log (100 000 rows)', () => {
    const api = createTestClient();
    api.signUp();
    api.signIn();
    const user = api.user();
    const template = api.logs()[0];
    if (!template) throw new Error('no log');
    for (let i = 0; i < 100_000; i++) appendLog(api.backend.state, { ...template, time: template.time + i }, 0);
    const started = performance.now();
    const res = api.call('GET', '/account/logs', { query: logsQuery([q('limit', 25), q('offset', 50_000)]) });
    expect(performance.now() - started).toBeLessThan(50);
    expect(res.body.total).toBe(100_002);
    expect((res.body.logs as unknown[]).length).toBe(25);
    expect(user.$id).toBeTruthy();
  });
});
