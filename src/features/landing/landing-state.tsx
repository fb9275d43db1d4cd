import type { ReactNode } from 'react';
import { Alert } from '../../components/ui/alert.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';

/**
 * One outcome of an email link (checking, done, expired, invalid, …): a heading that says it, a line
 * of explanation and the next action. (No page sends a referrer: index.html says so before any request.)
 */
export function LandingState({ title, body, tone, children }: { title: string; body?: ReactNode; tone?: 'success' | 'danger' | 'info' | 'warning'; children?: ReactNode }) {
  return (
    <>
      <title>{title}</title>
      <PageHeading>{title}</PageHeading>
      {body && (tone ? <Alert tone={tone}>{body}</Alert> : <p className="text-muted">{body}</p>)}
      {children && <div className="flex flex-wrap gap-3">{children}</div>}
    </>
  );
}
