/**
 * Two clearly separated subjects, real titles and the first sentences of
 * their abstracts: eight federated learning papers (Hugging Face daily
 * papers) and eight black hole papers (arXiv hep-th, /work/shared/corpora).
 */
export const FEDERATED = [
  {
    title: 'Adaptive Personlization in Federated Learning for Highly Non-i.i.d. Data',
    abstract:
      'Federated learning (FL) is a distributed learning method that offers medical institutes the prospect of collaboration in a global model while preserving the privacy of their patients.',
  },
  {
    title: 'A General Theory for Federated Optimization with Asynchronous and Heterogeneous Clients Updates',
    abstract:
      'We propose a novel framework to study asynchronous federated learning optimization with delays in gradient updates. Our theoretical framework extends the standard FedAvg aggregation scheme by introducing stochastic aggregation weights to represent the variability of the clients update time.',
  },
  {
    title: 'Demystifying Local and Global Fairness Trade-offs in Federated Learning Using Partial Information Decomposition',
    abstract:
      'This work presents an information-theoretic perspective to group fairness trade-offs in federated learning (FL) with respect to sensitive attributes, such as gender, race, etc.',
  },
  {
    title: 'Efficient Personalized Federated Learning via Sparse Model-Adaptation',
    abstract:
      'Federated Learning (FL) aims to train machine learning models for multiple clients without sharing their own private data. Due to the heterogeneity of clients\u2019 local data distribution, recent studies explore the personalized FL that learns and deploys distinct local models with the help of auxiliary global models.',
  },
  {
    title:
      'Enabling Differentially Private Federated Learning for Speech Recognition: Benchmarks, Adaptive Optimizers and Gradient Clipping',
    abstract:
      'While federated learning (FL) and differential privacy (DP) have been extensively studied, their application to automatic speech recognition (ASR) remains largely unexplored due to the challenges in training large transformer models.',
  },
  {
    title: 'Exploring the Vulnerabilities of Federated Learning: A Deep Dive into Gradient Inversion Attacks',
    abstract:
      'Federated Learning (FL) has emerged as a promising privacy-preserving collaborative model training paradigm without sharing raw data. However, recent studies have revealed that private information can still be leaked through shared gradient information.',
  },
  {
    title: 'Fake It Till Make It: Federated Learning with Consensus-Oriented Generation',
    abstract:
      'In federated learning (FL), data heterogeneity is one key bottleneck that causes model divergence and limits performance. Addressing this, existing methods often regard data heterogeneity as an inherent property and propose to mitigate its adverse effects by correcting models.',
  },
  {
    title: 'FedCompass: Efficient Cross-Silo Federated Learning on Heterogeneous Client Devices using a Computing Power Aware Scheduler',
    abstract:
      'Cross-silo federated learning offers a promising solution to collaboratively train robust and generalized AI models without compromising the privacy of local datasets. Because of the disparity of computing resources among different clients, synchronous federated learning algorithms suffer from degraded efficiency when waiting for straggler clients.',
  },
];

export const BLACK_HOLES = [
  {
    title: 'Approximate locality, black hole complementarity and overlapping qubits',
    abstract:
      'We construct a toy model of an evaporating black hole using approximately local degrees of freedom acting on overlapping qubits in which a version of black hole complementarity arises naturally.',
  },
  {
    title: 'Asteroid-mass Primordial Black Holes as Dark Matter from Supersymmetry',
    abstract:
      'We study the formation of asteroid-mass Primordial Black Holes (PBHs) as a dark matter candidate in supersymmetric extensions of the Standard Model.',
  },
  {
    title: 'Black Hole Photon Rings Saturate the Quantum Chaos Bound',
    abstract:
      'We study the quantum chaos bound in the photon ring region surrounding black holes. By evaluating the Lyapunov exponent associated with unstable null geodesics in a broad class of generalized Kerr geometries, we show that the quantum chaos bound is exactly saturated.',
  },
  {
    title: 'Breakdown of Semiclassical Gravity in Four-Dimensional Black Hole Evaporation',
    abstract:
      'We study black hole formation and evaporation in a four-dimensional semiclassical model that preserves diffeomorphism invariance and reproduces the one-loop trace anomaly.',
  },
  {
    title: 'Criticality Quenching and Microstructure of Quintessence-AdS Black Holes',
    abstract:
      'In this work, we investigate the thermodynamic geometry of Reissner-Nordstrom Anti-de Sitter (RN-AdS) black holes with quintessence in the grand canonical ensemble.',
  },
  {
    title: 'Effective Lifshitz-Born-Infeld black holes from general covariance breaking',
    abstract:
      'In this work we present an effective Lifshitz black hole solution with Born-Infeld electrodynamics and explore some of its properties, such as critical behavior and local stability in the associated thermodynamics.',
  },
  {
    title: 'Exact WKB and Quantum Periods for Extremal Black Hole Quasinormal Modes',
    abstract:
      'We apply exact WKB analysis to the spectral problem arising in black hole perturbation theory. The boundary conditions for quasinormal modes lead to exact quantization conditions for the complex frequencies.',
  },
  {
    title: 'Holographic Thermodynamics of Dyonic Dilaton AdS Black Holes',
    abstract:
      'We investigate the holographic dual of the extended bulk thermodynamics of dyonic dilaton AdS black holes by allowing both the cosmological constant and Newton\u2019s gravitational constant to vary.',
  },
];

/** The sixteen papers, the two subjects interleaved so that neither comes first as a block. */
export const TWO_SUBJECTS = FEDERATED.flatMap((paper, i) => [paper, BLACK_HOLES[i] ?? paper]);

/** The subject of a paper of TWO_SUBJECTS: 0 federated learning, 1 black holes. */
export function subjectOf(index: number): number {
  return index % 2;
}

/** A partition as a comparable value: each group's sorted members, the groups sorted. */
export function partitionOf(groups: readonly (readonly number[])[]): string[] {
  return groups.map((g) => g.toSorted((a, b) => a - b).join(',')).sort();
}

/** The groups of an assignment (cluster number by index). */
export function assignmentToGroups(assignment: readonly number[]): number[][] {
  const groups = new Map<number, number[]>();
  for (const [i, c] of assignment.entries()) groups.set(c, [...(groups.get(c) ?? []), i]);
  return [...groups.values()];
}
