/**
 * Appwrite's models that SDK 28 no longer types (contract §3.4): the log row of `GET /account/logs`
 * and the device fields that sessions and log rows share. The mock builds them; the app reads them.
 */
export interface DeviceFields {
  osCode: string;
  osName: string;
  osVersion: string;
  clientType: string;
  clientCode: string;
  clientName: string;
  clientVersion: string;
  clientEngine: string;
  clientEngineVersion: string;
  deviceName: string;
  deviceBrand: string;
  deviceModel: string;
}

/** One row of the security log (Appwrite 1.9.6). `time` is ISO 8601. */
export interface LogModel extends DeviceFields {
  event: string;
  userId: string;
  userEmail: string;
  userName: string;
  mode: string;
  userType: string;
  ip: string;
  time: string;
  countryCode: string;
  countryName: string;
}
