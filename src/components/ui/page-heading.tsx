import type { ReactNode } from 'react';

/** The page's single h1; focusable so navigation can move focus to it. */
export function PageHeading({ children, description }: { children: ReactNode; description?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-col gap-1">
      <h1 tabIndex={-1} className="text-2xl font-semibold tracking-tight outline-none">
        {children}
      </h1>
      {description && <p className="text-muted">{description}</p>}
    </div>
  );
}
