import { describe, expect, it } from 'vitest';
import { siteSchema } from '../../src/schemas/site.ts';
import { fillTemplate } from '../../src/lib/url-template.ts';

const values = { id: 'own-dns', question: 'Can I use my own DNS & a proxy?', permalink: 'https://faq.example.org/q/own-dns/', path: 'questions/own dns.md' };
const settings = { title: 'FAQ', description: 'About things.', url: 'https://faq.example.org' };

describe('question link templates', () => {
  it('fills each placeholder URL-encoded, keeping the slashes of a file path', () => {
    expect(fillTemplate('https://example.org/new?title={question}&body=See%20{permalink}%20({id})', values)).toBe(
      'https://example.org/new?title=Can%20I%20use%20my%20own%20DNS%20%26%20a%20proxy%3F&body=See%20https%3A%2F%2Ffaq.example.org%2Fq%2Fown-dns%2F%20(own-dns)',
    );
    expect(fillTemplate('https://example.org/edit/main/content/{path}', values)).toBe('https://example.org/edit/main/content/questions/own%20dns.md');
  });

  it('accepts templates in site.json and refuses unknown placeholders or what is not a URL, saying why', () => {
    expect(siteSchema.safeParse({ ...settings, editUrl: 'https://example.org/edit/{path}', reportUrl: 'https://example.org/new?t={question}' }).success).toBe(true);
    const unknown = siteSchema.safeParse({ ...settings, editUrl: 'https://example.org/edit/{file}' });
    expect(unknown.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['editUrl', 'unknown placeholder {file}; use {id}, {question}, {permalink}, {path}'],
    ]);
    const relative = siteSchema.safeParse({ ...settings, reportUrl: '/report?q={question}' });
    expect(relative.error?.issues.map((issue) => issue.message)).toEqual(['not an absolute http(s) URL once its placeholders are filled in']);
  });
});
