import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

interface Timed {
  layer: string;
  title: string;
  duration: number;
  timeout: number;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * After the list reporter: the time each layer's tests took, added up over the workers; the slowest tests
 * against their timeouts, every test that took more than half of its timeout (a test that a busy machine
 * could push over it), and why tests were skipped.
 */
export default class TimingReporter implements Reporter {
  private readonly timed: Timed[] = [];
  private readonly skipped = new Map<string, number>();

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.status === 'skipped') {
      const reason =
        result.annotations.find((annotation) => annotation.type === 'skip')?.description ?? 'no reason given';
      this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + 1);
      return;
    }
    const layer = test.parent.project()?.name ?? '';
    this.timed.push({
      layer,
      title: `[${layer}] ${test.titlePath().slice(2).join(' › ')}`,
      duration: result.duration,
      timeout: test.timeout,
    });
  }

  onEnd(_result: FullResult) {
    const layers = [...new Set(this.timed.map((test) => test.layer))].map((layer) => {
      const tests = this.timed.filter((test) => test.layer === layer);
      const total = tests.reduce((sum, test) => sum + test.duration, 0);
      return `${layer} ${tests.length} tests in ${seconds(total)}`;
    });
    if (layers.length > 0) console.log(`\nTime in tests, added up over the workers: ${layers.join(', ')}.`);
    const share = (test: Timed) => test.duration / test.timeout;
    const slowest = this.timed.toSorted((a, b) => share(b) - share(a));
    const line = (test: Timed) =>
      `  ${seconds(test.duration)} of ${seconds(test.timeout)} (${Math.round(share(test) * 100)}%)  ${test.title}`;
    if (slowest.length > 0)
      console.log(`\nSlowest tests against their timeouts:\n${slowest.slice(0, 5).map(line).join('\n')}`);
    const overHalf = slowest.filter((test) => share(test) > 0.5);
    if (overHalf.length > 0)
      console.log(
        `\n${overHalf.length} test(s) took more than half of their timeout; a busier machine could time them out.`,
      );
    for (const [reason, count] of this.skipped) console.log(`\nSkipped ${count} test(s): ${reason}`);
  }
}
