/**
 * OAuth2 (contract #14–15): browser navigations, not fetches. The mock plays the provider too: the
 * authorize step is a small consent page served by the backend, which returns to Appwrite's callback
 * route exactly as a real provider would, and the callback redirects to the app's success/failure URL.
 */
import { NAME_MAX_LENGTH } from '../../../contract/limits.ts';
import { audit } from '../audit.ts';
import type { Context } from '../context.ts';
import { AppwriteError } from '../errors.ts';
import { hash, randomHex, uniqueId } from '../ids.ts';
import { html, redirect, type BackendResponse } from '../http.ts';
import { readFlowState, signFlowState, type FlowState } from '../oauth-state.ts';
import { Redirect } from '../redirect.ts';
import { defineRoute } from '../route.ts';
import { needsFallback, sessionCookies, startSession } from '../sessions.ts';
import { sessionCookieName } from '../caller.ts';
import { encodeSessionValue } from '../ids.ts';
import type { UserRecord } from '../state.ts';
import { issueToken } from '../tokens.ts';
import { createUser, findUserByEmail } from '../users.ts';
import { Any, Email, Text, type Validator } from '../validators.ts';

/** The SDK's OAuthProvider enum (contract #14). */
export const OAUTH_PROVIDERS = [
  'amazon', 'apple', 'auth0', 'authentik', 'autodesk', 'bitbucket', 'bitly', 'box', 'dailymotion', 'discord', 'disqus',
  'dropbox', 'etsy', 'facebook', 'figma', 'github', 'gitlab', 'google', 'linkedin', 'microsoft', 'notion', 'oidc', 'okta',
  'paypal', 'paypalSandbox', 'podio', 'salesforce', 'slack', 'spotify', 'stripe', 'tradeshift', 'tradeshiftBox', 'twitch',
  'wordpress', 'x', 'yahoo', 'yammer', 'yandex', 'zoho', 'zoom',
];

const Provider: Validator<string> = {
  description: `Value must be one of (${OAUTH_PROVIDERS.join(', ')})`,
  parse: (v) => (typeof v === 'string' && OAUTH_PROVIDERS.includes(v) ? v : undefined),
};


