import { describe, expect, it } from 'vitest';
import { buildFixture } from '../support/build-fixture.ts';

describe('astro build on broken content', () => {
  it('fails and names the question that is in no section', async () => {
    const result = await buildFixture('question-in-no-section');
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('question-in-no-section/questions/orphan.md');
    expect(result.output).toContain('Question "orphan" is not listed in any section');
  });
});
