import { expect, test } from 'vitest';
import { claimShares, sharedCounter, sharesToList, type Share } from '../../../../src/lib/topics/two-threads.ts';

test('shares claimed by two callers run every job once and come back in order', () => {
  const next = sharedCounter();
  const ran: number[] = [];
  const square = (job: number): number => {
    ran.push(job);
    return job * job;
  };
  // While the first caller runs its first job, the second (a faster thread) claims every share left.
  let second: Share<number>[] = [];
  const first = claimShares(next, 23, 4, (job) => {
    if (job === 0) second = claimShares(next, 23, 4, square);
    return square(job);
  });
  expect(first.map((s) => s.from)).toEqual([0]);
  expect(second.map((s) => s.from)).toEqual([4, 8, 12, 16, 20]);
  expect(ran.sort((a, b) => a - b)).toEqual(Array.from({ length: 23 }, (_, i) => i));
  expect(sharesToList(23, second, first)).toEqual(Array.from({ length: 23 }, (_, i) => i * i));
});
