import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  compileTaxonomy,
  paperToTopics,
  phraseCount,
  phraseToRegExp,
  TITLE_PHRASE_SCORE,
} from '../../../../src/lib/topics/assign-topics.ts';
import { textToTaxonomy } from '../../../../src/lib/topics/text-to-taxonomy.ts';
import type { Taxonomy } from '../../../../src/lib/topics/taxonomy-schema.ts';

const matches = (phrase: string, text: string): boolean => text.search(phraseToRegExp(phrase)) !== -1;

describe('phraseToRegExp', () => {
  test.each([
    ['FL', 'We study FL with many clients', true],
    ['FL', 'a fl dataset', false],
    ['FL', 'normalizing flows', false],
    ['GAN', 'two GANs compete', true],
    ['GAN', 'the game began', false],
  ])('matches acronym %s case-sensitively and as a whole word in "%s": %s', (phrase, text, expected) => {
    expect(matches(phrase, text)).toBe(expected);
  });

  test.each([
    ['federated learning', 'FEDERATED LEARNING at scale'],
    ['client', 'many clients'],
    ['bias', 'dataset biases'],
    ['self-supervised', 'self supervised pretraining'],
    ['classifier free guidance', 'classifier-free guidance'],
    ['diffus*', 'a diffusion process'],
    ['diffus*', 'Where to Diffuse'],
  ])('matches "%s" in "%s" (case, plural, hyphen/space or wildcard)', (phrase, text) => {
    expect(matches(phrase, text)).toBe(true);
  });

  test.each([
    ['graph', 'a hypergraph'],
    ['prune', 'unpruned weights'],
    ['diffus*', 'confusion'],
    ['MI', 'MINE estimates'],
  ])('does not match "%s" inside another word in "%s"', (phrase, text) => {
    expect(matches(phrase, text)).toBe(false);
  });

  test('treats regular-expression characters in a phrase literally', () => {
    expect(matches('CFG++', 'we propose CFG++ today')).toBe(true);
    expect(matches('a.b', 'axb')).toBe(false);
  });

  test('counts every occurrence, so the abstract cap can apply', () => {
    expect('FL and FL and FL and FL'.match(phraseToRegExp('FL'))).toHaveLength(4);
  });
});

describe('phraseCount', () => {
  // Topics are assigned by matching words, not by running every pattern over every abstract: the two must agree.
  const words = [
    'fl',
    'FL',
    'net',
    'nets',
    'Net',
    'network',
    'networks',
    'GAN',
    'GANs',
    'gan',
    'diffus',
    'diffusion',
    'class',
    'classes',
    'über',
    'Ünet',
    'x2',
  ];
  const separators = [' ', '-', ' - ', '  ', ', ', '.', '\n', '', 'é', '—', '+'];
  const phrase = fc
    .tuple(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }), fc.constantFrom(' ', '-'), fc.boolean())
    .map(([parts, join, wildcard]) => `${parts.join(join)}${wildcard ? '*' : ''}`);
  const text = fc
    .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), { maxLength: 30 })
    .map((parts) => parts.map(([word, separator]) => `${word}${separator}`).join(''));

  test('counts a phrase of plain words exactly as often as its pattern matches, without overlaps', () => {
    fc.assert(
      fc.property(phrase, text, (p, t) => {
        expect(phraseCount(p, t)).toBe(t.match(phraseToRegExp(p))?.length ?? 0);
      }),
      { numRuns: 3000 },
    );
  });

  test.each([
    ['neural network', 'Neural networks, neural-network and neural  network; neural.network', 3],
    ['GAN', 'GANs and GAN but not gan or GANS', 2],
    ['diffus*', 'diffusion, Diffuse, confusion and diffus', 3],
    ['CFG++', 'CFG++ beats CFG and CFG++', 2],
    ['net net', 'net net net net net', 2],
  ])('counts "%s" in "%s" %d times', (p, t, expected) => {
    expect(phraseCount(p, t)).toBe(expected);
  });
});

const tiny: Taxonomy = {
  catchAll: { slug: 'other', name: 'Other', description: 'Nothing matched.' },
  topics: [
    { slug: 'alpha', name: 'Alpha', description: 'A.', phrases: ['alpha'] },
    { slug: 'beta', name: 'Beta', description: 'B.', phrases: ['beta'] },
    { slug: 'gamma', name: 'Gamma', description: 'C.', phrases: ['gamma'] },
    { slug: 'delta', name: 'Delta', description: 'D.', phrases: ['delta'] },
  ],
};
const compiledTiny = compileTaxonomy(tiny);
const topicsOf = (title: string, abstract = ''): string[] => paperToTopics({ title, abstract }, compiledTiny);

