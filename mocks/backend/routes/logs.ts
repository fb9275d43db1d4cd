/** `GET /account/logs` with 1.9.6 semantics (contract #33): limit/offset only, newest first, `total`. */
import { requireUser } from '../context.ts';
import { json } from '../http.ts';
import { logModel } from '../models.ts';
import { LIMIT_OFFSET, limitAndOffset, parseQueries } from '../queries.ts';
import { defineRoute } from '../route.ts';
import { Any, BooleanParam } from '../validators.ts';


const listLogs = defineRoute({
  method: 'GET',
  paths: ['/account/logs'],
  scope: 'account',
  // Servers without the audit log (Appwrite CE after 1.9.6, Cloud) do not have this route at all.
  available: (project) => project.logs,
  params: {
    queries: { validator: Any, optional: true, default: undefined },
    total: { validator: BooleanParam(true), optional: true, default: true },
  },
  action(ctx, p) {
    const user = requireUser(ctx);
    const { limit, offset } = limitAndOffset(parseQueries(p.queries, LIMIT_OFFSET));
    const rows = ctx.state.logs[user.$id] ?? [];
    // Rows are stored oldest first: page from the end so a page costs O(limit), not O(total).
    const end = Math.max(0, rows.length - offset);
    const start = Math.max(0, end - limit);
    const page = rows.slice(start, end).reverse();
    return json(200, { total: p.total ? rows.length : 0, logs: page.map(logModel) });
  },
});

export const logRoutes = [listLogs];
