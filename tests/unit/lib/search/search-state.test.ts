import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { excerptToSegments } from '../../../../src/lib/search/excerpt-to-segments.ts';
import { MAX_QUERY_LENGTH, normaliseQuery } from '../../../../src/lib/search/normalise-query.ts';
import {
  isActiveSearch,
  oldestFirst,
  paramsToSearchState,
  searchStateToPagefindFilters,
  searchStateToParams,
  type SearchState,
} from '../../../../src/lib/search/search-state.ts';

describe('search state in the URL', () => {
  test('reads the query, repeated filter values and the order', () => {
    const state = paramsToSearchState(new URLSearchParams('q=+diffusion+&topic=B&topic=A&year=2024&sort=upvotes'));
    expect(state).toEqual({ q: 'diffusion', filters: { topic: ['A', 'B'], year: ['2024'], collection: [] }, sort: 'upvotes' });
  });

  test('falls back to best match for an unknown order and ignores empty values', () => {
    expect(paramsToSearchState(new URLSearchParams('sort=sideways&topic='))).toEqual({
      q: '',
      filters: { topic: [], year: [], collection: [] },
      sort: 'relevance',
    });
  });

  test('writes only what is set, so the empty search is the bare page', () => {
    expect(searchStateToParams(paramsToSearchState(new URLSearchParams(''))).toString()).toBe('');
  });

  test('round-trips any state through the query string', () => {
    const values = fc.uniqueArray(
      fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== ''),
      { maxLength: 4 },
    );
    const state = fc.record({
      q: fc.string({ maxLength: 20 }).map((s) => s.trim()),
      filters: fc.record({ topic: values, year: values, collection: values }),
      sort: fc.constantFrom('relevance', 'newest', 'oldest', 'upvotes'),
    });
    fc.assert(
      fc.property(state, (s) => {
        const sorted: SearchState = {
          ...s,
          filters: { topic: [...s.filters.topic].sort(), year: [...s.filters.year].sort(), collection: [...s.filters.collection].sort() },
        };
        expect(paramsToSearchState(new URLSearchParams(searchStateToParams(sorted).toString()))).toEqual(sorted);
      }),
    );
  });

  test('gives Pagefind only the groups with chosen values, as alternatives', () => {
    const state = paramsToSearchState(new URLSearchParams('topic=A&topic=B'));
    expect(searchStateToPagefindFilters(state)).toEqual({ topic: { any: ['A', 'B'] } });
    expect(isActiveSearch(state)).toBe(true);
    expect(isActiveSearch(paramsToSearchState(new URLSearchParams('sort=newest')))).toBe(false);
  });
});

describe('excerptToSegments', () => {
  test('splits marked terms from plain text and decodes entities', () => {
    expect(excerptToSegments('a &lt;script&gt; and <mark>mutual</mark> &amp; <mark>information</mark>.')).toEqual([
      { text: 'a <script> and ', mark: false },
      { text: 'mutual', mark: true },
      { text: ' & ', mark: false },
      { text: 'information', mark: true },
      { text: '.', mark: false },
    ]);
  });

  test('keeps any other tag as literal text', () => {
    expect(excerptToSegments('<img src=x onerror=alert(1)>')).toEqual([{ text: '<img src=x onerror=alert(1)>', mark: false }]);
  });
});

describe('normaliseQuery', () => {
  test.each([
    ['R^2AG: Incorporating Retrieval', 'R2AG: Incorporating Retrieval'],
    ['with $f$-Divergence', 'with f-Divergence'],
    ['mathcal{O}(sqrt T)', 'mathcalO(sqrt T)'],
    ['Confinement in (3+1)d', 'Confinement in (31)d'],
    ['$N_f=3$ flavours, |V_{cb}|', 'N_f3 flavours, V_cb'],
    ['  many   spaces ', 'many spaces'],
  ])('turns %j into %j, as the index spells it', (query, normalised) => {
    expect(normaliseQuery(query)).toBe(normalised);
  });

  test('hands Pagefind at most MAX_QUERY_LENGTH characters of a pasted page', () => {
    const pasted = 'diffusion '.repeat(3_000);
    expect(normaliseQuery(pasted).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(normaliseQuery(pasted).startsWith('diffusion diffusion')).toBe(true);
  });
});

describe('oldestFirst', () => {
  test('reverses the dated papers of a newest-first order and keeps the undated last', () => {
    expect(oldestFirst(['2024', '2023', '2023b', '2021', 'undated1', 'undated2'], 4)).toEqual([
      '2021',
      '2023b',
      '2023',
      '2024',
      'undated1',
      'undated2',
    ]);
  });

  test('keeps every result, once', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer()), fc.nat(), (ids, dated) => {
        expect([...oldestFirst(ids, Math.min(dated, ids.length))].sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
      }),
    );
  });
});
