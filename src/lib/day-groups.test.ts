import { describe, expect, it } from 'vitest';
import { dayHeading, dayIn, groupByDay } from './day-groups.ts';

const NOW = Date.parse('2026-11-29T10:00:00Z');

describe('day groups', () => {
  it('puts an instant on its calendar day in the user’s timezone', () => {
    expect(dayIn('2026-11-29T01:30:00Z', 'UTC')).toBe('2026-11-29');
    expect(dayIn('2026-11-29T01:30:00Z', 'America/New_York')).toBe('2026-11-28');
  });

  it('heads days as Today, Yesterday, a short date, or a date with its year', () => {
    expect(dayHeading('2026-11-29', 'en', 'UTC', NOW)).toBe('Today');
    expect(dayHeading('2026-11-28', 'en', 'UTC', NOW)).toBe('Yesterday');
    expect(dayHeading('2026-11-16', 'en', 'UTC', NOW)).toBe('Nov 16');
    expect(dayHeading('2025-12-31', 'en', 'UTC', NOW)).toBe('Dec 31, 2025');
    expect(dayHeading('2026-11-29', 'de', 'UTC', NOW)).toBe('Heute');
  });

  it('groups a newest-first list into runs of one day', () => {
    const times = ['2026-11-29T09:00:00Z', '2026-11-29T02:00:00Z', '2026-11-27T23:00:00Z'];
    expect(groupByDay(times, (x) => x, 'UTC').map((g) => [g.day, g.items.length])).toEqual([
      ['2026-11-29', 2],
      ['2026-11-27', 1],
    ]);
  });
});
