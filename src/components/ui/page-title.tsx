import { useEnvironment, useSurface } from '../../config/runtime-config-context.tsx';

/**
 * The document title: "Sessions · My App", or just "Sessions" when no app name is configured. Not when
 * embedded: the host's page keeps its own title.
 */
export function PageTitle({ children }: { children: string }) {
  const { appName } = useEnvironment().config;
  const { ownsDocument } = useSurface();
  if (!ownsDocument) return null;
  return <title>{appName ? `${children} · ${appName}` : children}</title>;
}
