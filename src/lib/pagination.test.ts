import { describe, expect, it } from 'vitest';
import { clampPage, offsetFor, pageCount, pageRange, parsePageParams } from './pagination.ts';

describe('pagination maths', () => {
  it('counts pages, at least one', () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(25, 25)).toBe(1);
    expect(pageCount(26, 25)).toBe(2);
    expect(pageCount(100_000, 100)).toBe(1000);
  });

  it('maps pages to offsets', () => {
    expect(offsetFor(1, 25)).toBe(0);
    expect(offsetFor(3, 25)).toBe(50);
    expect(offsetFor(0, 25)).toBe(0);
  });

  it('gives the item range of a page', () => {
    expect(pageRange(3, 25, 342)).toEqual({ first: 51, last: 75 });
    expect(pageRange(14, 25, 342)).toEqual({ first: 326, last: 342 });
    expect(pageRange(1, 25, 0)).toEqual({ first: 0, last: 0 });
  });

  it('clamps pages into the log', () => {
    expect(clampPage(99, 342, 25)).toBe(14);
    expect(clampPage(-3, 342, 25)).toBe(1);
    expect(clampPage(2.7, 342, 25)).toBe(2);
    expect(clampPage(Number.NaN, 342, 25)).toBe(1);
  });

  it('reads ?page & limit safely', () => {
    expect(parsePageParams(new URLSearchParams('page=3&limit=50'))).toEqual({ page: 3, limit: 50 });
    expect(parsePageParams(new URLSearchParams('page=x&limit=7'))).toEqual({ page: 1, limit: 25 });
    expect(parsePageParams(new URLSearchParams('page=0&limit=100'))).toEqual({ page: 1, limit: 100 });
    expect(parsePageParams(new URLSearchParams(''))).toEqual({ page: 1, limit: 25 });
  });
});

describe('pagination maths: edges', () => {
  it('a single item is one page; one more than a page is two', () => {
    expect(pageCount(1, 25)).toBe(1);
    expect(pageCount(101, 100)).toBe(2);
  });

  it('the last page ends at the total; a page past the end starts no later than the total', () => {
    expect(pageRange(1, 10, 10)).toEqual({ first: 1, last: 10 });
    expect(pageRange(2, 10, 11)).toEqual({ first: 11, last: 11 });
    expect(pageRange(5, 10, 11)).toEqual({ first: 11, last: 11 });
    expect(pageRange(0, 10, 11)).toEqual({ first: 1, last: 10 });
  });

  it('clamps into an empty log and keeps a page that exists', () => {
    expect(clampPage(3, 0, 25)).toBe(1);
    expect(clampPage(14, 342, 25)).toBe(14);
    expect(clampPage(1, 342, 25)).toBe(1);
  });

  it('takes only integer pages from 1 and the listed page sizes', () => {
    expect(parsePageParams(new URLSearchParams('page=2.5&limit=10'))).toEqual({ page: 1, limit: 10 });
    expect(parsePageParams(new URLSearchParams('page=-1&limit=-10'))).toEqual({ page: 1, limit: 25 });
    expect(parsePageParams(new URLSearchParams('page=1&limit=1000'))).toEqual({ page: 1, limit: 25 });
    expect(parsePageParams(new URLSearchParams('page=7'), 100)).toEqual({ page: 7, limit: 100 });
  });
});

