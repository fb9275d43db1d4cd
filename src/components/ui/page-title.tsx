import { useEnvironment } from '../../config/runtime-config-context.tsx';

/** The document title: "Sessions · My App", or just "Sessions" when no app name is configured. */
export function PageTitle({ children }: { children: string }) {
  const { appName } = useEnvironment().config;
  return <title>{appName ? `${children} · ${appName}` : children}</title>;
}
