import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assignSlugs } from '../../../../src/lib/ingest/assign-slugs.ts';
import { titleToKey } from '../../../../src/lib/ingest/title-to-key.ts';
import { titleToSlug } from '../../../../src/lib/ingest/title-to-slug.ts';
import { slugPattern } from '../../../../src/lib/paper-schema.ts';

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
    expect([...assignSlugs([paper('Graph Rewiring: A Study')]).values()]).toEqual(['graph-rewiring-a-study']);
  });

  test('tells two papers with one slug apart by a hash, whatever their order', () => {
    const a = paper('Café Models');
    const b = paper('Cafe Models');
    const forward = assignSlugs([a, b]);
    expect(forward).toEqual(assignSlugs([b, a]));
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
    const alone = assignSlugs([paper(title)]).get(titleToKey(title));
    const together = assignSlugs([paper(newcomer), paper(title)]);
    expect(together.get(titleToKey(title))).toBe(alone);
    expect(new Set(together.values()).size).toBe(2);
    expect(alone?.length).toBeLessThanOrEqual(80);
  });

  test('gives titles without ASCII letters a hashed slug', () => {
    expect(assignSlugs([paper('深度学习')]).get(titleToKey('深度学习'))).toMatch(/^paper-[0-9a-f]{6}$/);
  });
});
