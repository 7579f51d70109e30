import { describe, expect, it } from 'vitest';
import { crossFileProblems, type ContentModel } from '../../src/lib/content-rules.ts';

const valid = (): ContentModel => ({
  questions: [
    { id: 'sla', file: 'questions/sla.md', aliases: [] },
    { id: 'regions', file: 'questions/regions.md', aliases: ['where'] },
  ],
  sections: [
    { id: 'support', file: 'sections/support.md', questions: ['sla'] },
    { id: 'quotas', file: 'sections/quotas.md', questions: ['regions'] },
  ],
});

describe('crossFileProblems', () => {
  it('accepts content where every question is in exactly one section', () => {
    expect(crossFileProblems(valid())).toEqual([]);
  });

  it('names the question file when a question is in no section', () => {
    const model = valid();
    model.sections[1]!.questions = [];
    const [problem, ...rest] = crossFileProblems(model);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'questions/regions.md' });
    expect(problem!.message).toMatch(/not listed in any section/);
    expect(problem!.hint).toMatch(/Add "regions"/);
  });

  it('names the question file and both sections when a question is in two', () => {
    const model = valid();
    model.sections[0]!.questions.push('regions');
    const problems = crossFileProblems(model);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'questions/regions.md' });
    expect(problems[0]!.message).toMatch(/2 sections \(support, quotas\)/);
  });

  it('names the section file when it lists an id that has no file', () => {
    const model = valid();
    model.sections[0]!.questions.push('missing');
    const problems = crossFileProblems(model);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'sections/support.md' });
    expect(problems[0]!.message).toMatch(/"missing", but there is no questions\/missing\.md/);
  });

  it('reports a question id used as another question alias, naming the alias owner', () => {
    const model = valid();
    model.questions[1]!.aliases.push('sla');
    const problems = crossFileProblems(model);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'questions/regions.md' });
    expect(problems[0]!.message).toMatch(/alias "sla" is already used by question "sla"/);
  });

  it('reports two questions sharing an alias', () => {
    const model = valid();
    model.questions[0]!.aliases.push('where');
    const problems = crossFileProblems(model);
    expect(problems.map((p) => p.file)).toEqual(['questions/regions.md']);
  });

  it('reports empty collections', () => {
    const problems = crossFileProblems({ questions: [], sections: [] });
    expect(problems.map((p) => p.file)).toEqual(['questions/', 'sections/']);
  });

  it('reports every problem at once', () => {
    const model = valid();
    model.sections[0]!.questions = ['sla', 'ghost'];
    model.sections[1]!.questions = [];
    expect(crossFileProblems(model)).toHaveLength(2);
  });
});