describe('paperToTopics with a small taxonomy', () => {
  test('gives the catch-all to a paper no phrase matches', () => {
    expect(topicsOf('Nothing here', 'Nor here.')).toEqual(['other']);
  });

  test('gives the catch-all when the only evidence is one abstract mention', () => {
    expect(topicsOf('Nothing here', 'One alpha only.')).toEqual(['other']);
  });

  test('assigns a topic from two abstract mentions', () => {
    expect(topicsOf('Nothing here', 'alpha and alpha again')).toEqual(['alpha']);
  });

  test('assigns a topic from a single title mention', () => {
    expect(TITLE_PHRASE_SCORE).toBeGreaterThanOrEqual(2);
    expect(topicsOf('On alpha')).toEqual(['alpha']);
  });

  test('ranks a title match above a topic mentioned twice in the abstract', () => {
    expect(topicsOf('On beta', 'alpha then alpha')).toEqual(['beta', 'alpha']);
  });

  test('caps the abstract occurrences of one phrase at three', () => {
    // beta: 5 mentions count as 3; alpha: title 3 + 1 = 4 outranks it.
    expect(topicsOf('alpha', 'alpha beta beta beta beta beta')).toEqual(['alpha', 'beta']);
  });

  test('drops a secondary topic below 40% of the strongest score', () => {
    // alpha: 3 + 3 = 6; beta: 2 < 0.4 * 6.
    expect(topicsOf('alpha', 'alpha alpha alpha beta beta')).toEqual(['alpha']);
  });

  test('gives at most three topics, strongest first', () => {
    expect(topicsOf('alpha beta gamma delta', 'delta')).toEqual(['delta', 'alpha', 'beta']);
  });

  test('breaks ties in taxonomy order', () => {
    expect(topicsOf('delta gamma beta')).toEqual(['beta', 'gamma', 'delta']);
  });
});

const taxonomyPath = new URL('../../../../content/topics.yaml', import.meta.url);
const parsed = textToTaxonomy('content/topics.yaml', readFileSync(taxonomyPath, 'utf8'));
if (!parsed.ok) throw new Error(parsed.message);
const taxonomy = parsed.taxonomy;
const compiled = compileTaxonomy(taxonomy);
const realTopics = (paper: { title: string; abstract: string }): string[] => paperToTopics(paper, compiled);

// Real titles and the opening of their abstracts, from content/dumps.
const federated = [
  {
    title: 'Federated Loss Exploration for Improved Convergence on Non-IID Data',
    abstract:
      'Federated learning (FL) has emerged as a groundbreaking paradigm in machine learning (ML), offering privacy-preserving collaborative model training across diverse datasets. Despite its promise, FL faces significant hurdles in non-identically and independently distributed (non-IID) data scenarios, where most existing methods often struggle with data heterogeneity and lack robustness in performance.',
  },
  {
    title: 'Inverse Distance Aggregation for Federated Learning with Non-IID Data',
    abstract:
      'Federated learning (FL) has been a promising approach in the field of medical imaging in recent years. A critical problem in FL, specifically in medical scenarios is to have a more accurate shared model which is robust to noisy and out-of distribution clients.',
  },
  {
    title: 'Tackling Data Heterogeneity in Federated Learning via Loss Decomposition',
    abstract:
      'Federated Learning (FL) is a rising approach towards collaborative and privacy-preserving machine learning where large-scale medical datasets remain localized to each client. However, the issue of data heterogeneity among clients often compels local models to diverge, leading to suboptimal global models.',
  },
  {
    title: 'FedImpro: Measuring and Improving Client Update in Federated Learning',
    abstract:
      'Federated Learning (FL) models often experience client drift caused by heterogeneous data, where the distribution of data differs across clients. To address this issue, advanced research primarily focuses on manipulating the existing gradients to achieve more consistent client models.',
  },
];

const guidance = [
  {
    title: 'Analysis of Classifier-Free Guidance Weight Schedulers',
    abstract:
      'Classifier-Free Guidance (CFG) enhances the quality and condition adherence of text-to-image diffusion models. It operates by combining the conditional and unconditional predictions using a fixed weight.',
  },
  {
    title: 'Classifier-Free Guidance is a Predictor-Corrector',
    abstract:
      'We investigate the theoretical foundations of classifier-free guidance (CFG). CFG is the dominant method of conditional sampling for text-to-image diffusion models, yet unlike other aspects of diffusion, it remains on shaky theoretical footing.',
  },
  {
    title: 'No Training, No Problem: Rethinking Classifier-Free Guidance for Diffusion Models',
    abstract:
      'Classifier-free guidance (CFG) has become the standard method for enhancing the quality of conditional diffusion models. However, employing CFG requires either training an unconditional model alongside the main diffusion model or modifying the training procedure by periodically inserting a null condition.',
  },
  {
    title: 'Eliminating Oversaturation and Artifacts of High Guidance Scales in Diffusion Models',
    abstract:
      'Classifier-free guidance (CFG) is crucial for improving both generation quality and alignment between the input condition and final output in diffusion models. While a high guidance scale is generally required to enhance these aspects, it also causes oversaturation and unrealistic artifacts.',
  },
  {
    title: 'Visual Generation Without Guidance',
    abstract:
      'Classifier-Free Guidance (CFG) has been a default technique in various visual generative models, yet it requires inference from both conditional and unconditional models during sampling. We propose to build visual models that are free from guided sampling.',
  },
];

