/**
 * A readable device line from Appwrite's session/log fields: "Chrome 120 on macOS 14",
 * "Mobile Safari 17.5 on iOS 17.5 (Apple iPhone)". Names are product names, not translated.
 */
export interface DeviceFields {
  clientName: string;
  clientVersion: string;
  osName: string;
  osVersion: string;
  deviceName: string;
  deviceBrand: string;
  deviceModel: string;
}

export type DeviceKind = 'desktop' | 'mobile' | 'tablet' | 'unknown';

/** Appwrite (matomo) names → what people call them. */
const OS_NAMES: Record<string, string> = { Mac: 'macOS', 'GNU/Linux': 'Linux', 'Chrome OS': 'ChromeOS' };

/** "120.0" → "120", "17.5" → "17.5", "10.15.7" → "10.15.7". */
export function shortVersion(version: string): string {
  return version.replace(/(\.0)+$/, '');
}

export function deviceKind(fields: Pick<DeviceFields, 'deviceName'>): DeviceKind {
  switch (fields.deviceName) {
    case 'desktop':
      return 'desktop';
    case 'smartphone':
    case 'phablet':
    case 'feature phone':
    case 'wearable':
      return 'mobile';
    case 'tablet':
      return 'tablet';
    default:
      return 'unknown';
  }
}

/**
 * `words`: what to say for an unknown browser or device, and how to join browser and system in the
 * language shown (`on`, default "Chrome 120 on Windows 10").
 */
export function deviceLine(fields: DeviceFields, words: { browser: string; device: string; on?: (client: string, os: string) => string }): string {
  const client = fields.clientName ? [fields.clientName, shortVersion(fields.clientVersion)].filter(Boolean).join(' ') : '';
  const osName = OS_NAMES[fields.osName] ?? fields.osName;
  const os = osName ? [osName, shortVersion(fields.osVersion)].filter(Boolean).join(' ') : '';
  const hardware = [fields.deviceBrand, fields.deviceModel].filter(Boolean).join(' ');
  let line: string;
  if (client && os) line = words.on ? words.on(client, os) : `${client} on ${os}`;
  else line = client || os || words.browser;
  if (!client && !os && hardware) line = hardware;
  else if (hardware && !line.includes(hardware)) line = `${line} (${hardware})`;
  return line || words.device;
}