function apiRoot(ctx: Context): string {
  return `http://${ctx.req.host}/v1`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Appwrite's words for a state it cannot parse; it answers 500 there, the mock a 400, since the fault
 * is the caller's (and the mock promises no 5xx on any input).
 */
const STATE_UNREADABLE = () => new AppwriteError('general_bad_request', 'Failed to parse login state params as passed from OAuth2 provider');

/** Appwrite renders OAuth2 errors as an HTML page (no JSON on a navigation). */
function errorPage(error: AppwriteError): BackendResponse {
  return html(error.status, `<!doctype html><title>Error ${error.status}</title><h1>${escapeHtml(error.type)}</h1><p>${escapeHtml(error.message)}</p>`);
}

function start(mode: FlowState['mode']) {
  return (ctx: Context, p: { provider: string; success: string; failure: string }) => {
    if (!ctx.state.project.oauthProviders.includes(p.provider)) {
      return errorPage(new AppwriteError('project_provider_disabled', `This provider is disabled. Please enable the provider from your ${ctx.state.project.name} console to continue.`));
    }
    const fallbackUrl = `${ctx.req.headers.origin ?? `http://${ctx.req.host}`}/`;
    const state: FlowState = { mode, provider: p.provider, success: p.success || fallbackUrl, failure: p.failure || fallbackUrl };
    const consent = new URL(`${apiRoot(ctx)}/mock/oauth2/authorize`);
    consent.searchParams.set('project', ctx.state.project.$id);
    consent.searchParams.set('state', signFlowState(ctx.state.jwtKey, state));
    return redirect(consent.toString());
  };
}

const oauthParams = (project: Parameters<typeof Redirect>[0]) => ({
  provider: { validator: Provider },
  success: { validator: Redirect(project), optional: true, default: '' },
  failure: { validator: Redirect(project), optional: true, default: '' },
  scopes: { validator: Any, optional: true, default: undefined },
});

const createOAuth2Session = defineRoute({
  method: 'GET',
  paths: ['/account/sessions/oauth2/:provider'],
  mutates: true,
  scope: 'public',
  rateLimit: { limit: 50, window: 3600, keys: ['ip:{ip}'] },
  params: oauthParams,
  action: start('session'),
});

const createOAuth2Token = defineRoute({
  method: 'GET',
  paths: ['/account/tokens/oauth2/:provider'],
  mutates: true,
  scope: 'public',
  rateLimit: { limit: 50, window: 3600, keys: ['ip:{ip}'] },
  params: oauthParams,
  action: start('token'),
});

function failureRedirect(url: string, error: AppwriteError): BackendResponse {
  const target = new URL(url);
  target.searchParams.set('error', JSON.stringify({ message: error.message, type: error.type, code: error.status }));
  return redirect(target.toString());
}

/** The provider's user becomes (or links to) an Appwrite user, with an identity row. */
function userForIdentity(ctx: Context, provider: string, email: string, name: string): UserRecord {
  const providerUid = hash(`${provider}:${email}`).slice(0, 12);
  const identity = ctx.state.identities.find((i) => i.provider === provider && i.providerUid === providerUid);
  let user = identity ? ctx.state.users.find((u) => u.$id === identity.userId) : undefined;
  // Already signed in: the provider account is linked to the current user.
  user ??= ctx.caller.user ?? findUserByEmail(ctx.state, email.toLowerCase());
  if (!user) {
    user = createUser(ctx.state, ctx.now, { userId: 'unique()', email, name });
    audit(ctx, 'user.create', user);
  }
  if (user.email === email.toLowerCase()) user.emailVerification = true; // the provider vouches for it
  const accessToken = randomHex(40);
  if (identity) {
    identity.providerAccessToken = accessToken;
    identity.providerAccessTokenExpiry = ctx.now + 3_600_000;
    identity.updatedAt = ctx.now;
  } else {
    ctx.state.identities.push({
      $id: uniqueId(ctx.now),
      createdAt: ctx.now,
      updatedAt: ctx.now,
      userId: user.$id,
      provider,
      providerUid,
      providerEmail: email.toLowerCase(),
      providerAccessToken: accessToken,
      providerAccessTokenExpiry: ctx.now + 3_600_000,
      providerRefreshToken: randomHex(40),
    });
  }
  return user;
}

const callback = defineRoute({
  method: 'GET',
  paths: ['/account/sessions/oauth2/callback/:provider/:projectId'],
  mutates: true,
  scope: 'public',
  params: {
    provider: { validator: Provider },
    state: { validator: Text(4096) },
    decision: { validator: Text(16) },
    email: { validator: Email, optional: true, default: '' },
    name: { validator: Text(NAME_MAX_LENGTH, 0), optional: true, default: '' },
  },
  action(ctx, p) {
    const state = readFlowState(ctx.state.jwtKey, p.state);
    if (!state) return errorPage(STATE_UNREADABLE());
    // As Appwrite does at its redirect route: the URLs must still be on a registered platform.
    const urls = Redirect(ctx.state.project);
    if (urls.parse(state.success) === undefined) return errorPage(new AppwriteError('project_invalid_success_url'));
    if (urls.parse(state.failure) === undefined) return errorPage(new AppwriteError('project_invalid_failure_url'));
    if (p.decision !== 'allow' || !p.email) {
      return failureRedirect(state.failure, new AppwriteError('user_oauth2_provider_error', 'The user denied access.'));
    }
    const user = userForIdentity(ctx, state.provider, p.email, p.name);
    if (!user.status) return failureRedirect(state.failure, new AppwriteError('user_blocked'));

    if (state.mode === 'token') {
      const { secret } = issueToken(ctx, user, 'oauth2', { provider: state.provider });
      const success = new URL(state.success);
      success.searchParams.set('userId', user.$id);
      success.searchParams.set('secret', secret);
      return redirect(success.toString());
    }
    const { session, secret } = startSession(ctx, user, { provider: state.provider, providerUid: p.email.toLowerCase(), factors: ['email', 'oauth2'] });
    const identity = ctx.state.identities.find((i) => i.userId === user.$id && i.provider === state.provider);
    session.providerAccessToken = identity?.providerAccessToken ?? '';
    session.providerRefreshToken = identity?.providerRefreshToken ?? '';
    session.providerAccessTokenExpiry = identity?.providerAccessTokenExpiry ?? null;
    const name = sessionCookieName(ctx.state.project.$id);
    const value = encodeSessionValue(user.$id, secret);
    // Serialised by the URL parser, so the Location header holds only ASCII.
    const response = redirect(new URL(state.success).href, needsFallback(ctx) ? { 'X-Fallback-Cookies': JSON.stringify({ [name]: value }) } : {});
    response.cookies = sessionCookies(name, value, session.expire);
    return response;
  },
});

export const oauthRoutes = [createOAuth2Session, createOAuth2Token, callback];

/** The mock provider's consent page (`GET /v1/mock/oauth2/authorize`). */
export function consentPage(ctx: { apiRoot: string; project: { $id: string; name: string }; jwtKey: string }, stateParam: string): BackendResponse {
  const state = readFlowState(ctx.jwtKey, stateParam);
  if (!state) return errorPage(STATE_UNREADABLE());
  const action = `${ctx.apiRoot}/account/sessions/oauth2/callback/${encodeURIComponent(state.provider)}/${encodeURIComponent(ctx.project.$id)}`;
  const field = (name: string, value: string) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
  return html(
    200,
    `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Sign in with ${escapeHtml(state.provider)} (mock)</title>
<style>body{font:16px system-ui;max-width:28rem;margin:3rem auto;padding:0 1rem}label{display:block;margin:.75rem 0 .25rem}input{font:inherit;width:100%;padding:.5rem}button{font:inherit;padding:.5rem 1rem;margin:1rem .5rem 0 0}</style>
<h1>Sign in to ${escapeHtml(ctx.project.name)} with ${escapeHtml(state.provider)}</h1>
<p>This is the mock OAuth2 provider. Choose the account the provider reports.</p>
<form method="get" action="${escapeHtml(action)}">
${field('state', stateParam)}${field('project', ctx.project.$id)}
<label for="email">Email</label><input id="email" name="email" type="email" value="oauth.user@example.com" required>
<label for="name">Name</label><input id="name" name="name" value="OAuth User">
<button name="decision" value="allow">Allow</button><button name="decision" value="deny" formnovalidate>Deny</button>
</form></html>`,
  );
}
