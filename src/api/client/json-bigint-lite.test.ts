import fc from 'fast-check';
import realJSONbig from 'json-bigint/index.js';
import { describe, expect, it } from 'vitest';
import liteJSONbig from './json-bigint-lite.ts';

/**
 * json-bigint builds objects without a prototype, so results are compared with toEqual (values, not prototypes).
 * The Appwrite SDK's own setup and reviver (appwrite@28 dist/esm/sdk.js), applied to the real package. */
const sdkParser = realJSONbig({ storeAsString: false });
const sdkSerializer = realJSONbig({ useNativeBigInt: true });
interface BigNumberLike {
  _isBigNumber: true;
  isInteger(): boolean;
  toFixed(): string;
  toNumber(): number;
}
const isBigNumber = (value: unknown): value is BigNumberLike =>
  typeof value === 'object' && value !== null && (value as Partial<BigNumberLike>)._isBigNumber === true;
function sdkReviver(_key: string, value: unknown) {
  if (!isBigNumber(value)) return value;
  if (!value.isInteger()) return value.toNumber();
  const bi = BigInt(value.toFixed());
  if (bi >= BigInt(Number.MIN_SAFE_INTEGER) && bi <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(bi);
  if (bi >= -(2n ** 63n) && bi <= 2n ** 63n - 1n) return bi;
  return value.toNumber();
}
const sdkParse = (text: string) => sdkParser.parse(text, sdkReviver);
const lite = liteJSONbig();

/** Number tokens as a server writes them, weighted towards the long ones that take the exact path. */
const numberToken = fc.oneof(
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
  fc
    .tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.stringMatching(/^\d{1,8}$/), fc.integer({ min: -25, max: 25 }))
    .map(([digits, fraction, exp]) => `${String(digits)}.${fraction}e${String(exp)}`),
);
/** Keys the real package accepts (it refuses any containing `__proto__` or `constructor`; see the last tests). */
const acceptedByJsonBigint = (text: string) => !/__proto__|constructor/.test(text);
const document = fc
  .tuple(fc.array(numberToken, { maxLength: 6 }), fc.string(), fc.dictionary(fc.string(), fc.jsonValue()))
  .map(([numbers, text, extra]) => `{"numbers":[${numbers.join(',')}],"text":${JSON.stringify(text)},"extra":${JSON.stringify(extra)}}`)
  .filter(acceptedByJsonBigint);

describe('json-bigint drop-in', () => {
  it('parses what the SDK parses into the same values (property)', () => {
    fc.assert(
      fc.property(document, (text) => {
        expect(lite.parse(text)).toEqual(sdkParse(text));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps int64 beyond 2^53 exact and leaves digits inside strings alone', () => {
    const text = '{"id":"12345678901234567890","big":9007199254740993,"max":9223372036854775807,"huge":92233720368547758070,"safe":1234567890123456}';
    expect(lite.parse(text)).toStrictEqual({
      id: '12345678901234567890',
      big: 9007199254740993n,
      max: 9223372036854775807n,
      huge: Number('92233720368547758070'),
      safe: 1234567890123456,
    });
    expect(lite.parse(text)).toEqual(sdkParse(text));
  });

  it('treats integer values written with a fraction or exponent as integers, as the SDK does', () => {
    const text = '[9007199254740993.0, 9.007199254740993e15, 90071992547409930e-1, 9007199254740993.5, 1.5e300]';
    expect(lite.parse(text)).toEqual([9007199254740993n, 9007199254740993n, 9007199254740993n, Number('9007199254740993.5'), 1.5e300]);
    expect(lite.parse(text)).toEqual(sdkParse(text));
  });

  it('writes BigInt values as bare integers, like the SDK serializer', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.bigInt())), (value) => {
        fc.pre(acceptedByJsonBigint(lite.stringify(value)));
        expect(sdkParse(lite.stringify(value))).toEqual(sdkParse(sdkSerializer.stringify(value)));
      }),
      { numRuns: 200 },
    );
    expect(lite.stringify({ n: 2n ** 60n, s: '2' })).toBe('{"n":1152921504606846976,"s":"2"}');
  });

  it('reads keys the real package refuses', () => {
    expect(() => sdkParse('{"constructorName":1}')).toThrow();
    expect(lite.parse('{"constructorName":1,"__proto__":2}')).toEqual(JSON.parse('{"constructorName":1,"__proto__":2}'));
  });

  it('passes results through a caller reviver', () => {
    expect(lite.parse('{"a":9007199254740993}', (_k, v) => (typeof v === 'bigint' ? `big:${String(v)}` : v))).toEqual({
      a: 'big:9007199254740993',
    });
  });
});
