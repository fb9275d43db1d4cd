import { OAuthProvider } from 'appwrite';
import type { AppwriteApi } from '../client/appwrite.ts';

const PROVIDERS = new Map<string, OAuthProvider>(Object.values(OAuthProvider).map((p) => [p, p]));

/** The SDK's provider enum value for a configured id, if Appwrite knows it. */
export function oauthProvider(id: string): OAuthProvider | undefined {
  return PROVIDERS.get(id);
}

/**
 * OAuth2 with the token flow: the provider returns to `success?userId&secret`, where the app calls
 * createSession (tokens.ts). Unlike the cookie flow it works when the API is on another site
 * (third-party cookies). The SDK navigates the browser away.
 */
export function startOAuth(api: AppwriteApi, provider: OAuthProvider, success: string, failure: string): void {
  api.account.createOAuth2Token({ provider, success, failure });
}
