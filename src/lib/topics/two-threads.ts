/**
 * Helpers for the ingest's second thread: a worker answers one message at a
 * time, and jobs are split between the threads in shares claimed through a
 * counter in shared memory.
 */
import { once } from 'node:events';
import type { Worker } from 'node:worker_threads';

/** Posts one task to a worker and resolves with its reply (rejects if the worker fails). */
export async function ask<T>(worker: Worker, task: unknown): Promise<T> {
  const reply = once(worker, 'message');
  worker.postMessage(task);
  return ((await reply) as [T])[0];
}

/** The results of one share of a list of jobs: job `from + i` gave `found[i]`. */
export interface Share<T> {
  from: number;
  found: T[];
}

/**
 * Runs shares of `share` consecutive jobs of 0..length-1 until none is left,
 * claiming each through `next`, the first unclaimed job, held in shared
 * memory: two threads calling this on the same counter split the jobs
 * between them, each taking more while the other is busy, and no job runs
 * twice. `run` must be pure, so the results do not depend on which thread
 * ran which job.
 */
export function claimShares<T>(next: Int32Array, length: number, share: number, run: (job: number) => T): Share<T>[] {
  const shares: Share<T>[] = [];
  for (let from = Atomics.add(next, 0, share); from < length; from = Atomics.add(next, 0, share)) {
    const found: T[] = [];
    for (let job = from; job < Math.min(from + share, length); job++) found.push(run(job));
    shares.push({ from, found });
  }
  return shares;
}

/** The results of all jobs in order, from the shares both threads ran. */
export function sharesToList<T>(length: number, ...shares: readonly Share<T>[][]): T[] {
  const list = new Array<T>(length);
  for (const { from, found } of shares.flat()) for (const [offset, result] of found.entries()) list[from + offset] = result;
  return list;
}

/** A counter for claimShares, shared with a worker by posting it. */
export function sharedCounter(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
}
