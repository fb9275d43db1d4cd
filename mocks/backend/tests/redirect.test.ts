import { describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT } from '../project.ts';
import { isAllowedHostname, Redirect } from '../redirect.ts';

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

describe('Redirect: schemes, look-alikes and platforms', () => {
  const project = { ...DEFAULT_PROJECT, platforms: ['localhost', 'app.example'] };
  const callback = `appwrite-callback-${DEFAULT_PROJECT.$id}`;

  it.each([
    // Only http(s) may name a web host, even a registered one.
    'javascript://localhost/%0aalert(1)',
    'javascript://app.example/%0aalert(1)',
    'ftp://localhost/x',
    'ftp://127.0.0.1/x',
    'file://localhost/etc/passwd',
    'data://localhost/x',
    'ws://localhost/x',
    // Hosts that contain or end like a registered one.
    'http://localhost.evil.example/x',
    'http://evillocalhost/x',
    'http://app.example.evil.example/x',
    'http://evilapp.example/x',
    'https://sub.app.example/x',
    'http://localhost@evil.example/x',
    // Another project's (or a look-alike) callback scheme.
    'appwrite-callback-other-project://done',
    `${callback}x://done`,
    `x${callback}://done`,
    'appwrite-callback-://done',
    'expo://x',
    // No "//": Appwrite finds no host; the browser would go to localhost, whatever comes later.
    'http:localhost/x?next=http://localhost/',
  ])('refuses %s', (url) => {
    expect(Redirect(project).parse(url)).toBeUndefined();
  });

  it.each(['exp://192.168.1.20:8081/--/auth', 'exp://anything', `${callback}://done?x=1`])('accepts the app scheme %s', (url) => {
    expect(Redirect(project).parse(url)).toBe(url);
  });

  it('refuses anything but a string', () => {
    for (const value of [undefined, null, 42, ['http://localhost/'], { href: 'http://localhost/' }]) expect(Redirect(project).parse(value)).toBeUndefined();
  });

  it('refuses DEL and every control character, not only spaces', () => {
    for (const c of ['\u007f', '\u0000', '\u001f', '\r']) expect(Redirect(project).parse(`http://localhost/a${c}b`)).toBeUndefined();
    expect(Redirect(project).parse('http://localhost/a~b')).toBe('http://localhost/a~b');
  });

  it('without a localhost platform, no loopback address is a registered host', () => {
    const hosted = { ...DEFAULT_PROJECT, platforms: ['app.example'] };
    for (const url of ['http://localhost/x', 'http://127.0.0.1/x', 'http://[::1]/x']) expect(Redirect(hosted).parse(url)).toBeUndefined();
    expect(Redirect(hosted).parse('https://app.example/x')).toBe('https://app.example/x');
  });

  it('a platform registered as any loopback name covers all three, and nothing else', () => {
    const byIp = { ...DEFAULT_PROJECT, platforms: ['127.0.0.1'] };
    expect(isAllowedHostname(byIp, 'localhost')).toBe(true);
    expect(isAllowedHostname(byIp, '[::1]')).toBe(true);
    expect(isAllowedHostname(byIp, '127.0.0.2')).toBe(false);
    expect(isAllowedHostname(byIp, 'app.example')).toBe(false);
    expect(isAllowedHostname({ ...DEFAULT_PROJECT, platforms: ['app.example'] }, 'localhost')).toBe(false);
  });

  it('names the host it refused: the URL host, or the whole value when there is none', () => {
    const validator = Redirect(project);
    expect(validator.description).toContain('(unknown)');
    validator.parse('https://evil.example:8443/x');
    expect(validator.description).toBe('Invalid URI. Register your new client (evil.example:8443) as a new Web platform on your project console dashboard');
    validator.parse('not a url');
    expect(validator.description).toContain('(not a url)');
    validator.parse('mailto:someone@example.com');
    expect(validator.description).toContain('(mailto:someone@example.com)');
    validator.parse('ftp://files.example/x');
    expect(validator.description).toContain('(files.example)');
    validator.parse('http:localhost/x');
    expect(validator.description).toContain('(localhost)');
  });
});
