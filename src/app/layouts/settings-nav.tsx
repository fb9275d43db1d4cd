import { NavLink } from 'react-router';
import { cx } from '../../lib/cx.ts';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { NAV_ITEMS } from './nav-items.ts';

/** The settings navigation; NavLink sets `aria-current="page"` on the active item. */
export function SettingsNav({ id, onNavigate }: { id?: string; onNavigate?: () => void }) {
  const t = useT();
  return (
    <nav id={id} aria-label={t('app.navLabel')}>
      <ul className="flex flex-col gap-1">
        {NAV_ITEMS.map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              onClick={onNavigate}
              className={({ isActive }) =>
                cx(
                  'block rounded-control border-s-4 px-3 py-2 text-sm',
                  isActive ? 'border-accent bg-subtle font-semibold text-fg' : 'border-transparent font-medium text-muted hover:bg-subtle hover:text-fg',
                )
              }
            >
              {t(item.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
