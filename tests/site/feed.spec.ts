import { expect, test } from '@playwright/test';
import { readContent, readSiteSettings } from '../support/content.ts';
import { expectQuestionInView } from '../support/in-view.ts';

const questions = readContent().flatMap((section) => section.questions.map((question) => ({ ...question, section: section.id })));
const site = readSiteSettings();

interface Entry {
  id: string;
  title: string;
  link: string;
  updated: string;
  summary: string;
}

test('/feed.xml is an Atom feed of the recently updated questions, newest first, each linking to its permalink', async ({ page, request }) => {
  const xml = await (await request.get('/feed.xml')).text();
  await page.goto('/');
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const atom = 'http://www.w3.org/2005/Atom';
    const child = (el: Element, name: string) => el.getElementsByTagNameNS(atom, name)[0];
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
      self: [...doc.documentElement.children].find((el) => el.localName === 'link' && el.getAttribute('rel') === 'self')?.getAttribute('href'),
      updated: child(doc.documentElement, 'updated')?.textContent,
      entries: [...doc.getElementsByTagNameNS(atom, 'entry')].map((entry) => ({
        id: child(entry, 'id')!.textContent!,
        title: child(entry, 'title')!.textContent!,
        link: child(entry, 'link')!.getAttribute('href')!,
        updated: child(entry, 'updated')!.textContent!,
        summary: child(entry, 'summary')!.textContent!,
      })),
    };
  }, xml);
  expect(feed.error).toBeNull();
  expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
  expect(feed.self).toBe(`${site.url}/feed.xml`);
  expect(feed.entries).toHaveLength(Math.min(50, questions.length));
  const times = feed.entries.map((entry: Entry) => Date.parse(entry.updated));
  expect(times).toEqual(times.toSorted((a, b) => b - a));
  expect(Date.parse(feed.updated!)).toBe(times[0]);
  for (const entry of feed.entries as Entry[]) {
    const question = questions.find((q) => `${site.url}/q/${q.id}/` === entry.link);
    expect(question, entry.link).toBeDefined();
    expect(entry.id).toBe(entry.link);
    expect(entry.title).toBe(question!.text);
    expect(entry.summary.length).toBeGreaterThan(10);
  }

  const first = feed.entries[0] as Entry;
  await page.goto(new URL(first.link).pathname);
  const question = questions.find((q) => first.link.endsWith(`/q/${q.id}/`))!;
  await expect(page).toHaveURL(`/${question.section}/#${question.id}`);
  await expectQuestionInView(page, question.id);
});
