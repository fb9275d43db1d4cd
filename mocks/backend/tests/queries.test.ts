import { describe, expect, it } from 'vitest';
import { LIMIT_OFFSET, limitAndOffset, parseQueries } from '../queries.ts';

const q = (value: unknown) => JSON.stringify(value);

describe('parseQueries', () => {
  it('reads limit and offset, keeping an attribute only when it is a string', () => {
    expect(parseQueries([q({ method: 'limit', values: [10] }), q({ method: 'offset', values: [0], attribute: 'x' })], LIMIT_OFFSET)).toEqual([
      { method: 'limit', values: [10] },
      { method: 'offset', values: [0], attribute: 'x' },
    ]);
    expect(parseQueries([q({ method: 'limit', values: [1], attribute: 7 })], LIMIT_OFFSET)).toEqual([{ method: 'limit', values: [1] }]);
    expect(parseQueries(undefined, LIMIT_OFFSET)).toEqual([]);
    expect(parseQueries([], LIMIT_OFFSET)).toEqual([]);
  });

  it.each([
    ['not an array', 'x', 'Invalid `queries` param: Value must a valid array and Value must be a valid string'],
    ['a non-string item', [{ method: 'limit', values: [1] }], 'Invalid `queries` param: Invalid query: [object Object]'],
    ['a list holding a query', [[q({ method: 'limit', values: [1] })]], `Invalid \`queries\` param: Invalid query: ${q({ method: 'limit', values: [1] })}`],
    ['a number', [5], 'Invalid `queries` param: Invalid query: 5'],
    ['unparsable JSON', ['{nope'], 'Invalid `queries` param: Invalid query: {nope'],
    ['JSON null', ['null'], 'Invalid `queries` param: Invalid query: null'],
    ['a JSON array', ['[1]'], 'Invalid `queries` param: Invalid query: [1]'],
    ['no method', [q({ values: [1] })], `Invalid \`queries\` param: Invalid query: ${q({ values: [1] })}`],
    ['values not a list', [q({ method: 'limit', values: 1 })], `Invalid \`queries\` param: Invalid query: ${q({ method: 'limit', values: 1 })}`],
    ['a method the route does not allow', [q({ method: 'equal', values: ['a'] })], 'Invalid `queries` param: Invalid query method: equal'],
    ['an inherited name as method', [q({ method: 'toString', values: [] })], 'Invalid `queries` param: Invalid query method: toString'],
    ['limit 0', [q({ method: 'limit', values: [0] })], 'Invalid `queries` param: Invalid limit query: [0]'],
    ['offset -1', [q({ method: 'offset', values: [-1] })], 'Invalid `queries` param: Invalid offset query: [-1]'],
    ['a fractional limit', [q({ method: 'limit', values: [2.5] })], 'Invalid `queries` param: Invalid limit query: [2.5]'],
    ['a limit as text', [q({ method: 'limit', values: ['5'] })], 'Invalid `queries` param: Invalid limit query: ["5"]'],
    ['two values', [q({ method: 'limit', values: [5, 6] })], 'Invalid `queries` param: Invalid limit query: [5,6]'],
    ['no value', [q({ method: 'offset', values: [] })], 'Invalid `queries` param: Invalid offset query: []'],
  ])('refuses %s with a 400 naming it', (_, raw, message) => {
    expect(() => parseQueries(raw, LIMIT_OFFSET)).toThrow(expect.objectContaining({ status: 400, type: 'general_argument_invalid', message }));
  });

  it('accepts the smallest limit (1) and offset (0)', () => {
    expect(parseQueries([q({ method: 'limit', values: [1] }), q({ method: 'offset', values: [0] })], LIMIT_OFFSET)).toHaveLength(2);
  });
});

describe('limitAndOffset', () => {
  it('defaults to 25 from 0, takes the last of each, and ignores other methods', () => {
    expect(limitAndOffset([])).toEqual({ limit: 25, offset: 0 });
    expect(limitAndOffset([], 10)).toEqual({ limit: 10, offset: 0 });
    expect(
      limitAndOffset([
        { method: 'limit', values: [5] },
        { method: 'offset', values: [50] },
        { method: 'limit', values: [7] },
        { method: 'equal', values: [99] },
      ]),
    ).toEqual({ limit: 7, offset: 50 });
  });
});
