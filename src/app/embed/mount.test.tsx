import { screen, waitFor } from '@testing-library/react';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signInAsDemo } from '../../test/api-helpers.ts';
import { DEMO_USER, TEST_ENDPOINT, TEST_PROJECT } from '../../test/mock-api.ts';
import { mountAccountSettings } from './mount.tsx';

const OPTIONS = { endpoint: TEST_ENDPOINT, projectId: TEST_PROJECT };

/** Listeners and timers added and not removed since `start`, on window and document. */
function trackLeftovers() {
  const timers = new Set<unknown>();
  const added: [string, string, unknown][] = [];
  for (const [name, target] of [['window', window], ['document', document]] as const) {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    vi.spyOn(target, 'addEventListener').mockImplementation((type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
      added.push([name, type, listener]);
      add(type, listener, options);
    });
    vi.spyOn(target, 'removeEventListener').mockImplementation((type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) => {
      const index = added.findIndex(([t, ty, l]) => t === name && ty === type && l === listener);
      if (index >= 0) added.splice(index, 1);
      remove(type, listener, options);
    });
  }
  const setTimer = globalThis.setTimeout;
  const clearTimer = globalThis.clearTimeout;
  vi.spyOn(globalThis, 'setTimeout').mockImplementation(((callback: () => void, delay?: number, ...rest: unknown[]) => {
    const id = setTimer(() => {
      timers.delete(id);
      callback();
    }, delay, ...rest);
    timers.add(id);
    return id;
  }) as typeof setTimeout);
  vi.spyOn(globalThis, 'clearTimeout').mockImplementation((id) => {
    timers.delete(id);
    clearTimer(id);
  });
  return { listeners: () => added.map(([target, type]) => `${target}:${type}`), timers: () => timers.size };
}

describe('mountAccountSettings', () => {
  let host: HTMLElement;
  beforeEach(() => {
    host = document.body.appendChild(document.createElement('section'));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    host.remove();
  });

  it('shows the settings inside the element, and unmount() leaves no listener, timer or element behind', async () => {
    await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
    const leftovers = trackLeftovers();
    const title = document.title;
    let widget!: ReturnType<typeof mountAccountSettings>;
    act(() => {
      widget = mountAccountSettings(host, OPTIONS);
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Profile' })).toBeInTheDocument();
    expect(host.querySelector('.account-settings')?.getAttribute('lang')).toBe('en');
    await waitFor(() => expect(screen.getAllByText(DEMO_USER.email).length).toBeGreaterThan(0));
    act(() => widget.unmount());
    expect(host.innerHTML).toBe('');
    expect(document.title).toBe(title);
    // Let anything already queued run out, then count.
    await new Promise((resolve) => {
      setTimeout(resolve, 50);
    });
    // React's own listener, one per document for every root there, is not the widget's.
    expect(leftovers.listeners().filter((listener) => listener !== 'document:selectionchange')).toEqual([]);
    expect(leftovers.timers()).toBe(0);
    // A second unmount is harmless.
    widget.unmount();
  });

  it('takes two instances on one page, each on its own', async () => {
    await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
    const second = document.body.appendChild(document.createElement('section'));
    let first!: ReturnType<typeof mountAccountSettings>;
    let other!: ReturnType<typeof mountAccountSettings>;
    act(() => {
      first = mountAccountSettings(host, OPTIONS);
      other = mountAccountSettings(second, { ...OPTIONS, initialSection: 'sessions', locale: 'de' });
    });
    await waitFor(() => expect(host.querySelector('h1')?.textContent).toBe('Profile'));
    await waitFor(() => expect(second.querySelector('h1')?.textContent).toBe('Sitzungen'), { timeout: 5000 });
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'no id twice on the page').toEqual([]);
    act(() => {
      first.unmount();
      other.unmount();
    });
    second.remove();
  });

  it('refuses bad options with a clear error before touching the element', () => {
    expect(() => mountAccountSettings(host, { endpoint: '', projectId: TEST_PROJECT })).toThrow(/"endpoint" must be your Appwrite API root/);
    expect(() => mountAccountSettings(null as unknown as HTMLElement, OPTIONS)).toThrow(/Pass the element/);
    expect(host.innerHTML).toBe('');
  });
});
