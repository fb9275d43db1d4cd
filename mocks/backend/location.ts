/**
 * Country for an IP. The mock has no GeoIP database: loopback and private addresses are `--` /
 * `Unknown` as on a real server; the documentation ranges used by the demo seed map to countries.
 */
import type { Location } from './state.ts';

const DEMO_RANGES: [prefix: string, code: string, name: string][] = [
  ['192.0.2.', 'de', 'Germany'],
  ['198.51.100.', 'us', 'United States'],
  ['203.0.113.', 'jp', 'Japan'],
  ['2001:db8:1:', 'br', 'Brazil'],
  ['2001:db8:2:', 'in', 'India'],
  ['2001:db8:3:', 'fr', 'France'],
];

export function locate(ip: string): Location {
  const match = DEMO_RANGES.find(([prefix]) => ip.startsWith(prefix));
  return match ? { ip, countryCode: match[1], countryName: match[2] } : { ip, countryCode: '--', countryName: 'Unknown' };
}
