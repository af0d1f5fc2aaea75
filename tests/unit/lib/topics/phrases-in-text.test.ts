import { describe, expect, test } from 'vitest';
import { subjectKeys } from '../../../../src/lib/topics/label-to-topic.ts';
import { completePhrase, isModifier, textToRuns } from '../../../../src/lib/topics/phrases-in-text.ts';
import { quietTerms } from '../../../../src/lib/topics/quiet-terms.ts';
import { papersToTextModel } from '../../../../src/lib/text/papers-to-text-model.ts';

const runs = (...texts: string[]) => texts.map(textToRuns);

describe('completePhrase', () => {
  test('writes a label out as the papers write it, in the label’s spelling', () => {
    const texts = runs(
      'Multimodal Large Language Models for charts',
      'We study multimodal large language models.',
      'Benchmarking multimodal large language models on video',
    );
    expect(completePhrase('multimodal large', texts)).toBe('multimodal large language models');
    expect(completePhrase('Carlo simulations', runs('Monte Carlo simulations of spins', 'fast Monte Carlo simulations'))).toBe(
      'Monte Carlo simulations',
    );
  });

  test('keeps a phrase whose next words vary, a single word, and a phrase found nowhere as they are', () => {
    const texts = runs('video generation with motion', 'video generation: a survey', 'long video generation models');
    expect(completePhrase('video generation', texts)).toBe('video generation');
    expect(completePhrase('speech', texts)).toBe('speech');
    expect(completePhrase('gauge theory', texts)).toBe('gauge theory');
  });

  test('never grows a phrase across punctuation or by a function word', () => {
    expect(completePhrase('reward models', runs('Reward models: a survey', 'reward models of the future', 'Reward models, again'))).toBe(
      'reward models',
    );
  });
});

describe('isModifier', () => {
  test('tells a phrase written before another word (“zero-shot”) from one that names a subject', () => {
    const titles = runs('Zero-shot classification with CLIP', 'zero-shot segmentation', 'Zero-Shot Robotic Manipulation', 'zero-shot TTS');
    expect(isModifier('zero-shot', titles)).toBe(true);
    const subject = runs('Code generation with LLMs', 'Code Generation: a benchmark', 'Secure code generation for agents');
    expect(isModifier('code generation', subject)).toBe(false);
  });
});

describe('subjectKeys', () => {
  const same = (a: string, b: string): boolean => subjectKeys(b).asks.some((key) => subjectKeys(a).keys.includes(key));
  test.each([
    ['Vision-language models', 'Vision language'],
    ['LLM agents', 'LLM agent'],
    ['RAG', 'Retrieval-augmented generation'],
    ['Reinforcement learning and bandits', 'Reinforcement learning'],
    ['Text-to-image generation', 'Text to image generations'],
  ])('takes “%s” and “%s” for one subject', (a, b) => {
    expect(same(a, b)).toBe(true);
    expect(same(b, a)).toBe(true);
  });

  test.each([
    ['Image editing', 'Information extraction'],
    ['Video generation', 'Video understanding'],
    ['Multi-agent systems', 'Multi-agent simulation'],
  ])('keeps “%s” and “%s” apart', (a, b) => {
    expect(same(a, b)).toBe(false);
  });
});

describe('quietTerms', () => {
  test('finds the words spread over the groups as evenly as the papers are, and keeps those that gather in one', () => {
    const papers = Array.from({ length: 60 }, (_, i) => ({
      title: i < 30 ? `Gauge theory result ${String(i)}` : `Speech synthesis result ${String(i)}`,
      abstract:
        i < 30
          ? 'We present gauge fields and the lattice. This research shows more.'
          : 'We present a voice model. This research shows more.',
    }));
    const model = papersToTextModel(papers);
    const quiet = quietTerms(model, [Array.from({ length: 30 }, (_, i) => i), Array.from({ length: 30 }, (_, i) => i + 30)]);
    const words = [...quiet].map((id) => model.terms[id]);
    expect(words).toContain(model.terms.find((t) => t.startsWith('research')));
    expect(words.some((w) => w?.startsWith('gaug') === true)).toBe(false);
    expect(words.some((w) => w?.startsWith('voic') === true)).toBe(false);
  });
});
