import { describe, expect, it, vi } from 'vitest';
import { pageLoader } from './page-modules.ts';
import { AUTH_PAGES, SETTINGS_PAGES, SETTINGS_SHELL } from './page-table.ts';

describe('the page table', () => {
  it.each([...AUTH_PAGES, ...SETTINGS_PAGES, SETTINGS_SHELL].map((page) => [page.path, page]))('%s loads the component it names', async (_path, page) => {
    const { Component } = await pageLoader(page)();
    expect(Component).toBeTypeOf('function');
  });

  it('fails loudly on a module or component the table gets wrong', async () => {
    expect(() => pageLoader({ path: '/x', module: 'features/none/none-page.tsx', component: 'NonePage' })).toThrow('no module src/features/none/none-page.tsx');
    await expect(pageLoader({ ...SETTINGS_SHELL, component: 'NotThere' })()).rejects.toThrow('does not export NotThere');
  });

  it('loads a page with its words in every language shown, so it never renders in English first', async () => {
    vi.resetModules();
    const { isLanguageLoaded, loadLanguage } = await import('../../lib/i18n/load-language.ts');
    const modules = await import('./page-modules.ts');
    await loadLanguage('ar');
    const activity = SETTINGS_PAGES.find((page) => page.path === '/activity');
    if (!activity) throw new Error('no /activity');
    await modules.pageLoader(activity)();
    expect(isLanguageLoaded('ar')).toBe(true);
  });

  it('has one entry per path', () => {
    const paths = [...AUTH_PAGES, ...SETTINGS_PAGES].map((page) => page.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
