import { describe, expect, it } from 'vitest';
import { safeNextPath, signInPathFor } from './safe-redirect.ts';

describe('safeNextPath', () => {
  it.each([
    ['/profile', '/profile'],
    ['/sessions?page=3&limit=25', '/sessions?page=3&limit=25'],
    ['/profile#name', '/profile#name'],
    ['/a/../profile', '/profile'],
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
    `/${'a'.repeat(3000)}`,
    // Dot segments that only become "//host" after normalisation.
    '/.//evil.example',
    '/a/..//evil.example',
    '/%2e%2e//evil.example',
    '/%2E/%2E%2E//evil.example/profile',
  ])('refuses %j', (input) => {
    expect(safeNextPath(input)).toBeNull();
  });
});

describe('signInPathFor', () => {
  it('carries the current path as next, except for the root', () => {
    expect(signInPathFor({ pathname: '/profile', search: '?x=1' })).toBe('/sign-in?next=%2Fprofile%3Fx%3D1');
    expect(signInPathFor({ pathname: '/', search: '' })).toBe('/sign-in');
  });
});
