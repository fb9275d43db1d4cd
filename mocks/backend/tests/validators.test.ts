import { describe, expect, it } from 'vitest';
import { AppwriteError } from '../errors.ts';
import { BooleanParam, CustomId, Email, IntegerRange, Password, Phone, Text, UID, validateParams } from '../validators.ts';

describe('validators', () => {
  it.each([
    ['ada@example.com', true],
    ['a.b+tag@sub.example.co.uk', true],
    ['no-at-sign', false],
    ['a@b', false],
    ['a b@example.com', false],
    [`${'a'.repeat(250)}@example.com`, false],
    [42, false],
  ])('Email %j → %s', (value, ok) => {
    expect(Email.parse(value) !== undefined).toBe(ok);
  });

  it('Text counts code points and honours min', () => {
    expect(Text(3).parse('😀😀😀')).toBe('😀😀😀');
    expect(Text(3).parse('abcd')).toBeUndefined();
    expect(Text(3).parse('')).toBeUndefined();
    expect(Text(3, 0).parse('')).toBe('');
    expect(Text(128).description).toBe('Value must be a valid string and at least 1 chars and no longer than 128 chars');
  });

  it('Password is 8–256 characters', () => {
    expect(Password.parse('1234567')).toBeUndefined();
    expect(Password.parse('12345678')).toBe('12345678');
    expect(Password.parse('x'.repeat(256))).toBeDefined();
    expect(Password.parse('x'.repeat(257))).toBeUndefined();
  });

  it('CustomId accepts unique() and keys; UID does not accept unique()', () => {
    expect(CustomId.parse('unique()')).toBe('unique()');
    expect(CustomId.parse('user_1.a-b')).toBe('user_1.a-b');
    expect(CustomId.parse('-starts-special')).toBeUndefined();
    expect(CustomId.parse('x'.repeat(37))).toBeUndefined();
    expect(UID.parse('unique()')).toBeUndefined();
  });

  it('Phone is E.164', () => {
    expect(Phone.parse('+14155550123')).toBe('+14155550123');
    expect(Phone.parse('14155550123')).toBeUndefined();
    expect(Phone.parse('+0123456789')).toBeUndefined();
    expect(Phone.parse('+1234567890123456')).toBeUndefined();
  });

  it('Boolean is strict for JSON and loose for query strings; IntegerRange checks bounds', () => {
    expect(BooleanParam().parse('true')).toBeUndefined();
    expect(BooleanParam(true).parse('false')).toBe(false);
    expect(IntegerRange(0, 3600).parse(3600)).toBe(3600);
    expect(IntegerRange(0, 3600).parse(3601)).toBeUndefined();
    expect(IntegerRange(0, 3600).parse(1.5)).toBeUndefined();
  });

  it('validateParams reports the first bad param in declaration order, with Appwrite\'s wording', () => {
    const specs = { email: { validator: Email }, name: { validator: Text(128), optional: true, default: '' } };
    expect(validateParams(specs, { email: 'a@example.com' })).toEqual({ email: 'a@example.com', name: '' });
    expect(() => validateParams(specs, {})).toThrow(new AppwriteError('general_argument_invalid', 'Param "email" is not optional.'));
    let caught: unknown;
    try {
      validateParams(specs, { email: 'nope', name: '' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ status: 400, type: 'general_argument_invalid', message: 'Invalid `email` param: Value must be a valid email address' });
  });
});

describe('validators: exact boundaries', () => {
  it('Email refuses a one-letter TLD and a second @, and allows 254 characters but not 255', () => {
    expect(Email.parse('ada@example.c')).toBeUndefined();
    expect(Email.parse('ada@example.co')).toBe('ada@example.co');
    expect(Email.parse('ada@b@example.com')).toBeUndefined();
    expect(Email.parse('ada@@example.com')).toBeUndefined();
    expect(Email.parse('@example.com')).toBeUndefined();
    expect(Email.parse('ada@-example.com')).toBeUndefined();
    expect(Email.parse('ada@example-.com')).toBeUndefined();
    expect(Email.parse('ada@example.com!')).toBeUndefined();
    expect(Email.parse('ada@x.example.com')).toBe('ada@x.example.com');
    expect(Email.parse(`ada@${'a'.repeat(63)}.com`)).toBe(`ada@${'a'.repeat(63)}.com`);
    expect(Email.parse(`ada@${'a'.repeat(64)}.com`)).toBeUndefined();
    const domain = `${'d'.repeat(60)}.${'d'.repeat(60)}.${'d'.repeat(60)}.com`; // 185 characters
    const at254 = `${'a'.repeat(254 - 1 - domain.length)}@${domain}`;
    expect(at254).toHaveLength(254);
    expect(Email.parse(at254)).toBe(at254);
    expect(Email.parse(`a${at254}`)).toBeUndefined();
  });

  it('Text allows its max and its min, and nothing past either', () => {
    expect(Text(5, 2).parse('ab')).toBe('ab');
    expect(Text(5, 2).parse('a')).toBeUndefined();
    expect(Text(5, 2).parse('abcde')).toBe('abcde');
    expect(Text(5, 2).parse('abcdef')).toBeUndefined();
    expect(Text(5).parse(5)).toBeUndefined();
    expect(Text(128, 0).description).toBe('Value must be a valid string and no longer than 128 chars');
  });

  it('Password refuses a number even of eight digits, in Appwrite’s words', () => {
    expect(Password.parse(12345678)).toBeUndefined();
    expect(Password.description).toBe('Password must be between 8 and 256 characters long.');
  });

  it('Phone allows seven to fifteen digits and refuses six or sixteen', () => {
    expect(Phone.parse('+1234567')).toBe('+1234567');
    expect(Phone.parse('+123456')).toBeUndefined();
    expect(Phone.parse('+123456789012345')).toBe('+123456789012345');
    expect(Phone.parse('+1234567890123456')).toBeUndefined();
    expect(Phone.parse(14155550123)).toBeUndefined();
  });

  it('CustomId and UID allow 36 characters and refuse non-strings', () => {
    expect(UID.parse('a'.repeat(36))).toBe('a'.repeat(36));
    expect(UID.parse('a'.repeat(37))).toBeUndefined();
    expect(CustomId.parse(7)).toBeUndefined();
    expect(UID.parse(7)).toBeUndefined();
  });

  it('IntegerRange accepts its minimum and maximum, refuses one outside and non-numbers, and says so', () => {
    const range = IntegerRange(1, 5000);
    expect(range.parse(1)).toBe(1);
    expect(range.parse(0)).toBeUndefined();
    expect(range.parse(5000)).toBe(5000);
    expect(range.parse(5001)).toBeUndefined();
    expect(range.parse('3')).toBeUndefined();
    expect(range.description).toBe('Value must be a valid range between 1 and 5,000');
  });

  it('BooleanParam reads loose query-string forms only when loose', () => {
    const loose = BooleanParam(true);
    expect([true, 'true', '1', 1].map((v) => loose.parse(v))).toEqual([true, true, true, true]);
    expect([false, 'false', '0', 0].map((v) => loose.parse(v))).toEqual([false, false, false, false]);
    expect(['yes', 2, null].map((v) => loose.parse(v))).toEqual([undefined, undefined, undefined]);
    expect(BooleanParam().parse(true)).toBe(true);
    expect(BooleanParam().parse(false)).toBe(false);
    expect(BooleanParam().parse(1)).toBeUndefined();
    expect(BooleanParam().description).toBe('Value must be a valid boolean');
  });

  it('validateParams: null for an optional param takes its default; null for a required one is missing', () => {
    const specs = { limit: { validator: IntegerRange(1, 100), optional: true, default: 25 }, userId: { validator: UID } };
    expect(validateParams(specs, { limit: null, userId: 'u1' })).toEqual({ limit: 25, userId: 'u1' });
    expect(() => validateParams(specs, { limit: 10, userId: null })).toThrow('Param "userId" is not optional.');
    expect(validateParams(specs, { limit: 1, userId: 'u1' })).toEqual({ limit: 1, userId: 'u1' });
  });

  it('validateParams checks params in declaration order, not in the order they arrive', () => {
    const specs = { email: { validator: Email }, password: { validator: Password } };
    expect(() => validateParams(specs, { password: 'short', email: 'bad' })).toThrow('Invalid `email` param: Value must be a valid email address');
  });
});

