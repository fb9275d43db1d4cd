/**
 * An app instance given its own element (as an embedded settings page will be) writes its language,
 * direction and theme there, and nothing to the host's document: no <title>, no <html> attributes, no
 * device memory.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppwrite } from '../api/client/appwrite.ts';
import { createQueryClient } from '../api/query-client.ts';
import { DEVICE_DISPLAY_KEY } from '../lib/prefs/device-display.ts';
import { signInAsDemo } from '../test/api-helpers.ts';
import { DEMO_USER, mockApi, TEST_ENDPOINT, TEST_PROJECT } from '../test/mock-api.ts';
import { testConfig } from '../test/render.tsx';
import { AppProviders } from './app-context.tsx';
import { appRoutes } from './routes/router.tsx';

const html = document.documentElement;

function renderInElement(path: string, element: HTMLElement) {
  const api = createAppwrite({ endpoint: TEST_ENDPOINT, projectId: TEST_PROJECT });
  const queryClient = createQueryClient();
  const router = createMemoryRouter(appRoutes({ api, queryClient, basename: '/' }), { initialEntries: [path] });
  const context = { api, queryClient, language: 'en' as const, environment: { config: testConfig, mock: null, surface: { element, ownsDocument: false, mainId: 'widget-main' } } };
  return render(
    <AppProviders context={context}>
      <RouterProvider router={router} />
    </AppProviders>,
    { container: element },
  );
}

describe('an app instance on its own element', () => {
  afterEach(() => {
    html.removeAttribute('lang');
    html.removeAttribute('dir');
    delete html.dataset.theme;
  });

  it('puts lang, dir and the theme on its element and leaves the document alone', async () => {
    const demo = mockApi.backend.state.users.find((u) => u.email === DEMO_USER.email);
    if (demo) demo.prefs = { locale: 'ar', theme: 'dark' };
    await signInAsDemo(DEMO_USER.email, DEMO_USER.password);
    html.lang = 'en-host';
    document.title = 'Host page';
    localStorage.removeItem(DEVICE_DISPLAY_KEY);
    const element = document.body.appendChild(document.createElement('div'));
    renderInElement('/profile', element);
    await waitFor(() => expect([element.lang, element.dir, element.dataset.theme]).toEqual(['ar', 'rtl', 'dark']));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(/[\u0600-\u06FF]/);
    expect([html.lang, html.getAttribute('dir'), html.dataset.theme]).toEqual(['en-host', null, undefined]);
    expect(document.title).toBe('Host page');
    expect(document.querySelector('title:not(:first-of-type), body title')).toBeNull();
    expect(localStorage.getItem(DEVICE_DISPLAY_KEY)).toBeNull();
    element.remove();
  });
});
