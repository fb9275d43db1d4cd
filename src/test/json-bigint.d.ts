/** The real json-bigint (no published types), read by the test that checks our drop-in against it. */
declare module 'json-bigint/index.js' {
  interface JSONBigOptions {
    storeAsString?: boolean;
    useNativeBigInt?: boolean;
  }
  interface JSONBig {
    parse(text: string, reviver?: (key: string, value: unknown) => unknown): unknown;
    stringify(value: unknown): string;
  }
  export default function JSONbig(options?: JSONBigOptions): JSONBig;
}
