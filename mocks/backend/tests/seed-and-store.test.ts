import { describe, expect, it, vi } from 'vitest';
import { createBackend, type StateStore } from '../backend.ts';
import type { MockState } from '../state.ts';
import { createTestClient, DEMO_USER, PROJECT } from './test-client.ts';

function memoryStore(initial: unknown): StateStore & { written: MockState[] } {
  let value = initial;
  const written: MockState[] = [];
  return {
    written,
    read: () => value,
    write(state) {
      value = JSON.parse(JSON.stringify(state)) as unknown;
      written.push(state);
    },
    changedElsewhere: () => false,
  };
}

describe('demo seed', () => {
  it('has a signed-out start, the documented demo user and sessions on several devices and countries', () => {
    const api = createTestClient({ seed: 'demo' });
    expect(api.call('GET', '/account').status).toBe(401);
    const res = api.signIn(DEMO_USER.email, DEMO_USER.password);
    expect(res.status).toBe(201);
    const sessions = api.backend.state.sessions;
    expect(new Set(sessions.map((s) => s.countryCode)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(sessions.map((s) => s.osName)).size).toBeGreaterThanOrEqual(3);
  });
});

describe('persistence', () => {
  it('restores persisted state and writes after each mutating request', () => {
    const first = createTestClient({ seed: 'empty' });
    first.signUp();
    const store = memoryStore(JSON.parse(JSON.stringify(first.backend.state)));
    const backend = createBackend({ store });
    expect(backend.state.users.map((u) => u.email)).toEqual(['grace@example.com']);
    const before = store.written.length;
    backend.handle({ method: 'POST', path: '/account/sessions/email', query: new URLSearchParams(), headers: { 'x-appwrite-project': PROJECT }, bodyText: '{"email":"grace@example.com","password":"hopper-compiler-1952"}', ip: '127.0.0.1', host: 'localhost' });
    expect(store.written.length).toBe(before + 1);
  });

  it.each([['not an object'], [{ version: 2 }], [{ version: 1, users: 'x' }]])('replaces corrupt state (%j) with a fresh seed and says so', (junk) => {
    const onCorruptState = vi.fn();
    const backend = createBackend({ store: memoryStore(junk), onCorruptState });
    expect(onCorruptState).toHaveBeenCalledOnce();
    expect(backend.state.users.map((u) => u.email)).toEqual([DEMO_USER.email]);
  });

  it('re-reads state another tab wrote before answering', () => {
    const other = createTestClient({ seed: 'empty' });
    other.signUp();
    let changed = false;
    const store: StateStore = {
      read: (): unknown => (changed ? JSON.parse(JSON.stringify(other.backend.state)) : null),
      write: () => undefined,
      changedElsewhere: () => changed,
    };
    const backend = createBackend({ store, seed: 'empty' });
    expect(backend.state.users).toEqual([]);
    changed = true;
    backend.handle({ method: 'GET', path: '/account', query: new URLSearchParams(), headers: { 'x-appwrite-project': PROJECT }, bodyText: '', ip: '127.0.0.1', host: 'localhost' });
    expect(backend.state.users.map((u) => u.email)).toEqual(['grace@example.com']);
  });
});
