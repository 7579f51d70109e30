import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

export interface ProcessMeasure {
  exitCode: number;
  wallMs: number;
  /** Peak resident memory of the largest process the command ran (the Astro build), in KiB. */
  peakRssKb: number;
  /** CPU time over wall time, in percent, from GNU time (up to 100 × cores): low when other work competes. */
  cpuPercent?: number;
  /** How the peak was measured. */
  memorySource: '/usr/bin/time -v' | '/proc polling';
  /** Everything the command printed. */
  output: string;
}

const GNU_TIME = '/usr/bin/time';

function descendantsOf(pid: number): number[] {
  try {
    const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
    return children.flatMap((child) => [child, ...descendantsOf(child)]);
  } catch {
    return [];
  }
}

/** Largest high-water mark (VmHWM) among a process and its descendants, in KiB. */
function treePeakKb(pid: number): number {
  let peak = 0;
  for (const id of [pid, ...descendantsOf(pid)]) {
    try {
      const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, 'utf8'))?.[1];
      peak = Math.max(peak, Number(hwm ?? 0));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return peak;
}

/**
 * Runs a command and measures its wall time and peak memory: with GNU time's "Maximum resident set size"
 * when /usr/bin/time exists, otherwise by polling the high-water marks in /proc every 50 ms.
 */
export function measureProcess(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd: string },
): Promise<ProcessMeasure> {
  const withTime = existsSync(GNU_TIME);
  const started = performance.now();
  const child = withTime ? spawn(GNU_TIME, ['-v', command, ...args], options) : spawn(command, args, options);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let polledPeak = 0;
  const poll = withTime
    ? undefined
    : setInterval(() => (polledPeak = Math.max(polledPeak, treePeakKb(child.pid!))), 50);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (poll) clearInterval(poll);
      const timePeak = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1] ?? 0);
      const cpuPercent = /Percent of CPU this job got: (\d+)%/.exec(output)?.[1];
      resolve({
        ...(cpuPercent ? { cpuPercent: Number(cpuPercent) } : {}),
        exitCode: code ?? 1,
        wallMs,
        peakRssKb: withTime ? timePeak : polledPeak,
        memorySource: withTime ? '/usr/bin/time -v' : '/proc polling',
        output,
      });
    });
  });
}
