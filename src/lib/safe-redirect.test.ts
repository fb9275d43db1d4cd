import { describe, expect, it } from 'vitest';
import { safeNextPath, secondStepPathFor, signInPathFor } from './safe-redirect.ts';

describe('safeNextPath', () => {
  it.each([
    ['/profile', '/profile'],
    ['/sessions?page=3&limit=25', '/sessions?page=3&limit=25'],
    ['/profile#name', '/profile#name'],
    ['/a/../profile', '/profile'],
    ['/profile//', '/profile//'],
  ])('keeps same-origin path %s', (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });

  it.each([
    null,
    '',
    'profile',
    '//evil.example',
    '//evil.example/profile',
    '/\\evil.example',
    '\\\\evil.example',
    'https://evil.example',
    'http://evil.example/profile',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,hi',
    '/\t/evil.example',
    '/\n/evil.example',
    ' //evil.example',
    `/${'a'.repeat(2048)}`,
    // Dot segments that only become "//host" after normalisation.
    '/.//evil.example',
    '/a/..//evil.example',
    '/%2e%2e//evil.example',
    '/%2E/%2E%2E//evil.example/profile',
  ])('refuses %j', (input) => {
    expect(safeNextPath(input)).toBeNull();
  });
});

describe('safeNextPath: the 2 048-character limit', () => {
  it('keeps a path of exactly 2 048 characters and refuses one more', () => {
    const longest = `/${'a'.repeat(2047)}`;
    expect(safeNextPath(longest)).toBe(longest);
    expect(safeNextPath(`${longest}a`)).toBeNull();
  });

  it('refuses control characters anywhere, and undefined', () => {
    expect(safeNextPath('/profile\u0000')).toBeNull();
    expect(safeNextPath('/pro\u007ffile')).toBeNull();
    expect(safeNextPath(undefined)).toBeNull();
  });
});

describe('signInPathFor', () => {
  it('keeps the hash, so the user lands on the same section', () => {
    expect(signInPathFor({ pathname: '/preferences', search: '', hash: '#theme' })).toBe('/sign-in?next=%2Fpreferences%23theme');
    expect(signInPathFor({ pathname: '/', search: '', hash: '#x' })).toBe('/sign-in?next=%2F%23x');
    expect(signInPathFor({ pathname: '/', search: '?a=1' })).toBe('/sign-in?next=%2F%3Fa%3D1');
  });

  it('secondStepPathFor sends to /mfa the same way', () => {
    expect(secondStepPathFor({ pathname: '/sessions', search: '?page=2', hash: '#s' })).toBe('/mfa?next=%2Fsessions%3Fpage%3D2%23s');
    expect(secondStepPathFor({ pathname: '/', search: '' })).toBe('/mfa');
  });

  it('carries the current path as next, except for the root', () => {
    expect(signInPathFor({ pathname: '/profile', search: '?x=1' })).toBe('/sign-in?next=%2Fprofile%3Fx%3D1');
    expect(signInPathFor({ pathname: '/', search: '' })).toBe('/sign-in');
  });
});
