import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

/** What one measured command did: wall time, output, and the peak memory of its processes. */
export interface Measured {
  seconds: number;
  output: string;
  /** The largest resident set of any one process of the command (from /usr/bin/time), in MiB. */
  peakMb: number;
  /** The largest resident set seen for each program (`node`, `pagefind_extended`…), sampled every 100 ms, in MiB. */
  peakByProgram: Record<string, number>;
}

/**
 * Runs a command to completion under /usr/bin/time, sampling the resident
 * memory of every process it starts, so a step run by a child (Pagefind's
 * indexer under `astro build`) gets its own peak. Throws with the output
 * when the command fails.
 */
export async function runMeasured(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<Measured> {
  const start = performance.now();
  const child = spawn('/usr/bin/time', ['-f', 'peak-kb %M', command, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const peakByProgram: Record<string, number> = {};
  const sampler = setInterval(() => {
    void sampleTree(child.pid ?? 0).then((samples) => {
      for (const { program, kb } of samples) peakByProgram[program] = Math.max(peakByProgram[program] ?? 0, Math.round(kb / 1024));
    });
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${String(code)}):\n${output.slice(-4000)}`);
  const peakKb = Number(/peak-kb (\d+)/.exec(output)?.[1] ?? 0);
  return { seconds: (performance.now() - start) / 1000, output, peakMb: Math.round(peakKb / 1024), peakByProgram };
}

/** The programs and resident memory (KiB) of a process and all its descendants, read from /proc. */
async function sampleTree(root: number): Promise<{ program: string; kb: number }[]> {
  const processes: { pid: number; parent: number; program: string }[] = [];
  for (const name of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    const match = /^(\d+) \((.*)\) \S+ (\d+)/.exec(stat);
    if (match) processes.push({ pid: Number(match[1]), program: match[2] ?? '', parent: Number(match[3]) });
  }
  const inTree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of processes)
      if (!inTree.has(p.pid) && inTree.has(p.parent)) {
        inTree.add(p.pid);
        grew = true;
      }
  }
  const samples: { program: string; kb: number }[] = [];
  for (const p of processes) {
    if (!inTree.has(p.pid)) continue;
    const status = await readFile(`/proc/${p.pid}/status`, 'utf8').catch(() => '');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    samples.push({ program: p.program, kb });
  }
  return samples;
}
