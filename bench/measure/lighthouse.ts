import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const script = `${projectDir}tests/lighthouse.ts`;

/** Whether the project's `npm run lighthouse` exists to be reused. */
export const lighthouseAvailable = () => existsSync(script);

/**
 * Runs the project's own `npm run lighthouse` (mobile) on one page of a built site and reads the four scores
 * from the table it prints. Its pass/fail exit code is ignored: the benchmark only reports.
 */
export function runLighthouse(outDir: string, path: string, port: number): Promise<LighthouseScores | undefined> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, '--dist', outDir, '--port', String(port), path], {
      cwd: projectDir,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => {
      const row = output.split('\n').find((line) => line.startsWith(`| ${path} |`));
      const scores = row
        ?.split('|')
        .slice(2, 6)
        .map((cell) => Number(cell.trim()));
      if (!scores || scores.length < 4 || scores.some(Number.isNaN)) return resolve(undefined);
      const [performance, accessibility, bestPractices, seo] = scores as [number, number, number, number];
      resolve({ performance, accessibility, bestPractices, seo });
    });
  });
}
