import { describe, expect, it } from 'vitest';
import { embedOrigins, securityHeaders } from './content-security-policy.ts';

describe('the security headers the build prints', () => {
  it('let only the configured hosts frame the iframe mode, and nobody frame the rest', () => {
    const headers = securityHeaders("default-src 'self'", embedOrigins(['https://app.example.com', 'self'])).split('\n');
    expect(headers).toContain("Content-Security-Policy: default-src 'self'; frame-ancestors 'none'");
    expect(headers).toContain("Content-Security-Policy: default-src 'self'; frame-ancestors https://app.example.com 'self'");
    expect(headers.indexOf('# <base>/embed/* (the iframe mode; the origins of "embedOrigins" in config.json):')).toBe(2);
  });

  it('frames nothing when no host is configured, and takes origins only', () => {
    expect(embedOrigins(undefined)).toEqual([]);
    expect(embedOrigins(['https://app.example.com/path', '*', "'unsafe-inline'", 'https://ok.example'])).toEqual(['https://ok.example']);
    expect(securityHeaders('p', [])).toContain("# <base>/embed/* (the iframe mode; the origins of \"embedOrigins\" in config.json):\nContent-Security-Policy: p; frame-ancestors 'none'");
  });
});
