/** Push targets (contract #46–48): device tokens bound to the session that registered them. */
import { audit } from '../audit.ts';
import { requireUser, type Context } from '../context.ts';
import { AppwriteError } from '../errors.ts';
import { uniqueId } from '../ids.ts';
import { json, noContent } from '../http.ts';
import { targetModel } from '../models.ts';
import { defineRoute } from '../route.ts';
import { parseUserAgent } from '../user-agent.ts';
import { CustomId, Text, UID } from '../validators.ts';

/** These routes need a real session (not a JWT): the target is tied to it. */
function sessionUser(ctx: Context) {
  const user = requireUser(ctx);
  if (ctx.caller.via !== 'session' || !ctx.caller.session) throw new AppwriteError('user_session_not_found');
  return { user, session: ctx.caller.session };
}

function ownPushTarget(ctx: Context, targetId: string) {
  const user = requireUser(ctx);
  const target = user.targets.find((t) => t.$id === targetId && t.providerType === 'push');
  if (!target) throw new AppwriteError('user_target_not_found');
  return { user, target };
}

const createPushTarget = defineRoute({
  method: 'POST',
  paths: ['/account/targets/push'],
  scope: 'targets.write',
  params: { targetId: { validator: CustomId }, identifier: { validator: Text(255) }, providerId: { validator: UID, optional: true, default: '' } },
  action(ctx, p) {
    const { user, session } = sessionUser(ctx);
    const id = p.targetId === 'unique()' ? uniqueId(ctx.now) : p.targetId;
    if (ctx.state.users.some((u) => u.targets.some((t) => t.$id === id))) throw new AppwriteError('user_target_already_exists');
    const device = parseUserAgent(ctx.req.headers['user-agent']);
    const target = {
      $id: id,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      name: `${device.deviceBrand} ${device.deviceModel}`.trim(),
      providerId: p.providerId || null,
      providerType: 'push' as const,
      identifier: p.identifier,
      expired: false,
      sessionId: session.$id,
    };
    user.targets.push(target);
    return json(201, targetModel(target, user.$id));
  },
});

const updatePushTarget = defineRoute({
  method: 'PUT',
  paths: ['/account/targets/:targetId/push'],
  scope: 'targets.write',
  params: { targetId: { validator: UID }, identifier: { validator: Text(255) } },
  action(ctx, p) {
    sessionUser(ctx);
    const { user, target } = ownPushTarget(ctx, p.targetId);
    target.identifier = p.identifier;
    target.expired = false;
    target.updatedAt = ctx.now;
    return json(200, targetModel(target, user.$id));
  },
});

const deletePushTarget = defineRoute({
  method: 'DELETE',
  paths: ['/account/targets/:targetId/push'],
  scope: 'targets.write',
  params: { targetId: { validator: UID } },
  action(ctx, p) {
    sessionUser(ctx);
    const { user, target } = ownPushTarget(ctx, p.targetId);
    user.targets = user.targets.filter((t) => t !== target);
    audit(ctx, 'target.delete', user);
    return noContent();
  },
});

export const targetRoutes = [createPushTarget, updatePushTarget, deletePushTarget];
