import type { ReactNode } from 'react';
import { useSurface } from '../../config/runtime-config-context.tsx';
import { cx } from '../../lib/cx.ts';

/** A centred page with one heading, used for 404s, errors and the config error. */
export function MessagePage({ title, children }: { title: string; children: ReactNode }) {
  const { mainId, ownsDocument } = useSurface();
  // Embedded, the host's page keeps its title and the message takes the widget's space only.
  return (
    <main id={mainId} className={cx('mx-auto flex max-w-xl flex-col justify-center gap-4 p-6', ownsDocument && 'min-h-dvh')}>
      {ownsDocument && <title>{title}</title>}
      <h1 className="text-2xl font-semibold">{title}</h1>
      {children}
    </main>
  );
}
