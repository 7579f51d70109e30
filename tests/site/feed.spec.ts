import { expect, test } from '@playwright/test';
import { fixtureQuestions } from '../support/fixture-faq.ts';
import { expectQuestionInView } from '../support/in-view.ts';

/**
 * The fixture's questions, most recently updated first: "moved" has no `updated` field, so its last commit dates it.
 */
const newestFirst = [
  'moved',
  'reworded',
  'scale-to-zero',
  'system-pools',
  'node-pool-upgrades',
  'upgrade-cluster',
  'renamed',
  'time-sync',
  'code-in-question',
  'plain-question',
  'quotes-in-question',
  'html-in-question',
];

test('/feed.xml is an Atom feed of the recently updated questions, newest first, each linking to its permalink', async ({
  page,
  request,
}) => {
  const xml = await (await request.get('/feed.xml')).text();
  await page.goto('/');
  // What a feed reader shows: text constructs of type "html" are HTML, whose text is what the reader sees.
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const atom = 'http://www.w3.org/2005/Atom';
    const child = (el: Element, name: string) => el.getElementsByTagNameNS(atom, name)[0];
    const shown = (el: Element | undefined) =>
      el?.getAttribute('type') === 'html'
        ? new DOMParser().parseFromString(el.textContent ?? '', 'text/html').body.textContent
        : el?.textContent;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
      self: [...doc.documentElement.children]
        .find((el) => el.localName === 'link' && el.getAttribute('rel') === 'self')
        ?.getAttribute('href'),
      updated: child(doc.documentElement, 'updated')?.textContent,
      entries: [...doc.getElementsByTagNameNS(atom, 'entry')].map((entry) => ({
        id: child(entry, 'id')!.textContent!,
        title: shown(child(entry, 'title')),
        link: child(entry, 'link')!.getAttribute('href')!,
        updated: child(entry, 'updated')!.textContent!,
        summary: shown(child(entry, 'summary')),
      })),
    };
  }, xml);
  expect(feed.error).toBeNull();
  expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
  expect(feed.self).toBe('https://faq.example.org/feed.xml');
  expect(feed.entries.map((entry) => entry.link)).toEqual(newestFirst.map((id) => `https://faq.example.org/q/${id}/`));
  // An entry keeps the id it was first published with: "renamed" was "old-name", which published-ids.json lists first.
  expect(feed.entries.map((entry) => entry.id)).toEqual(
    feed.entries.map((entry) => entry.link.replace('/q/renamed/', '/q/old-name/')),
  );
  expect(feed.entries.map((entry) => entry.title)).toEqual(
    newestFirst.map((id) => fixtureQuestions.find((q) => q.id === id)!.text),
  );
  expect(feed.entries.slice(1).map((entry) => entry.updated.slice(0, 10))).toEqual(
    newestFirst.slice(1).map((id) => fixtureQuestions.find((q) => q.id === id)!.updated),
  );
  expect(Date.parse(feed.entries[0]!.updated)).toBeGreaterThan(Date.parse('2026-03-14'));
  expect(feed.updated).toBe(feed.entries[0]!.updated);
  expect(feed.entries.find((entry) => entry.link.endsWith('/q/html-in-question/'))!.summary).toBe(
    'A question can quote markup. The answer quotes it too: <script>alert(2)</script> stays text, and so does the image tag.',
  );

  await page.goto(new URL(feed.entries[1]!.link).pathname);
  await expect(page).toHaveURL('/alpha/#reworded');
  await expectQuestionInView(page, 'reworded');
});
