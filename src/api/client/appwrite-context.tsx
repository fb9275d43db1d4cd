import { createRequiredContext } from '../../lib/required-context.tsx';
import type { AppwriteApi } from './appwrite.ts';

/** The SDK objects of this app instance. */
export const [AppwriteProvider, useAppwrite] = createRequiredContext<AppwriteApi>('AppwriteProvider');
