import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { mockApi } from './mock-api.ts';

// The SDK warns on every stored fallback cookie; that is expected with the mock, so keep the log readable.
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].startsWith('Appwrite is using localStorage')) return;
  warn(...args);
};

// jsdom 29 has <dialog> but not its modal API; give it the open/close behaviour the Dialog relies on.
Object.assign(HTMLDialogElement.prototype, {
  showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  },
  close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  },
});

beforeAll(() => mockApi.server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  mockApi.backend.reset('demo');
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  mockApi.server.resetHandlers();
});
afterAll(() => mockApi.server.close());
