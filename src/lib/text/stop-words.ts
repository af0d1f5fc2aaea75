import { eng } from 'stopword';

/**
 * Words that say nothing about a paper's subject: English function words
 * (the `stopword` package's list) and the boilerplate every abstract uses
 * ("we propose a novel method that achieves state-of-the-art results").
 * Compared with the lower-cased word before stemming.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...eng,
  // Function words the package's short list leaves out.
  ...'across additionally along already although among amongst around based become becomes behind beyond cannot could despite does done either else enough etc even ever every first further furthermore hence however i.e e.g instead it its itself least less let may meanwhile moreover namely neither nevertheless nor often one onto otherwise per rather thereby therefore thus toward towards unlike upon us via whereas whether whose within without yet two three four five six seven eight ten several various new usually also'.split(
    ' ',
  ),
  // Prefixes, met as the first part of a compound ("non-IID", "multi-agent").
  ...'non multi pre post semi anti intra inter sub co re self cross'.split(' '),
  // Citations ("Smith et al.").
  'et',
  'al',
  // Research boilerplate.
  ...'not when different compared show shows shown find finds found set including corresponding determine requires require enhance enhanced enhances diverse advances increasingly prevalent discuss discussed given obtain obtained able due like make makes making allows allow allowing provide providing paper framework frameworks use used uses using technique techniques termed github https publicly available achieve achieved achieves achieving address addresses approach approaches art better challenge challenges challenging comprehensive conduct conducted consistently contribution contributions current demonstrate demonstrated demonstrates despite effective effectively enable enables enabling existing experiment experimental experiments extensive furthermore significantly improve improved improvement improvements improves improving introduce introduced introduces leverage leverages leveraging limited method methods moreover new novel outperform outperforming outperforms present presents propose proposed proposes provide provides recent recently remain remains respectively result results significant specifically state strong substantial substantially superior therefore well wide widely work works'.split(
    ' ',
  ),
]);

/**
 * Hyphenated compounds that are boilerplate as a whole ("state-of-the-art"):
 * dropped with their parts.
 */
export const STOP_COMPOUNDS: ReadonlySet<string> = new Set(
  'state-of-the-art real-world high-quality large-scale open-source end-to-end fine-grained plug-and-play in-depth well-known wide-range two-stage three-stage multi-stage long-term high-level low-level general-purpose open-ended trade-off trade-offs human-like open-sourced step-by-step'.split(
    ' ',
  ),
);

/**
 * Last parts that make a compound a mere modifier ("LLM-based", "token-level"):
 * such a compound stands for its first part.
 */
export const MODIFIER_SUFFIXES: ReadonlySet<string> = new Set(
  'based level aware specific driven like oriented wise centric related dependent style type'.split(' '),
);

/**
 * TeX names that dumps keep as words when they lose the backslash
 * ("mathcal{O}", "Theta(n)"): markup, never a reason two papers are related.
 * Greek letters count only as a word on their own: in a compound or a
 * bigram they name something ("gamma-ray", "beta decay").
 */
export const TEX_NAMES: { greek: ReadonlySet<string>; commands: ReadonlySet<string> } = {
  greek: new Set(
    'alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi pi varpi rho varrho sigma varsigma tau upsilon phi varphi chi psi omega'.split(
      ' ',
    ),
  ),
  commands: new Set(
    'mathcal mathbb mathrm mathbf mathsf mathit mathfrak mathscr boldsymbol textbf textit textrm texttt emph operatorname frac dfrac tfrac sqrt cdot cdots ldots vdots ddots infty nabla leq geq neq leqslant geqslant langle rangle widetilde widehat overline underline displaystyle textstyle hbar otimes oplus propto'.split(
      ' ',
    ),
  ),
};
