import { useQueryClient } from '@tanstack/react-query';
import { NavLink } from 'react-router';
import { useAppwrite } from '../../api/client/appwrite-context.tsx';
import { cx } from '../../lib/cx.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { PAGE_DATA } from '../routes/page-data.ts';
import { pageLoader } from '../routes/page-modules.ts';
import { SETTINGS_PAGES } from '../routes/page-table.ts';

const NAV_PAGES = SETTINGS_PAGES.flatMap((page) =>
  page.label ? [{ path: page.path, label: page.label, destructive: page.destructive ?? false, load: pageLoader(page), data: PAGE_DATA[page.path] }] : [],
);

/** The pages a host app shows, in its order; every page otherwise. */
function navPages(sections: readonly string[] | undefined) {
  if (!sections) return NAV_PAGES;
  return sections.flatMap((path) => NAV_PAGES.filter((page) => page.path === path));
}

/**
 * The settings navigation; NavLink sets `aria-current="page"`. Hovering or focusing a link preloads
 * that page's code and data, so the click renders from cache. `row`: a strip of tabs (a narrow widget).
 */
export function SettingsNav({ id, onNavigate, sections, listClassName }: { id?: string; onNavigate?: () => void; sections?: readonly string[]; listClassName?: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const api = useAppwrite();
  const preload = (page: (typeof NAV_PAGES)[number]) => {
    void page.load();
    void Promise.all(page.data?.({ queryClient, api }, new URL(page.path, window.location.origin)) ?? []);
  };
  return (
    <nav id={id} aria-label={t('app.navLabel')}>
      <ul className={listClassName ?? 'flex flex-col gap-1'}>
        {navPages(sections).map((page) => (
          <li key={page.path} className={page.destructive ? 'mt-3 border-t border-border pt-3' : undefined}>
            <NavLink
              to={page.path}
              onClick={onNavigate}
              onPointerEnter={() => preload(page)}
              onFocus={() => preload(page)}
              className={({ isActive }) =>
                cx(
                  'block rounded-control border-s-4 px-3 py-2 text-sm',
                  page.destructive
                    ? cx('text-danger hover:bg-danger-subtle', isActive ? 'border-danger bg-danger-subtle font-semibold' : 'border-transparent font-medium')
                    : isActive
                      ? 'border-accent bg-subtle font-semibold text-fg'
                      : 'border-transparent font-medium text-muted hover:bg-subtle hover:text-fg',
                )
              }
            >
              {t(page.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
