import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAfterPaint } from './start-after-paint.ts';

const PAGE = '<form><input name="password"><button>Sign in</button></form>';

function scripts() {
  return [...document.head.querySelectorAll('script[type="module"]')].map((s) => s.getAttribute('src'));
}
function preloads() {
  return [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'));
}

describe('startAfterPaint (inlined into prerendered pages)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.head.innerHTML = '';
    document.documentElement.lang = 'en';
    document.body.innerHTML = `<div id="root" data-prerendered inert>${PAGE}</div>`;
    window.history.replaceState(null, '', '/sign-in');
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts the entry, then preloads the chunks two per task (here, without paint timing, after 1 s)', () => {
    startAfterPaint(['/a.js', '/b.js', '/c.js'], '/entry.js', ['method'], 'en', {});
    expect(scripts()).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(scripts()).toEqual(['/entry.js']);
    expect(preloads()).toEqual(['/a.js', '/b.js']);
    vi.advanceTimersByTime(1);
    expect(preloads()).toEqual(['/a.js', '/b.js', '/c.js']);
    expect(document.getElementById('root')?.hasAttribute('inert')).toBe(true);
  });

  it('keeps a submit from sending the prerendered form, and no longer once the app has taken over', () => {
    startAfterPaint([], '/entry.js', [], 'en', {});
    const submit = () => document.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(submit()).toBe(false);
    document.getElementById('root')?.removeAttribute('data-prerendered');
    expect(submit()).toBe(true);
  });

  it('opens the live page at once for a URL asking for another variant of the page', () => {
    window.history.replaceState(null, '', '/sign-in?method=emailCode');
    startAfterPaint([], '/entry.js', ['method'], 'en', {});
    const root = document.getElementById('root');
    expect(root?.innerHTML).toBe('');
    expect(root?.hasAttribute('inert')).toBe(false);
    expect(root?.hasAttribute('data-prerendered')).toBe(false);
    expect(scripts()).toEqual(['/entry.js']);
    expect(document.documentElement.style.visibility).toBe('');
  });

  it("opens the live page at once for a visitor whose language is not the page's (no English frame)", () => {
    document.documentElement.lang = 'ar';
    startAfterPaint(['/page.js'], '/entry.js', [], 'en', { ar: ['/loader.js', '/ar-core.js'], de: ['/de-core.js'] });
    expect(document.getElementById('root')?.innerHTML).toBe('');
    expect(document.getElementById('root')?.hasAttribute('data-prerendered')).toBe(false);
    expect(scripts()).toEqual(['/entry.js']);
    // With the page's chunks, its words in Arabic (and no other language's).
    vi.advanceTimersByTime(1);
    expect(preloads()).toEqual(['/page.js', '/loader.js', '/ar-core.js']);
  });

  it('says the page could not load when its script fails, instead of leaving it inert', () => {
    startAfterPaint([], '/entry.js', [], 'en', {});
    vi.advanceTimersByTime(1000);
    document.head.querySelector('script[type="module"]')?.dispatchEvent(new Event('error'));
    const root = document.getElementById('root');
    expect(root?.hasAttribute('inert')).toBe(false);
    expect(root?.querySelector('[role="alert"]')?.textContent).toContain('This page could not load.');
  });
});
