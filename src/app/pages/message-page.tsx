import type { ReactNode } from 'react';
import { useSurface } from '../../config/runtime-config-context.tsx';

/** A centred page with one heading, used for 404s, errors and the config error. */
export function MessagePage({ title, children }: { title: string; children: ReactNode }) {
  const { mainId } = useSurface();
  return (
    <main id={mainId} className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-4 p-6">
      <title>{title}</title>
      <h1 className="text-2xl font-semibold">{title}</h1>
      {children}
    </main>
  );
}
