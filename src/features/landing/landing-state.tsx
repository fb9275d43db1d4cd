import type { ReactNode } from 'react';
import { Alert } from '../../components/ui/alert.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';

/**
 * One outcome of an email link (checking, done, expired, invalid, …): a heading that says it, a line
 * of explanation and the next action. Landing pages never send the referrer (the URL holds a secret).
 */
export function LandingState({ title, body, tone, children }: { title: string; body?: ReactNode; tone?: 'success' | 'danger' | 'info' | 'warning'; children?: ReactNode }) {
  return (
    <>
      <title>{title}</title>
      <meta name="referrer" content="no-referrer" />
      <PageHeading>{title}</PageHeading>
      {body && (tone ? <Alert tone={tone}>{body}</Alert> : <p className="text-muted">{body}</p>)}
      {children && <div className="flex flex-wrap gap-3">{children}</div>}
    </>
  );
}
