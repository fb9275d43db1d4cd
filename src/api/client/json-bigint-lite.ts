/**
 * A drop-in for `json-bigint` as the Appwrite SDK uses it, built on the browser's own JSON.
 *
 * The SDK parses every response with json-bigint + bignumber.js (≈ 12 KB gzip) only so that integers
 * beyond 2^53 survive: its reviver turns them into `BigInt` when they fit int64 and into plain numbers
 * otherwise. This module gives the same values (checked against the real package in the unit test)
 * and `vite.config.ts` aliases `json-bigint` to it.
 *
 * One deliberate difference: json-bigint refuses any object key containing `__proto__` or
 * `constructor` (the whole response fails to parse). Native JSON.parse reads them safely as own
 * properties, so one odd preference key cannot lock a user out of this app.
 */

type Reviver = (this: unknown, key: string, value: unknown) => unknown;

/** Same cut-off as json-bigint: number tokens longer than this take the exact path. */
const LONGEST_PLAIN_NUMBER = 15;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;
const MAX_INT64 = 2n ** 63n - 1n;
const MIN_INT64 = -(2n ** 63n);

/** A JSON string (skipped whole, so digits inside strings are never touched) or a JSON number. */
const TOKEN = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
const NUMBER_PARTS = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;
/** Cheap pre-check: without 16 number characters in a row there is no long number to protect. */
const MAYBE_LONG_NUMBER = /[\d.eE+-]{16}/;

/** The value the SDK's reviver gives a long number token: exact int64 as BigInt, anything else a number. */
export function reviveLongNumber(token: string): number | bigint {
  const approximate = Number(token);
  const parts = NUMBER_PARTS.exec(token);
  if (!parts) return approximate;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = parts;
  const digits = BigInt(sign + whole + fraction);
  if (digits === 0n) return 0;
  const shift = Number(exponent) - fraction.length;
  // Past these shifts a non-zero value cannot be an integer inside int64.
  if (shift > 19 || shift < -(whole.length + fraction.length)) return approximate;
  let integer: bigint;
  if (shift >= 0) {
    integer = digits * 10n ** BigInt(shift);
  } else {
    const divisor = 10n ** BigInt(-shift);
    if (digits % divisor !== 0n) return approximate;
    integer = digits / divisor;
  }
  if (integer >= MIN_SAFE && integer <= MAX_SAFE) return Number(integer);
  if (integer >= MIN_INT64 && integer <= MAX_INT64) return integer;
  return approximate;
}

function marker() {
  return `#jsonbig${Math.random().toString(36).slice(2)}:`;
}

function parse(text: string, reviver?: Reviver): unknown {
  if (!MAYBE_LONG_NUMBER.test(text)) return JSON.parse(text, reviver);
  const tag = marker();
  const tagged = text.replace(TOKEN, (token) =>
    token.startsWith('"') || token.length <= LONGEST_PLAIN_NUMBER ? token : `"${tag}${token}"`,
  );
  return JSON.parse(tagged, function (this: unknown, key, value: unknown) {
    const revived = typeof value === 'string' && value.startsWith(tag) ? reviveLongNumber(value.slice(tag.length)) : value;
    return reviver ? reviver.call(this, key, revived) : revived;
  });
}

/** JSON.stringify that writes BigInt values as bare integers instead of throwing. */
function stringify(value: unknown): string {
  const tag = marker();
  const json = JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? `${tag}${item.toString()}` : item));
  return json.includes(tag) ? json.replaceAll(new RegExp(`"${tag}(-?\\d+)"`, 'g'), '$1') : json;
}

/** json-bigint's factory; the SDK's options only choose how big numbers are kept, which is handled above. */
export default function JSONbig() {
  return { parse, stringify };
}
