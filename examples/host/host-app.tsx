import { Account, AppwriteException, Client } from 'appwrite';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AccountSettings } from '../../src/app/embed/account-settings.tsx';
import { mountAccountSettings } from '../../src/app/embed/mount.tsx';
import type { Section, User } from '../../src/app/embed/embed-options.ts';
import { readFrameMessage } from './frame-messages.ts';

type Theme = 'light' | 'dark' | 'system';
type HostState = { status: 'checking' } | { status: 'signed-out'; error?: string } | { status: 'signed-in'; name: string; jwt: string };

interface HostAppProps {
  endpoint: string;
  projectId: string;
  demo: { email: string; password: string };
  second: boolean;
}

const SECTIONS: Section[] = ['profile', 'email', 'password', 'security', 'sessions', 'preferences'];

/** The host's own Appwrite client: its session is the browser's (same site as its Appwrite). */
function useHostAccount(endpoint: string, projectId: string) {
  return useMemo(() => new Account(new Client().setEndpoint(endpoint).setProject(projectId)), [endpoint, projectId]);
}

export function HostApp({ endpoint, projectId, demo, second }: HostAppProps) {
  const account = useHostAccount(endpoint, projectId);
  const [state, setState] = useState<HostState>({ status: 'checking' });
  const [theme, setTheme] = useState<Theme>('light');
  const [log, setLog] = useState<string[]>([]);
  const note = useCallback((line: string) => setLog((lines) => [...lines, line]), []);

  /** A fresh JWT from the host's own session, for the component or the iframe (the log says which). */
  const getJWT = useCallback(
    async (forWhom: string) => {
      const { jwt } = await account.createJWT();
      note(`getJWT (${forWhom}): a new JWT`);
      return jwt;
    },
    [account, note],
  );
  const getJwtForComponent = useCallback(() => getJWT('component'), [getJWT]);
  const getJwtForFrame = useCallback(() => getJWT('iframe'), [getJWT]);

  const start = useCallback(async () => {
    try {
      const user = await account.get();
      setState({ status: 'signed-in', name: user.name, jwt: (await account.createJWT()).jwt });
    } catch (error) {
      setState({ status: 'signed-out', ...(error instanceof AppwriteException && error.code !== 401 && { error: error.message }) });
    }
  }, [account]);
  useEffect(() => {
    void start();
  }, [start]);

  const signIn = async () => {
    await account.createEmailPasswordSession({ email: demo.email, password: demo.password });
    await start();
  };
  const signOut = async () => {
    await account.deleteSession({ sessionId: 'current' }).catch(() => undefined);
    setState({ status: 'signed-out' });
  };

  return (
    <>
      <header className="host-header">
        <h1>Acme Notes</h1>
        <label>
          Theme{' '}
          <select value={theme} onChange={(event) => setTheme(event.target.value as Theme)}>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
            <option value="system">System</option>
          </select>
        </label>
        {state.status === 'signed-in' ? (
          <span>
            Signed in as <strong data-testid="host-user">{state.name}</strong>{' '}
            <button type="button" onClick={() => void signOut()}>
              Sign out of Acme
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => void signIn()}>
            Sign in to Acme as {demo.email}
          </button>
        )}
      </header>
      <main className="host-main">
        {state.status === 'signed-out' && <p>{state.error ?? 'Signed out of Acme.'}</p>}
        {state.status === 'signed-in' && (
          <>
            <section className="host-panel" aria-labelledby="component-title">
              <h2 id="component-title">Settings: the React component (JWT auth)</h2>
              <AccountSettings
                endpoint={endpoint}
                projectId={projectId}
                auth={{ jwt: state.jwt, getJWT: getJwtForComponent }}
                // The links in verification emails open the dashboard (here: the mock app on this origin).
                dashboardUrl={`${location.origin}/`}
                sections={SECTIONS}
                theme={theme}
                onAccountChange={(user) => {
                  note(`onAccountChange: ${user.name}`);
                  setState((current) => (current.status === 'signed-in' ? { ...current, name: user.name } : current));
                }}
                onNavigate={(section) => note(`onNavigate: ${section}`)}
                onSignOut={() => note('onSignOut')}
              />
            </section>
            {second && <SecondWidget endpoint={endpoint} projectId={projectId} theme={theme} note={note} />}
            <section className="host-panel" aria-labelledby="frame-title">
              <h2 id="frame-title">Settings: the iframe (/embed/sessions)</h2>
              <SettingsFrame theme={theme} getJWT={getJwtForFrame} note={note} />
            </section>
          </>
        )}
        <section className="host-panel" aria-labelledby="log-title">
          <h2 id="log-title">What the settings told Acme</h2>
          <ol className="host-log" aria-labelledby="log-title">
            {log.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ol>
        </section>
      </main>
    </>
  );
}

/** A second widget on the page, mounted the plain-JS way (any framework, or none), in session auth. */
function SecondWidget({ endpoint, projectId, theme, note }: { endpoint: string; projectId: string; theme: Theme; note: (line: string) => void }) {
  const element = useRef<HTMLDivElement>(null);
  const widget = useRef<ReturnType<typeof mountAccountSettings> | null>(null);
  useEffect(() => {
    if (!element.current) return;
    const mounted = mountAccountSettings(element.current, {
      endpoint,
      projectId,
      sections: ['sessions', 'activity'],
      onAccountChange: (user: User) => note(`second widget, onAccountChange: ${user.name}`),
      onSignOut: () => note('second widget, onSignOut'),
    });
    widget.current = mounted;
    return () => {
      widget.current = null;
      queueMicrotask(mounted.unmount);
    };
  }, [endpoint, projectId, note]);
  useEffect(() => widget.current?.update({ theme }), [theme]);
  return (
    <section className="host-panel" aria-labelledby="second-title">
      <h2 id="second-title">A second widget: mountAccountSettings (session auth)</h2>
      <div ref={element} />
    </section>
  );
}

/** The iframe mode: sized by the frame's messages, told the theme, asked for JWTs. */
function SettingsFrame({ theme, getJWT, note }: { theme: Theme; getJWT: () => Promise<string>; note: (line: string) => void }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(400);
  const [src] = useState(() => `/embed/sessions?auth=jwt&theme=${theme === 'dark' ? 'dark' : 'light'}`);
  const post = useCallback((message: object) => frame.current?.contentWindow?.postMessage(message, location.origin), []);
  const themeRef = useRef(theme);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.current?.contentWindow || event.origin !== location.origin) return;
      const message = readFrameMessage(event.data);
      if (!message) return;
      // Ready: the frame listens from now on, so it is told the host's current choices.
      if (message.type === 'account-settings:ready') post({ type: 'account-settings:theme', theme: themeRef.current });
      else if (message.type === 'account-settings:resize') setHeight(message.height);
      else if (message.type === 'account-settings:jwt-request') void getJWT().then((jwt) => post({ type: 'account-settings:jwt', jwt }));
      else if (message.type === 'account-settings:account-change') note(`iframe, account-change: ${message.name}`);
      else if (message.type === 'account-settings:navigate') note(`iframe, navigate: ${message.section}`);
      else note('iframe, signed-out');
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [getJWT, note, post]);
  useEffect(() => {
    themeRef.current = theme;
    post({ type: 'account-settings:theme', theme });
  }, [post, theme]);

  return <iframe ref={frame} src={src} title="Account settings" style={{ height }} />;
}
