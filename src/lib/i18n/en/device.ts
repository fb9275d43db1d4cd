/** English strings for devices, sign-in methods and factors (sessions and activity); registered when a module that shows them loads. */
import { addEnglishPart } from '../messages.ts';

export const deviceEn = {
  device: {
    unknownBrowser: 'Unknown browser',
    unknownDevice: 'Unknown device',
    desktop: 'Desktop',
    mobile: 'Mobile',
    tablet: 'Tablet',
    unknownKind: 'Device',
    unknownLocation: 'Unknown location',
    copyIp: 'Copy IP address {{ip}}',
    /** A browser and the system it runs on: "Chrome 120 on Windows 10" (both are product names, not translated). */
    clientOnOs: '{{client}} on {{os}}',
  },
  providers: {
    email: 'Email and password',
    anonymous: 'Guest access',
    'magic-url': 'Magic link',
    token: 'One-time code',
    phone: 'Phone code',
    oauth: '{{provider}} account',
  },
  factors: {
    password: 'Password',
    email: 'Email',
    phone: 'Phone',
    totp: 'Authenticator app',
    recoveryCode: 'Recovery code',
    oauth2: 'OAuth provider',
    anonymous: 'None (guest)',
    token: 'Token',
  },
} as const;

addEnglishPart('device', deviceEn);
