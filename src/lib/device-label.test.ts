import { describe, expect, it } from 'vitest';
import { parseUserAgent } from '../test/mock-api.ts';
import { deviceKind, deviceLine, shortVersion } from './device-label.ts';

const UNKNOWN = { browser: 'Unknown browser', device: 'Unknown device' };

/** Real user agents, through the same parser the mock uses for Appwrite's fields. */
describe('deviceLine for real user agents', () => {
  it.each([
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.110 Safari/537.36', 'Chrome 120 on Windows 10', 'desktop'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15', 'Safari 17.4 on macOS 10.15.7 (Apple Macintosh)', 'desktop'],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0', 'Firefox 128 on Linux', 'desktop'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1', 'Mobile Safari 17.5 on iOS 17.5 (Apple iPhone)', 'mobile'],
    ['Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36', 'Chrome 124 on Android 14 (Google Pixel 8)', 'mobile'],
    ['Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1', 'Mobile Safari 16.6 on iOS 16.6 (Apple iPad)', 'tablet'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.77', 'Microsoft Edge 120 on Windows 10', 'desktop'],
    ['Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Safari/537.36', 'Chrome 118 on ChromeOS 14541', 'desktop'],
  ])('%s → %s', (ua, line, kind) => {
    const fields = parseUserAgent(ua);
    expect(deviceLine(fields, UNKNOWN)).toBe(line);
    expect(deviceKind(fields)).toBe(kind);
  });

  it('falls back for empty or bot user agents', () => {
    expect(deviceLine(parseUserAgent(''), UNKNOWN)).toBe('Unknown browser');
    expect(deviceLine({ clientName: '', clientVersion: '', osName: '', osVersion: '', deviceName: '', deviceBrand: 'Apple', deviceModel: 'iPhone' }, UNKNOWN)).toBe('Apple iPhone');
    expect(deviceKind({ deviceName: '' })).toBe('unknown');
  });

  it('joins browser and system in the words given', () => {
    const fields = parseUserAgent('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0');
    expect(deviceLine(fields, { ...UNKNOWN, on: (client, os) => `${client} unter ${os}` })).toBe('Firefox 128 unter Linux');
  });

  it('shortens versions only by trailing zero parts', () => {
    expect(shortVersion('120.0')).toBe('120');
    expect(shortVersion('120.0.0')).toBe('120');
    expect(shortVersion('17.5')).toBe('17.5');
    expect(shortVersion('10.0.1')).toBe('10.0.1');
  });
});
