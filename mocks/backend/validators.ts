/**
 * Appwrite's param validators with their exact descriptions, so `general_argument_invalid`
 * messages read like the server's: "Invalid `email` param: Value must be a valid email address".
 */
import { EMAIL_MAX_LENGTH, ID_PATTERN, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PHONE_PATTERN } from '../../contract/limits.ts';
import { AppwriteError } from './errors.ts';

export interface Validator<T = unknown> {
  description: string;
  /** Returns the accepted (possibly normalised) value, or undefined when invalid. */
  parse(value: unknown): T | undefined;
}

export interface ParamSpec<T = unknown> {
  validator: Validator<T>;
  optional?: boolean;
  default?: T;
}

export type ParamSpecs = Record<string, ParamSpec>;
export type ParamValues<S extends ParamSpecs> = {
  [K in keyof S]: S[K] extends ParamSpec<infer T> ? T : never;
};

// The domain's own 253-character limit needs no check: the whole address is at most 254.
const EMAIL_PATTERN = /^[^\s@"(),:;<>[\\\]]+@([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export const Email: Validator<string> = {
  description: 'Value must be a valid email address',
  parse: (v) => (typeof v === 'string' && v.length <= EMAIL_MAX_LENGTH && EMAIL_PATTERN.test(v) ? v : undefined),
};

export function Text(max: number, min = 1): Validator<string> {
  const description =
    min > 0
      ? `Value must be a valid string and at least ${min} chars and no longer than ${max} chars`
      : `Value must be a valid string and no longer than ${max} chars`;
  return {
    description,
    parse(v) {
      if (typeof v !== 'string') return undefined;
      const length = Array.from(v).length; // mb_strlen counts code points
      return length >= min && length <= max ? v : undefined;
    },
  };
}

/** Login/updateEmail/updatePhone: 8–256 characters. */
export const Password: Validator<string> = {
  description: 'Password must be between 8 and 256 characters long.',
  parse: (v) => (typeof v === 'string' && v.length >= PASSWORD_MIN_LENGTH && v.length <= PASSWORD_MAX_LENGTH ? v : undefined),
};

const KEY_DESCRIPTION =
  "Parameter must contain at most 36 chars. Valid chars are a-z, A-Z, 0-9, period, hyphen, and underscore. Can't start with a special char";

/** `unique()` or a key; `unique()` is resolved by the action. */
export const CustomId: Validator<string> = {
  description: KEY_DESCRIPTION,
  parse: (v) => (typeof v === 'string' && (v === 'unique()' || ID_PATTERN.test(v)) ? v : undefined),
};

export const UID: Validator<string> = {
  description: KEY_DESCRIPTION,
  parse: (v) => (typeof v === 'string' && ID_PATTERN.test(v) ? v : undefined),
};

export const Phone: Validator<string> = {
  description: "Phone number must start with a '+' can have a maximum of fifteen digits.",
  parse: (v) => (typeof v === 'string' && PHONE_PATTERN.test(v) ? v : undefined),
};

/** Accepts anything; the action parses it (e.g. `queries`, whose rules depend on the route). */
// Stryker disable next-line StringLiteral: never shown, as nothing fails this validator
export const Any: Validator = { description: '', parse: (v) => v };

/** Strict JSON boolean, or loose (`"true"`/`"false"`, 1/0) for query-string params. */
export function BooleanParam(loose = false): Validator<boolean> {
  return {
    description: 'Value must be a valid boolean',
    parse(v) {
      if (typeof v === 'boolean') return v;
      if (!loose) return undefined;
      if (v === 'true' || v === '1' || v === 1) return true;
      if (v === 'false' || v === '0' || v === 0) return false;
      return undefined;
    },
  };
}

export function IntegerRange(min: number, max: number): Validator<number> {
  return {
    description: `Value must be a valid range between ${min.toLocaleString('en-US')} and ${max.toLocaleString('en-US')}`,
    parse: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : undefined),
  };
}

/** Validates `input` against `specs` in declaration order, like utopia-php/http's getArguments(). */
export function validateParams<S extends ParamSpecs>(specs: S, input: Record<string, unknown>): ParamValues<S> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const raw = input[name];
    if (raw === undefined || raw === null) {
      if (!spec.optional) throw new AppwriteError('general_argument_invalid', `Param "${name}" is not optional.`);
      out[name] = spec.default;
      continue;
    }
    const value = spec.validator.parse(raw);
    if (value === undefined) {
      throw new AppwriteError('general_argument_invalid', `Invalid \`${name}\` param: ${spec.validator.description}`);
    }
    out[name] = value;
  }
  return out as ParamValues<S>;
}
