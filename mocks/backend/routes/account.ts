/** `/account`: create, read, update name (contract §2.2 #1, #2, #21). */
import { audit } from '../audit.ts';
import { requireUser } from '../context.ts';
import { json } from '../http.ts';
import { accountModel } from '../models.ts';
import { defineRoute } from '../route.ts';
import { createUser, touch } from '../users.ts';
import { CustomId, Email, Password, Text } from '../validators.ts';

const createAccount = defineRoute({
  method: 'POST',
  paths: ['/account'],
  scope: 'public',
  authMethod: 'emailPassword',
  rateLimit: { limit: 10, window: 3600, keys: ['url:{url},ip:{ip}'] },
  params: {
    userId: { validator: CustomId },
    email: { validator: Email },
    password: { validator: Password },
    name: { validator: Text(128, 0), optional: true, default: '' },
  },
  action(ctx, p) {
    const user = createUser(ctx.state, ctx.now, { userId: p.userId, email: p.email, password: p.password, name: p.name });
    audit(ctx, 'user.create', user);
    return json(201, accountModel(user));
  },
});

const getAccount = defineRoute({
  method: 'GET',
  paths: ['/account'],
  scope: 'account',
  params: {},
  action(ctx) {
    const user = requireUser(ctx);
    // Appwrite refreshes accessedAt at most once a day.
    if (ctx.now - user.accessedAt > 86_400_000) user.accessedAt = ctx.now;
    return json(200, accountModel(user));
  },
});

const updateName = defineRoute({
  method: 'PATCH',
  paths: ['/account/name'],
  scope: 'account',
  params: { name: { validator: Text(128) } },
  action(ctx, p) {
    const user = requireUser(ctx);
    user.name = p.name;
    touch(user, ctx.now);
    audit(ctx, 'user.update', user);
    return json(200, accountModel(user));
  },
});

export const accountRoutes = [createAccount, getAccount, updateName];
