import { createContext, use, type ReactNode } from 'react';
import type { AppwriteApi } from './appwrite.ts';

const AppwriteContext = createContext<AppwriteApi | null>(null);

export function AppwriteProvider({ api, children }: { api: AppwriteApi; children: ReactNode }) {
  return <AppwriteContext value={api}>{children}</AppwriteContext>;
}

export function useAppwrite(): AppwriteApi {
  const api = use(AppwriteContext);
  if (!api) throw new Error('useAppwrite must be used inside <AppwriteProvider>');
  return api;
}
