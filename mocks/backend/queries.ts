/**
 * Appwrite's JSON queries (contract §4): `{"method":"limit","values":[25]}` strings, validated per
 * route. A string that does not parse or a method the route does not allow is a 400.
 */
import { AppwriteError } from './errors.ts';

export interface Query {
  method: string;
  attribute?: string;
  values: unknown[];
}

function invalid(detail: string): AppwriteError {
  return new AppwriteError('general_argument_invalid', `Invalid \`queries\` param: ${detail}`);
}

/** Parses `queries` (an array of strings); `allowed` maps each method to a check of its values. */
export function parseQueries(raw: unknown, allowed: Record<string, (q: Query) => boolean>): Query[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw invalid('Value must a valid array and Value must be a valid string');
  return raw.map((item) => {
    let parsed: unknown;
    try {
      parsed = typeof item === 'string' ? JSON.parse(item) : undefined;
    } catch {
      // Not JSON: `parsed` stays undefined.
    }
    // Anything but an object with these fields (null, a number, a list) is refused just below.
    const q = (parsed ?? {}) as Partial<Query>;
    if (typeof q.method !== 'string' || !Array.isArray(q.values)) throw invalid(`Invalid query: ${String(item)}`);
    // Own methods only: "toString" or "constructor" must not find Object.prototype's.
    const check = Object.hasOwn(allowed, q.method) ? allowed[q.method] : undefined;
    if (!check) throw invalid(`Invalid query method: ${q.method}`);
    const query: Query = { method: q.method, values: q.values, ...(typeof q.attribute === 'string' ? { attribute: q.attribute } : {}) };
    if (!check(query)) throw invalid(`Invalid ${q.method} query: ${JSON.stringify(q.values)}`);
    return query;
  });
}

const nonNegativeInteger = (min: number) => (q: Query) =>
  q.values.length === 1 && typeof q.values[0] === 'number' && Number.isInteger(q.values[0]) && q.values[0] >= min;

export const LIMIT_OFFSET = { limit: nonNegativeInteger(1), offset: nonNegativeInteger(0) };

export function limitAndOffset(queries: Query[], defaultLimit = 25): { limit: number; offset: number } {
  let limit = defaultLimit;
  let offset = 0;
  for (const q of queries) {
    if (q.method === 'limit') limit = q.values[0] as number;
    if (q.method === 'offset') offset = q.values[0] as number;
  }
  return { limit, offset };
}
