import { describe, expect, it } from 'vitest';
import { AppwriteError } from '../errors.ts';
import { DEFAULT_PROJECT } from '../project.ts';
import { Redirect } from '../redirect.ts';
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

describe('Redirect', () => {
  const project = { ...DEFAULT_PROJECT, platforms: ['localhost', 'app.example'] };

  it.each([
    'http://localhost/x',
    'http://localhost:4173/x',
    'https://127.0.0.1:1/x',
    'http://[::1]:65535/x',
    'http://[::1]/x',
    'HTTP://LocalHost:4173/x',
    'https://user:pw@app.example/x',
    `appwrite-callback-${DEFAULT_PROJECT.$id}://done`,
  ])('accepts %s', (url) => {
    expect(Redirect(project).parse(url)).toBe(url);
  });

  it.each([
    'http://[0:0:0:0:0:0:0:1]/x',
    'http://[0:0:0:0:0:0:0:1]:4173/x',
    'https://[0000::1]:8443/x',
    'http://127.1/x',
    'http://2130706433/x',
    'http://0x7f.0.0.1:4173/x',
    'http://local%68ost/x',
    'http:localhost/x',
    'http:///localhost/x',
    'http://evil.example\\@localhost/x',
    'http://127.0.0.2/x',
    'https://evil.example/x',
    'javascript:alert(1)',
    'http://localhost/\nx',
    'http://local\thost/x',
    'http://localhost/a b',
    ' http://localhost/x',
  ])('refuses %s like an unregistered host', (url) => {
    expect(Redirect(project).parse(url)).toBeUndefined();
  });

  it('names the host as written in its message', () => {
    const validator = Redirect(project);
    validator.parse('http://[0:0:0:0:0:0:0:1]:4173/x');
    expect(validator.description).toBe('Invalid URI. Register your new client ([0:0:0:0:0:0:0:1]) as a new Web platform on your project console dashboard');
  });
});
