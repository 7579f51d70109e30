import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { recentlyUpdated } from '../faq/recently-updated.ts';
import { site } from '../settings/site.ts';
import { escapeHtml } from '../utils/html.ts';
import { absoluteUrl, feedPath, homePath, permalinkPath } from '../settings/site-urls.ts';
import { creditParts } from '../html/text-credit.ts';

/** How many of the most recently updated questions the feed lists. */
const FEED_SIZE = 50;

/** An Atom feed of the most recently updated questions, each linking to its permalink, for watching the FAQ. */
export const GET: APIRoute = async () => {
  const recent = await recentlyUpdated(FEED_SIZE);
  const credit = creditParts(site)
    ?.map(({ text }) => text)
    .join('');
  const feed = new Feed({
    title: `${site.title}: recently updated questions`,
    description: site.description,
    id: absoluteUrl(homePath()),
    link: absoluteUrl(homePath()),
    language: site.lang,
    updated: recent[0]?.updated ?? new Date(0),
    feedLinks: { atom: absoluteUrl(feedPath()) },
    author: { name: site.title, link: absoluteUrl(homePath()) },
    generator: false,
    ...(credit ? { copyright: credit } : {}),
  });
  for (const { question, updated } of recent) {
    const permalink = absoluteUrl(permalinkPath(question.id));
    feed.addItem({
      // The feed package marks titles and summaries type="html": a question about `<img>` must show the tag.
      title: escapeHtml(question.text),
      // An entry's id must never change (RFC 4287): the permalink of the name the question was first published
      // under, which still leads to it as an alias after a rename.
      id: absoluteUrl(permalinkPath(question.firstId)),
      link: permalink,
      date: updated,
      description: escapeHtml(question.answerText),
      category: [{ name: question.section.title, term: question.section.id }],
    });
  }
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
