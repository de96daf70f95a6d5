/**
 * Runs a command and measures its wall time and the peak memory of its whole process tree.
 *
 * Memory: every 50 ms the sampler reads /proc, finds the command's process and all its
 * descendants (by parent pid), and sums their resident set sizes (VmRSS); the peak of that sum
 * is reported. `/usr/bin/time -v` would give only the largest single process, which misses
 * Pagefind's native binary under its Node wrapper and Astro's worker processes.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface Measurement {
  /** Wall time in milliseconds. */
  wallMs: number;
  /** Highest sum of the process tree's resident memory seen, in bytes. */
  peakRssBytes: number;
  /**
   * CPU time (user + system) of the process tree in ms: less sensitive than wall time to other
   * work on the machine. Read from the same samples, so the last ≤ 50 ms may be missing.
   */
  cpuMs: number;
  /** Number of memory samples taken. */
  samples: number;
  exitCode: number | null;
  /** Last lines of stderr and stdout, for error messages. */
  tail: string;
  /** Output lines that matched `RunOptions.keepLines`. */
  lines: string[];
}

/** Parent pid from the contents of /proc/<pid>/stat (the command name may contain spaces and parentheses). */
export function parentPidOf(stat: string): number {
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(rest[1]);
}

/** CPU clock ticks (user + system, own and of waited-for children) from the contents of /proc/<pid>/stat. */
export function cpuTicksOf(stat: string): number {
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return [11, 12, 13, 14].reduce((sum, index) => sum + Number(rest[index] ?? 0), 0);
}

/** Resident memory in bytes from the contents of /proc/<pid>/status (0 for a zombie). */
export function rssBytesOf(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB$/mu.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/** The pids of `root` and all its descendants, given each process's parent. */
export function descendants(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parents) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const out: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
};

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** Current resident memory (bytes) and CPU time so far (ms) of a process tree. */
export function treeUsage(root: number): { rssBytes: number; cpuMs: number } {
  const parents = new Map<number, number>();
  const stats = new Map<number, string>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    if (stat) {
      parents.set(Number(name), parentPidOf(stat));
      stats.set(Number(name), stat);
    }
  }
  let rssBytes = 0;
  let ticks = 0;
  for (const pid of descendants(root, parents)) {
    rssBytes += rssBytesOf(read(`/proc/${pid}/status`) ?? '');
    ticks += cpuTicksOf(stats.get(pid) ?? '');
  }
  return { rssBytes, cpuMs: (ticks * 1000) / TICKS_PER_SECOND };
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Sampling interval in ms (default 50). */
  intervalMs?: number;
  /** Echo the command's output (default false: only kept for errors). */
  echo?: boolean;
  /** Output lines to keep whole (e.g. a loader's count of parsed entries). */
  keepLines?: RegExp;
}

export function measure(command: string, args: readonly string[], options: RunOptions): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    let cpuMs = 0;
    let samples = 0;
    let tail = '';
    const lines: string[] = [];
    let partial = '';
    const keep = (chunk: Buffer) => {
      if (options.echo) process.stderr.write(chunk);
      tail = (tail + chunk.toString()).slice(-4000);
      if (!options.keepLines) return;
      const parts = (partial + chunk.toString()).split('\n');
      partial = parts.pop() ?? '';
      lines.push(...parts.filter((line) => options.keepLines?.test(line)));
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const sample = () => {
      if (child.pid === undefined) return;
      const usage = treeUsage(child.pid);
      peak = Math.max(peak, usage.rssBytes);
      cpuMs = Math.max(cpuMs, usage.cpuMs);
      samples++;
    };
    const timer = setInterval(sample, options.intervalMs ?? 50);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearInterval(timer);
      if (partial && options.keepLines?.test(partial)) lines.push(partial);
      resolve({ wallMs: performance.now() - started, peakRssBytes: peak, cpuMs, samples, exitCode, tail, lines });
    });
    sample();
  });
}
