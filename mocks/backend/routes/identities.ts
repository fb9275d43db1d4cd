/** `/account/identities` (contract #34–35): OAuth2 identities, with Appwrite's query subset. */
import { requireUser } from '../context.ts';
import { AppwriteError } from '../errors.ts';
import { formatDate } from '../clock.ts';
import { json, noContent } from '../http.ts';
import { LIMIT_OFFSET, limitAndOffset, parseQueries, type Query } from '../queries.ts';
import { defineRoute } from '../route.ts';
import type { IdentityRecord } from '../state.ts';
import { Any, BooleanParam, UID } from '../validators.ts';

const ATTRIBUTES = ['userId', 'provider', 'providerUid', 'providerEmail', 'providerAccessTokenExpiry', '$id', '$createdAt', '$updatedAt'];

function identityModel(identity: IdentityRecord) {
  return {
    $id: identity.$id,
    $createdAt: formatDate(identity.createdAt),
    $updatedAt: formatDate(identity.updatedAt),
    userId: identity.userId,
    provider: identity.provider,
    providerUid: identity.providerUid,
    providerEmail: identity.providerEmail,
    providerAccessToken: identity.providerAccessToken,
    providerAccessTokenExpiry: formatDate(identity.providerAccessTokenExpiry),
    providerRefreshToken: identity.providerRefreshToken,
  };
}

type Model = ReturnType<typeof identityModel>;
const onAttribute = (q: Query) => typeof q.attribute === 'string' && ATTRIBUTES.includes(q.attribute);
const cursor = (q: Query) => q.values.length === 1 && typeof q.values[0] === 'string';
const ALLOWED = {
  ...LIMIT_OFFSET,
  cursorAfter: cursor,
  cursorBefore: cursor,
  equal: onAttribute,
  notEqual: onAttribute,
  orderAsc: onAttribute,
  orderDesc: onAttribute,
};

function applyQueries(items: Model[], queries: Query[]): { matched: Model[]; page: Model[] } {
  let matched = items;
  for (const q of queries) {
    const attr = q.attribute as keyof Model;
    if (q.method === 'equal') matched = matched.filter((i) => q.values.includes(i[attr]));
    if (q.method === 'notEqual') matched = matched.filter((i) => !q.values.includes(i[attr]));
  }
  for (const q of queries) {
    const attr = q.attribute as keyof Model;
    const dir = q.method === 'orderAsc' ? 1 : q.method === 'orderDesc' ? -1 : 0;
    if (dir) matched = [...matched].sort((a, b) => a[attr].localeCompare(b[attr]) * dir);
  }
  let list = matched;
  for (const q of queries) {
    if (q.method !== 'cursorAfter' && q.method !== 'cursorBefore') continue;
    const index = list.findIndex((i) => i.$id === q.values[0]);
    if (index < 0) throw new AppwriteError('general_cursor_not_found');
    list = q.method === 'cursorAfter' ? list.slice(index + 1) : list.slice(0, index);
  }
  const { limit, offset } = limitAndOffset(queries);
  return { matched, page: list.slice(offset, offset + limit) };
}

const listIdentities = defineRoute({
  method: 'GET',
  paths: ['/account/identities'],
  scope: 'account',
  params: {
    queries: { validator: Any, optional: true, default: undefined },
    total: { validator: BooleanParam(true), optional: true, default: true },
  },
  action(ctx, p) {
    const user = requireUser(ctx);
    const queries = parseQueries(p.queries, ALLOWED);
    const own = ctx.state.identities.filter((i) => i.userId === user.$id).map(identityModel);
    const { matched, page } = applyQueries(own, queries);
    return json(200, { total: p.total ? Math.min(matched.length, 5000) : 0, identities: page });
  },
});

const deleteIdentity = defineRoute({
  method: 'DELETE',
  paths: ['/account/identities/:identityId'],
  scope: 'account',
  params: { identityId: { validator: UID } },
  action(ctx, p) {
    const user = requireUser(ctx);
    const identity = ctx.state.identities.find((i) => i.$id === p.identityId);
    if (!identity) throw new AppwriteError('user_identity_not_found');
    // Identities are world-readable; deleting another user's fails on document permissions.
    if (identity.userId !== user.$id) throw new AppwriteError('user_unauthorized');
    ctx.state.identities = ctx.state.identities.filter((i) => i !== identity);
    return noContent();
  },
});

export const identityRoutes = [listIdentities, deleteIdentity];
export { identityModel };
