import { describe, expect, it } from 'vitest';
import { siteSchema } from '../../src/schemas/site.ts';
import { fillTemplate } from '../../src/urls/url-template.ts';

const values = {
  id: 'own-dns',
  question: 'Can I use my own DNS & a proxy?',
  permalink: 'https://faq.example.org/q/own-dns/',
  path: 'questions/own dns.md',
};
const settings = { title: 'FAQ', description: 'About things.', url: 'https://faq.example.org' };

describe('question link templates', () => {
  it('form-encodes values in the query, keeping what a query may hold as it is', () => {
    const filled = fillTemplate('https://example.org/new?title={question}&body=See+{permalink}+({id})', values);
    expect(filled).toBe(
      'https://example.org/new?title=Can+I+use+my+own+DNS+%26+a+proxy?&body=See+https://faq.example.org/q/own-dns/+(own-dns)',
    );
    expect(new URL(filled).searchParams.get('title')).toBe(values.question);
    expect(new URL(filled).searchParams.get('body')).toBe(`See ${values.permalink} (own-dns)`);
  });

  it('encodes values in the path, keeping the slashes of a file path', () => {
    expect(fillTemplate('https://example.org/edit/main/content/{path}', values)).toBe(
      'https://example.org/edit/main/content/questions/own%20dns.md',
    );
    expect(fillTemplate('https://example.org/{id}/{question}', values)).toBe(
      'https://example.org/own-dns/Can%20I%20use%20my%20own%20DNS%20%26%20a%20proxy%3F',
    );
  });

  it('accepts templates in site.json and refuses unknown placeholders or what is not a URL, saying why', () => {
    expect(
      siteSchema.safeParse({
        ...settings,
        editUrl: 'https://example.org/edit/{path}',
        reportUrl: 'https://example.org/new?t={question}',
      }).success,
    ).toBe(true);
    const unknown = siteSchema.safeParse({ ...settings, editUrl: 'https://example.org/edit/{file}' });
    expect(unknown.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['editUrl', 'unknown placeholder {file}; use {id}, {question}, {permalink}, {path}'],
    ]);
    const relative = siteSchema.safeParse({ ...settings, reportUrl: '/report?q={question}' });
    expect(relative.error?.issues.map((issue) => issue.message)).toEqual([
      'not an absolute http(s) URL once its placeholders are filled in',
    ]);
  });
});
