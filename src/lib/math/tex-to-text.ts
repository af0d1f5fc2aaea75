import type { Segment } from './segment.ts';

/** Commands read as one character. */
const SYMBOL: Readonly<Record<string, string>> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  phi: 'φ',
  varphi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Theta: 'Θ',
  Lambda: 'Λ',
  Xi: 'Ξ',
  Pi: 'Π',
  Sigma: 'Σ',
  Phi: 'Φ',
  Psi: 'Ψ',
  Omega: 'Ω',
  pm: '±',
  mp: '∓',
  times: '×',
  cdot: '·',
  to: '→',
  rightarrow: '→',
  leftarrow: '←',
  sim: '~',
  approx: '≈',
  simeq: '≃',
  le: '≤',
  leq: '≤',
  ge: '≥',
  geq: '≥',
  lt: '<',
  gt: '>',
  ne: '≠',
  neq: '≠',
  ll: '≪',
  gg: '≫',
  infty: '∞',
  ell: 'ℓ',
  partial: '∂',
  nabla: '∇',
  in: '∈',
  sum: 'Σ',
  prod: 'Π',
  int: '∫',
  circ: '∘',
  prime: '′',
  dagger: '†',
  hbar: 'ħ',
  langle: '⟨',
  rangle: '⟩',
  propto: '∝',
  equiv: '≡',
  perp: '⊥',
  star: '⋆',
  ast: '∗',
  bar: '',
  hat: '',
  tilde: '',
  widetilde: '',
  widehat: '',
  left: '',
  right: '',
  big: '',
  Big: '',
  bigl: '',
  bigr: '',
  mathcal: '',
  mathbb: '',
  mathrm: '',
  mathbf: '',
  mathsf: '',
  mathit: '',
  text: '',
  textrm: '',
  textit: '',
  textbf: '',
  operatorname: '',
  boldsymbol: '',
  displaystyle: '',
  quad: ' ',
  qquad: ' ',
  ',': ' ',
  ';': ' ',
  '!': '',
  ' ': ' ',
  '%': '%',
  '&': '&',
  '#': '#',
  _: '_',
  '{': '{',
  '}': '}',
  $: '$',
};

/**
 * TeX as readable plain text, for search, excerpts, feeds and the
 * catalogue: Greek letters and common symbols as Unicode, fonts and
 * sizing dropped, `\sqrt{x}` as √(x), `\frac{a}{b}` as (a)/(b), braces
 * removed, an unknown command as its name.
 */
export function texToText(tex: string): string {
  return tex
    .replace(/\\frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/gu, '($1)/($2)')
    .replace(/\\sqrt\s*\{([^{}]*)\}/gu, '√($1)')
    .replace(/\\sqrt\s*/gu, '√')
    .replace(/\\([A-Za-z]+|[,;! %&#_{}$])\s*/gu, (whole: string, name: string) => {
      const symbol = SYMBOL[name];
      // A command that reads as a word keeps a space after it ("\log n" is "log n").
      return symbol ?? (/^[A-Za-z]+$/u.test(name) ? `${name}${whole.endsWith(' ') ? ' ' : ''}` : name);
    })
    .replace(/[{}]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Segments as one plain text, math read by texToText. */
export function segmentsToText(segments: readonly Segment[]): string {
  return segments.map((s) => (s.kind === 'text' ? s.value : texToText(s.tex))).join('');
}
