import { useEnvironment } from '../config/runtime-config-context.tsx';
import { appUrl } from './app-url.ts';

/**
 * Links Appwrite puts in emails (`/verify-email`): to this app's page, or, embedded in a host app, to
 * where the host says the dashboard is deployed (`dashboardUrl`), since the host's page may not have one.
 */
export function useAppUrl(): (path: string) => string {
  const { config, embed } = useEnvironment();
  return (path) => appUrl(embed?.linkBase ?? config.basePath, path);
}
