import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assignSlugs } from '../../../../src/lib/ingest/assign-slugs.ts';
import { titleToKey } from '../../../../src/lib/ingest/title-to-key.ts';
import { titleToSlug } from '../../../../src/lib/paper/title-to-slug.ts';
import { slugPattern } from '../../../../src/lib/paper/paper-schema.ts';

describe('titleToSlug', () => {
  test.each([
    ['MINE: Mutual Information Neural Estimation', 'mine-mutual-information-neural-estimation'],
    ['One-step Diffusion Models with $f$-Divergence', 'one-step-diffusion-models-with-f-divergence'],
    ['Café à la Mode', 'cafe-a-la-mode'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
    ['   ', ''],
  ])('slugs %j as %j', (title, slug) => {
    expect(titleToSlug(title)).toBe(slug);
  });

  test('cuts long titles at a word boundary within 80 characters', () => {
    const title = 'Tackling the Unlimited Staleness in Federated Learning with Intertwined Data and Device Heterogeneities';
    const slug = titleToSlug(title);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(`${titleToSlug(title, 1000)}-`.startsWith(`${slug}-`)).toBe(true);
  });

  test('always yields lowercase ASCII words joined by hyphens, at most 80 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (title) => {
        const slug = titleToSlug(title);
        expect(slug.length).toBeLessThanOrEqual(80);
        if (slug !== '') expect(slug).toMatch(slugPattern);
      }),
    );
  });
});

describe('assignSlugs', () => {
  const paper = (title: string): { key: string; title: string } => ({ key: titleToKey(title), title });

  test('gives a title its plain slug when the slug spells the whole title', () => {
    expect([...assignSlugs([paper('Graph Rewiring: A Study')]).slugs.values()]).toEqual(['graph-rewiring-a-study']);
  });

  test('tells two papers with one slug apart by a hash, whatever their order', () => {
    const a = paper('Café Models');
    const b = paper('Cafe Models');
    const forward = assignSlugs([a, b]).slugs;
    expect(forward).toEqual(assignSlugs([b, a]).slugs);
    expect(forward.get(b.key)).toBe('cafe-models');
    expect(forward.get(a.key)).toMatch(/^cafe-models-[0-9a-f]{6}$/);
  });

  test.each([
    ['an accented title', 'Café Society', 'Cafe Society'],
    [
      'a title cut at 80 characters',
      'Tackling the Unlimited Staleness in Federated Learning with Intertwined Data and Device Heterogeneities',
      'Tackling the Unlimited Staleness in Federated Learning with Intertwined Data and Device Heterogeneity Again',
    ],
  ])('never changes the slug of %s when a paper with the same slug arrives', (_name, title, newcomer) => {
    const alone = assignSlugs([paper(title)]).slugs.get(titleToKey(title));
    const together = assignSlugs([paper(newcomer), paper(title)]).slugs;
    expect(together.get(titleToKey(title))).toBe(alone);
    expect(new Set(together.values()).size).toBe(2);
    expect(alone?.length).toBeLessThanOrEqual(80);
  });

  test('gives titles without ASCII letters a hashed slug', () => {
    expect(assignSlugs([paper('深度学习')]).slugs.get(titleToKey('深度学习'))).toMatch(/^paper-[0-9a-f]{6}$/);
  });

  describe('two long titles that draw the same short slug', () => {
    // A shared 70-character beginning and the same 6-hex hash of the title key (found by search).
    const stem = 'Unbiased Recommender Learning from Missing-Not-At-Random Implicit Feedback with Propensity Estimation, Part';
    const first = paper(`${stem} 3374`);
    const second = paper(`${stem} 5606`);

    test('get different slugs instead of stopping the ingest, and the collision is reported', () => {
      const { slugs, collisions } = assignSlugs([second, first]);
      expect(slugs.get(first.key)).toBe('unbiased-recommender-learning-from-missing-not-at-random-implicit-405b46');
      expect(slugs.get(second.key)).toMatch(/^unbiased-recommender-learning-from-missing-not-at-random-implicit-[0-9a-f]{12}$/);
      expect(collisions).toEqual([
        { slug: slugs.get(first.key), kept: first.title, moved: [{ title: second.title, slug: slugs.get(second.key) }] },
      ]);
    });

    test('keep the slug each has alone when it sorts first, in any order of the dumps', () => {
      const alone = assignSlugs([first]).slugs.get(first.key);
      expect(assignSlugs([first, second]).slugs).toEqual(assignSlugs([second, first]).slugs);
      expect(assignSlugs([second, first]).slugs.get(first.key)).toBe(alone);
      expect(assignSlugs([second]).collisions).toEqual([]);
    });
  });
});