const diffusionSampling = [
  {
    title: 'On Accelerating Diffusion-Based Sampling Process via Improved Integration Approximation',
    abstract:
      'A popular approach to sample a diffusion-based generative model is to solve an ordinary differential equation (ODE). In existing samplers, the coefficients of the ODE solvers are pre-determined by the ODE formulation, the reverse discrete timesteps, and the employed ODE methods.',
  },
  {
    title: 'Alleviating Exposure Bias in Diffusion Models through Sampling with Shifted Time Steps',
    abstract:
      'Diffusion Probabilistic Models (DPM) have shown remarkable efficacy in the synthesis of high-quality images. However, their inference process characteristically requires numerous, potentially hundreds, of iterative steps, which could exaggerate the problem of exposure bias due to the training and inference discrepancy.',
  },
];

const others = {
  mutualInformation: {
    title: 'MINE: Mutual Information Neural Estimation',
    abstract:
      'We argue that the estimation of mutual information between high dimensional continuous random variables can be achieved by gradient descent over neural networks. We present a Mutual Information Neural Estimator (MINE) that is linearly scalable in dimensionality as well as in sample size, trainable through back-prop, and strongly consistent.',
  },
  rlhf: {
    title: 'Provably Mitigating Overoptimization in RLHF: Your SFT Loss is Implicitly an Adversarial Regularizer',
    abstract:
      'Aligning generative models with human preference via RLHF typically suffers from overoptimization, where an imperfectly learned reward model can misguide the generative model to output undesired responses. We investigate this problem in a principled manner by identifying the source of the misalignment as a form of distributional shift and uncertainty in learning human preferences.',
  },
  graph: {
    title: 'On Over-Squashing in Message Passing Neural Networks: The Impact of Width, Depth, and Topology',
    abstract:
      'Message Passing Neural Networks (MPNNs) are instances of Graph Neural Networks that leverage the graph to send messages over the edges. This inductive bias leads to a phenomenon known as over-squashing, where a node feature is insensitive to information contained at distant nodes.',
  },
};

describe('the default taxonomy in content/topics.yaml', () => {
  test('has between 12 and 40 topics with unique slugs and a catch-all named other', () => {
    expect(taxonomy.topics.length).toBeGreaterThanOrEqual(12);
    expect(taxonomy.topics.length).toBeLessThanOrEqual(40);
    expect(taxonomy.catchAll.slug).toBe('other');
    expect(new Set(taxonomy.topics.map((t) => t.slug)).size).toBe(taxonomy.topics.length);
  });

  test('uses no over-generic phrase that would spray topics everywhere', () => {
    const generic = new Set(['model', 'learning', 'neural network', 'data', 'deep learning', 'training', 'method']);
    const phrases = taxonomy.topics.flatMap((t) => t.phrases.map((p) => p.toLowerCase()));
    expect(phrases.filter((p) => generic.has(p))).toEqual([]);
  });

  test.each(federated)('files the federated-learning paper "$title" first under federated learning', (paper) => {
    expect(realTopics(paper)[0]).toBe('federated-learning');
  });

  test.each(guidance)('files the classifier-free-guidance paper "$title" under diffusion guidance', (paper) => {
    expect(realTopics(paper)).toContain('diffusion-guidance');
  });

  test.each(diffusionSampling)('files the diffusion-sampling paper "$title" under diffusion models', (paper) => {
    expect(realTopics(paper)).toContain('diffusion-models');
  });

  const pairs = federated.flatMap((fl) => diffusionSampling.map((ds) => [fl.title, ds.title, fl, ds] as const));
  test.each(pairs)('gives the federated-learning paper "%s" and the diffusion-sampling paper "%s" no common topic', (_a, _b, fl, ds) => {
    const shared = realTopics(fl).filter((t) => realTopics(ds).includes(t));
    expect(shared).toEqual([]);
  });

  test.each([
    ['a mutual-information estimator', others.mutualInformation, 'information-theory'],
    ['an RLHF paper', others.rlhf, 'llm-alignment'],
    ['a message-passing GNN paper', others.graph, 'graph-learning'],
  ])('files %s under its own area first', (_what, paper, slug) => {
    expect(realTopics(paper)[0]).toBe(slug);
  });

  test('keeps the RLHF paper and the federated-learning papers apart', () => {
    for (const fl of federated) expect(realTopics(fl).filter((t) => realTopics(others.rlhf).includes(t))).toEqual([]);
  });

  test('does not mistake "FL" inside words such as "flow" for federated learning', () => {
    const paper = {
      title: 'FlashAudio: Rectified Flows for Fast Text-to-Audio Generation',
      abstract: 'Rectified flow models with few sampling steps.',
    };
    expect(realTopics(paper)).not.toContain('federated-learning');
  });

  test('gives the catch-all to a paper outside every area', () => {
    expect(
      realTopics({
        title: 'A note on bread baking',
        abstract: 'We bake bread and describe the crust.',
      }),
    ).toEqual(['other']);
  });
});
