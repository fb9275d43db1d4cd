/**
 * Session and log device fields from the User-Agent, shaped like Appwrite's (matomo
 * device-detector): `osCode: "WIN"`, `clientCode: "CH"`, `clientVersion: "70.0"`, `deviceName: "desktop"`.
 */
import { UAParser } from 'ua-parser-js';
import type { ClientInfo } from './state.ts';

const OS_CODES: Record<string, [code: string, name: string]> = {
  Windows: ['WIN', 'Windows'],
  'Mac OS': ['MAC', 'Mac'],
  macOS: ['MAC', 'Mac'],
  iOS: ['IOS', 'iOS'],
  Android: ['AND', 'Android'],
  Linux: ['LIN', 'GNU/Linux'],
  Ubuntu: ['UBT', 'Ubuntu'],
  Debian: ['DEB', 'Debian'],
  Fedora: ['FED', 'Fedora'],
  'Chromium OS': ['COS', 'Chrome OS'],
  'Chrome OS': ['COS', 'Chrome OS'],
};

const CLIENT_CODES: Record<string, [code: string, name: string]> = {
  Chrome: ['CH', 'Chrome'],
  'Chrome Headless': ['CH', 'Headless Chrome'],
  Chromium: ['CR', 'Chromium'],
  'Mobile Chrome': ['CM', 'Chrome Mobile'],
  Firefox: ['FF', 'Firefox'],
  'Mobile Firefox': ['FM', 'Firefox Mobile'],
  Safari: ['SF', 'Safari'],
  'Mobile Safari': ['MF', 'Mobile Safari'],
  Edge: ['PS', 'Microsoft Edge'],
  Opera: ['OP', 'Opera'],
  'Samsung Browser': ['SB', 'Samsung Browser'],
};

const ENGINES: Record<string, string> = { Blink: 'Blink', WebKit: 'WebKit', Gecko: 'Gecko', EdgeHTML: 'Edge' };

function majorMinor(version: string | undefined): string {
  if (!version) return '';
  const [major = '', minor = '0'] = version.split('.');
  return `${major}.${minor}`;
}

const NOTHING: ClientInfo = {
  osCode: '', osName: '', osVersion: '', clientType: '', clientCode: '', clientName: '', clientVersion: '',
  clientEngine: '', clientEngineVersion: '', deviceName: '', deviceBrand: '', deviceModel: '',
};

export function parseUserAgent(userAgent: string | undefined): ClientInfo {
  // ua-parser-js reads navigator.userAgent when given nothing; a request without one has no device.
  if (!userAgent) return { ...NOTHING };
  const ua = new UAParser(userAgent).getResult();
  const os = ua.os.name ? OS_CODES[ua.os.name] : undefined;
  const client = ua.browser.name ? CLIENT_CODES[ua.browser.name] : undefined;
  const deviceType = ua.device.type;
  const deviceName =
    deviceType === 'mobile' ? 'smartphone' : deviceType === 'tablet' ? 'tablet' : deviceType ?? (ua.browser.name ? 'desktop' : '');
  return {
    osCode: os?.[0] ?? '',
    osName: os?.[1] ?? ua.os.name ?? '',
    osVersion: ua.os.version ?? '',
    clientType: ua.browser.name ? 'browser' : '',
    clientCode: client?.[0] ?? '',
    clientName: client?.[1] ?? ua.browser.name ?? '',
    clientVersion: majorMinor(ua.browser.version),
    clientEngine: (ua.engine.name && ENGINES[ua.engine.name]) ?? ua.engine.name ?? '',
    clientEngineVersion: ua.engine.version ?? '',
    deviceName,
    deviceBrand: ua.device.vendor ?? '',
    deviceModel: ua.device.model ?? '',
  };
}
