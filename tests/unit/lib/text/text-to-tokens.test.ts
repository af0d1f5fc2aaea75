import { describe, expect, test } from 'vitest';
import { textToTokens, wordToTerm } from '../../../../src/lib/text/text-to-tokens.ts';

/** The terms of a text in order, a compound's parts in parentheses. */
function summary(text: string): string[] {
  return textToTokens(text).map((t) => (t.part ? `(${t.term})` : t.term));
}

/** The runs of whole words (parts left out) that may form bigrams: a gap starts a new run. */
function runs(text: string): string[] {
  const out: string[][] = [];
  for (const token of textToTokens(text)) {
    if (token.part) continue;
    const last = out.at(-1);
    if (token.gap || last === undefined) out.push([token.term]);
    else last.push(token.term);
  }
  return out.map((run) => run.join(' '));
}

describe('wordToTerm', () => {
  test('stems a plain word of 64 characters, the longest that is a term', () => {
    expect(wordToTerm('b'.repeat(64))).toBe('b'.repeat(64));
  });

  test.each([
    ['LLMs', 'llm'],
    ['GANs', 'gan'],
    ['EBMs', 'ebm'],
    ['IDs', 'id'],
    ['LLM', 'llm'],
    ['LoRA', 'lora'],
    ['ImageNet', 'imagenet'],
    ['OptoPrime', 'optoprime'],
    ['TeV', 'tev'],
    ['3D', '3d'],
    ['GPT-4o', 'gpt-4o'],
    ['Qwen2.5', 'qwen2.5'],
    ['R^2AG', 'r^2ag'],
    ['C++', 'c++'],
  ])('keeps the acronym or name %j whole as %j (a plural s dropped)', (word, term) => {
    expect(wordToTerm(word)).toBe(term);
  });

  test.each([
    ['federated', 'feder'],
    ['Federated', 'feder'],
    ['models', 'model'],
    ['learning', 'learn'],
    ['distributions', 'distribut'],
    ['Transformer', 'transform'],
  ])('stems the plain word %j to %j', (word, term) => {
    expect(wordToTerm(word)).toBe(term);
  });

  test.each([
    ['a function word', 'the'],
    ['a capitalised function word', 'Is'],
    ['research boilerplate', 'propose'],
    ['research boilerplate', 'novel'],
    ['a lone letter', 'x'],
    ['a year', '2025'],
    ['a decimal', '13.6'],
    ['a word longer than 64 characters', 'a'.repeat(65)],
  ])('drops %s (%j)', (_kind, word) => {
    expect(wordToTerm(word)).toBeUndefined();
  });
});

