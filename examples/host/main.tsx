/**
 * An example host app ("Acme Notes") that embeds the account settings both ways, on the embedded mock:
 * it signs in with its own Appwrite SDK client, as a host would, gets JWTs from `account.createJWT()`,
 * and shows the settings as the React component and as an iframe, with a theme switch and a log of
 * what the settings tell it. `npm run dev`, then /examples/host/ (README, "Embedding").
 * `?hostile` adds careless global CSS; `?second` a second widget (the plain-JS mount, session auth).
 */
import { createRoot } from 'react-dom/client';
import { DEFAULT_PROJECT_ID, DEMO_USER } from '../../contract/demo.ts';
import { startMockWorker } from '../../mocks/browser.ts';
import { HostApp } from './host-app.tsx';
import './host.css';
import '../../src/app/embed/widget.css';

const params = new URLSearchParams(location.search);
if (params.has('hostile')) await import('./hostile.css');

const endpoint = `${location.origin}/v1`;
await startMockWorker({ endpoint, projectId: DEFAULT_PROJECT_ID, basePath: '/' });

const host = document.getElementById('host') ?? document.body;
createRoot(host).render(<HostApp endpoint={endpoint} projectId={DEFAULT_PROJECT_ID} demo={DEMO_USER} second={params.has('second')} />);
