/** The project's settings as the mock's control API exposes them (design §5). */
import { DEFAULT_PROJECT_ID } from '../../contract/demo.ts';

export interface ProjectAuths {
  emailPassword: boolean;
  magicURL: boolean;
  emailOTP: boolean;
  phone: boolean;
  anonymous: boolean;
  jwt: boolean;
  invalidateSessions: boolean;
  /** 0 = unlimited. */
  maxSessions: number;
  /** Session lifetime in seconds. */
  duration: number;
  passwordHistory: number;
  passwordDictionary: boolean;
  personalDataCheck: boolean;
  sessionAlerts: boolean;
}

export interface Project {
  $id: string;
  name: string;
  /** Hostnames registered as Web platforms (CORS, redirect URLs). */
  platforms: string[];
  auths: ProjectAuths;
  smtp: boolean;
  sms: boolean;
  rateLimits: boolean;
  logs: boolean;
  /** OAuth2 providers enabled in the console (mock extension of design §5). */
  oauthProviders: string[];
}

export const DEFAULT_PROJECT: Project = {
  $id: DEFAULT_PROJECT_ID,
  name: 'Account Dashboard',
  platforms: ['localhost'],
  auths: {
    emailPassword: true,
    magicURL: true,
    emailOTP: true,
    phone: true,
    anonymous: true,
    jwt: true,
    invalidateSessions: true,
    maxSessions: 10,
    duration: 31_536_000,
    passwordHistory: 0,
    passwordDictionary: false,
    personalDataCheck: false,
    sessionAlerts: false,
  },
  smtp: true,
  sms: true,
  rateLimits: true,
  logs: true,
  oauthProviders: ['github', 'google'],
};