describe('textToTokens', () => {
  // Real phrases from content/dumps and /work/shared/corpora.
  test.each([
    [
      'an acronym with a plural s',
      'The rise of large language models (LLMs) has significantly influenced',
      ['rise', 'larg', 'languag', 'model', 'llm', 'influenc'],
    ],
    [
      'plural acronyms',
      'between EBMs and other generative frameworks like GANs and diffusion models',
      ['ebm', 'generat', 'gan', 'diffus', 'model'],
    ],
    [
      'a name with a digit, and its letter part',
      'stronger models like GPT-4 show robust performance',
      ['stronger', 'model', 'gpt-4', '(gpt)', 'robust', 'perform'],
    ],
    [
      'names with digits inside compounds',
      'Echo-4o: Harnessing the Power of GPT-4o Synthetic Images',
      ['echo-4o', '(echo)', '(4o)', 'har', 'power', 'gpt-4o', '(gpt)', '(4o)', 'synthet', 'imag'],
    ],
    ['a name joined by a caret', 'R^2AG: Incorporating Retrieval Information', ['r^2ag', 'incorpor', 'retriev', 'inform']],
    ['a digit and a capital', 'We conduct experiments using a 3D molecular generation model', ['3d', 'molecular', 'generat', 'model']],
    [
      'a prefixed compound: its part without the prefix',
      'irrespective of network topology or non-IID data distributions',
      ['irrespect', 'network', 'topolog', 'non-iid', '(iid)', 'data', 'distribut'],
    ],
    [
      'a multi- compound',
      'cooperative multi-agent reinforcement learning (c-MARL)',
      ['cooper', 'multi-agent', '(agent)', 'reinforc', 'learn', 'c-marl', '(marl)'],
    ],
    [
      'a compound with both parts',
      'Low-Rank Adaptation (LoRA) is particularly effective',
      ['low-rank', '(low)', '(rank)', 'adapt', 'lora', 'particular'],
    ],
    [
      'a compound with a stop word inside',
      'MIGA: Mixture-of-Experts with Group Aggregation for Stock Market',
      ['miga', 'mixture-of-expert', '(mixtur)', '(expert)', 'group', 'aggreg', 'stock', 'market'],
    ],
    [
      'an X-based modifier as X, and a boilerplate compound dropped',
      'we develop a general-purpose LLM-based optimizer called OptoPrime',
      ['develop', 'llm', 'optim', 'call', 'optoprime'],
    ],
    [
      'a token-level modifier as its first part',
      'token-level methods often disrupt syntactic and logical',
      ['token', 'disrupt', 'syntact', 'logic'],
    ],
    ['momentum-based as momentum', 'momentum-based GD (e.g. SGD or Adam)', ['momentum', 'gd', 'sgd', 'adam']],
    ['state-of-the-art dropped with its parts', 'obtaining state-of-the-art performance in applications', ['obtain', 'perform', 'applic']],
    ['trade-offs dropped with its parts', 'fairness trade-offs in federated learning (FL)', ['fair', 'feder', 'learn', 'fl']],
    ['only boilerplate', 'To address this issue, we propose a novel', ['issu']],
    [
      'TeX commands, lone letters and decimals',
      'Using $pp$ collision data at $\\sqrt{s} = 13.6$ TeV collected during LHC Run',
      ['pp', 'collis', 'data', 'tev', 'collect', 'dure', 'lhc', 'run'],
    ],
    ['TeX commands in a formula', 'linear functionals $\\int_{\\mathbb{R}^+} G(\\omega) \\rho(\\omega)$', ['linear', 'function']],
    ['a TeX font command around a letter', 'realization in ${\\mathbb R}^2$ are reviewed', ['realiz', 'review']],
  ])('tokenizes %s: %j', (_quirk, text, terms) => {
    expect(summary(text)).toEqual(terms);
  });

  test('keeps each token as the text wrote it', () => {
    expect(textToTokens('models (LLMs) on non-IID data').map((t) => t.surface)).toEqual(['models', 'LLMs', 'non-IID', 'IID', 'data']);
  });

  test('reads a Unicode hyphen as a hyphen', () => {
    expect(textToTokens('non\u2010IID data')).toEqual(textToTokens('non-IID data'));
  });

  test('marks the parts of a compound, and only them, as parts that start a gap', () => {
    const tokens = textToTokens('Low-Rank Adaptation');
    expect(tokens.map((t) => [t.term, t.part, t.gap])).toEqual([
      ['low-rank', false, true],
      ['low', true, true],
      ['rank', true, true],
      ['adapt', false, false],
    ]);
  });

  test.each([
    [
      'punctuation and stop words',
      'fairness trade-offs in federated learning (FL) with respect to sensitive attributes',
      ['fair', 'feder learn', 'fl', 'respect', 'sensit attribut'],
    ],
    [
      'a sentence end and a number',
      'whose target space is the $2$d fermionic black hole. Leveraging this duality, we obtain',
      ['target space', 'fermion black hole', 'dualiti'],
    ],
    [
      'a dropped TeX command and a decimal, not dollars',
      'Using $pp$ collision data at $\\sqrt{s} = 13.6$ TeV collected',
      ['pp collis data', 'tev collect'],
    ],
    [
      'parentheses, but not a compound',
      'irrespective of network topology or non-IID data distributions',
      ['irrespect', 'network topolog', 'non-iid data distribut'],
    ],
    [
      'parentheses and stop words',
      'Federated Learning (FL) models often experience client drift caused by heterogeneous data',
      ['feder learn', 'fl', 'model', 'experi client drift caus', 'heterogen data'],
    ],
  ])('breaks bigram runs at %s', (_what, text, expected) => {
    expect(runs(text)).toEqual(expected);
  });

  test.each([
    ['the first word of the text', 'Federated Learning (FL) models often experience client drift', ['feder']],
    ['a word after a full stop', 'a fermionic black hole. Black holes radiate', ['black']],
    ['a word after a colon', 'R^2AG: Incorporating Retrieval Information', ['r^2ag', 'incorpor']],
    ['a word after a question mark', 'Do LLMs reason? Models say no', ['model']],
    ['no word after a leading stop word', 'The Transformer architecture', []],
    ['no word after a comma or a bracket', 'diffusion, Transformer (ViT) models', ['diffus']],
    ['no word after "e.g." or "et al."', 'momentum-based GD (e.g. SGD or Adam), as Smith et al. Bayesian', ['momentum']],
  ])('marks as sentence-initial %s', (_where, text, initial) => {
    expect(
      textToTokens(text)
        .filter((t) => t.initial)
        .map((t) => t.term),
    ).toEqual(initial);
  });

  test('gives the same tokens on a second call (the per-spelling cache changes nothing)', () => {
    const text = 'Federated learning with non-IID data and LLM-based clients';
    expect(textToTokens(text)).toEqual(textToTokens(text));
  });

  test('finds no tokens in an empty text', () => {
    expect(textToTokens('')).toEqual([]);
  });
});

describe('textToTokens on a word of 100,000 letters', () => {
  test('takes it as a gap between its neighbours, as it does a word of 100 letters', () => {
    expect(runs(`federated ${'ab'.repeat(50_000)} learning`)).toEqual(['feder', 'learn']);
    expect(runs(`federated ${'ab'.repeat(50)} learning`)).toEqual(['feder', 'learn']);
  });
});
