/**
 * Mock mode only: the OAuth2 provider's consent screen inside the app. MSW does not intercept page
 * navigations, so when the SDK sends the browser to `…/v1/account/tokens/oauth2/{provider}` the app
 * itself serves this route; it runs the same redirect contract through the in-page backend
 * (start → consent → callback) and follows the callback's redirect to `success` or `failure`.
 * Its words come from the app's catalogue through the `labels` prop (the mock imports nothing from src/).
 */
import { useState } from 'react';
import type { Backend } from '../backend/backend.ts';
import type { MockOAuthConsentLabels as OAuthConsentLabels } from '../../contract/mock-ui-labels.ts';
import type { BackendRequest } from '../backend/http.ts';

function backendGet(path: string, query: URLSearchParams): BackendRequest {
  return { method: 'GET', path, query, headers: { 'user-agent': navigator.userAgent }, bodyText: '', ip: '127.0.0.1', host: location.host };
}

export function createMockOAuthConsent(backend: Backend, apiPath: string) {
  return function MockOAuthConsent({ labels }: { labels: OAuthConsentLabels }) {
    const [email, setEmail] = useState('oauth.user@example.com');
    const [name, setName] = useState('OAuth User');
    // Step 1, as the API would: validate the request and get the provider's consent URL (its `state`).
    const [start] = useState(() => {
      const path = location.pathname.slice(location.pathname.indexOf(apiPath) + apiPath.length);
      return { provider: path.split('/').pop() ?? '', response: backend.handle(backendGet(path, new URLSearchParams(location.search))) };
    });
    const consent = start.response.headers.Location ? new URL(start.response.headers.Location) : null;
    const state = consent?.searchParams.get('state') ?? '';

    const decide = (decision: 'allow' | 'deny') => {
      const query = new URLSearchParams({ state, decision, email, name, project: backend.state.project.$id });
      const response = backend.handle(backendGet(`/account/sessions/oauth2/callback/${start.provider}/${backend.state.project.$id}`, query));
      if (response.headers.Location) location.assign(response.headers.Location);
    };

    if (!consent) {
      return (
        <main id="main" className="mx-auto flex max-w-md flex-col gap-4 p-6">
          <h1 className="text-2xl font-semibold">{labels.unavailableTitle}</h1>
          <p className="text-muted">{labels.unavailableBody(start.response.status)}</p>
          <code dir="ltr" className="rounded-control bg-subtle p-2 font-mono text-sm break-all">PATCH /v1/mock/project {'{"oauthProviders": [...]}'}</code>
        </main>
      );
    }
    return (
      <main id="main" className="mx-auto flex max-w-md flex-col gap-4 p-6">
        <title>{labels.pageTitle(start.provider)}</title>
        <h1 className="text-2xl font-semibold">{labels.heading(backend.state.project.name, start.provider)}</h1>
        <p className="text-muted">{labels.intro}</p>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {labels.email}
          <input className="min-h-10 rounded-control border border-border bg-surface px-3 rtl:text-right" dir="ltr" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {labels.name}
          <input className="min-h-10 rounded-control border border-border bg-surface px-3" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <div className="flex gap-3">
          <button type="button" className="min-h-10 rounded-control bg-accent px-4 text-sm font-medium text-accent-fg" onClick={() => decide('allow')}>
            {labels.allow}
          </button>
          <button type="button" className="min-h-10 rounded-control border border-border px-4 text-sm font-medium" onClick={() => decide('deny')}>
            {labels.deny}
          </button>
        </div>
      </main>
    );
  };
}
