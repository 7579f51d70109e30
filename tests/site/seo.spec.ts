import { expect, test } from '@playwright/test';
import { fixtureFaq } from '../support/fixture-faq.ts';
import { answerOf, attribute, byTag, findAll, parsePage, textOf } from '../support/html.ts';

const { sections, title: siteTitle, url: siteUrl } = fixtureFaq;

interface FaqPage {
  '@type': string;
  mainEntity: { '@type': string; name: string; url: string; acceptedAnswer: { '@type': string; text: string } }[];
}

test('a section page carries FAQPage structured data of its questions and their answers as plain text', async ({
  page,
}) => {
  await page.goto('/beta/');
  const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
    (text) => JSON.parse(text) as FaqPage,
  );
  const faqPages = blocks.filter((block) => block['@type'] === 'FAQPage');
  expect(faqPages).toHaveLength(1);
  expect(
    faqPages[0]!.mainEntity.map(({ '@type': type, name, url, acceptedAnswer }) => ({
      type,
      name,
      url,
      answer: acceptedAnswer,
    })),
  ).toEqual([
    {
      type: 'Question',
      name: 'Can I resize the disks of a node pool?',
      url: `${siteUrl}/beta/#moved`,
      answer: {
        '@type': 'Answer',
        text: 'No: create a new pool with the size you need. This question used to be in the Alpha section.',
      },
    },
    {
      type: 'Question',
      name: 'Do node pools upgrade with the cluster?',
      url: `${siteUrl}/beta/#node-pool-upgrades`,
      answer: {
        '@type': 'Answer',
        text: 'Only when you ask for it. az aks upgrade upgrades the control plane and every node pool; with --control-plane-only it leaves the pools as they are, and each pool can then be upgraded on its own schedule with az aks nodepool upgrade. A node pool may run at most two minor versions behind the control plane.',
      },
    },
    {
      type: 'Question',
      name: 'Can I delete the system node pool?',
      url: `${siteUrl}/beta/#system-pools`,
      answer: {
        '@type': 'Answer',
        text: 'Not the last one. Add a second system node pool first, then delete the old one. A cluster needs at least one system node pool at all times, because the core add-ons run there. The system node pool guide explains how to add one. User node pools can be deleted at any time.',
      },
    },
  ]);
});

test('every page has a language, a real title, a description, a canonical link, social cards and a favicon', async ({
  page,
}) => {
  for (const [path, title] of [
    ['/', siteTitle],
    ...sections.map((s) => [`/${s.id}/`, `${s.title} – ${siteTitle}`]),
    ['/all/', `All questions – ${siteTitle}`],
  ] as const) {
    await page.goto(path);
    await expect(page).toHaveTitle(title);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${siteUrl}${path}`);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${siteUrl}${path}`);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.svg');
  }
});

test('the 404 page, served at any missing address, names no address of its own and is not indexed', async ({
  page,
}) => {
  await page.goto('/no-such-page/');
  await expect(page).toHaveTitle(`Page not found – ${siteTitle}`);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('link[rel="canonical"], meta[property="og:url"]')).toHaveCount(0);
});

test('a shared permalink shows the question’s own card: its text as written, the start of its answer, its address', async ({
  request,
}) => {
  for (const { id, text } of sections[2].questions) {
    const page = parsePage(await (await request.get(`/q/${id}/`)).text());
    const meta = (property: string) =>
      findAll(page, (element) => attribute(element, 'property') === property).map((tag) => attribute(tag, 'content'));
    expect(findAll(page, byTag('title')).map(textOf)).toEqual([`${text} – ${siteTitle}`]);
    expect(meta('og:title')).toEqual([text]);
    expect(meta('og:url')).toEqual([`${siteUrl}/q/${id}/`]);
    const answer = textOf(answerOf(parsePage(await (await request.get(`/${sections[2].id}/`)).text()), id));
    const [description] = meta('og:description');
    expect(description!.length).toBeLessThanOrEqual(201);
    expect(answer.replace(/\s+/g, ' '), id).toContain(description!.replace(/…$/, ''));
  }
});

test('robots.txt lets every page be fetched, link previews of permalinks too, and points at the sitemap', async ({
  request,
}) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${siteUrl}/sitemap-index.xml`);
  expect(robots).not.toContain('Disallow');
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  const locations = findAll(parsePage(sitemap), byTag('loc')).map(textOf);
  expect(locations.toSorted()).toEqual([`${siteUrl}/`, ...sections.map((s) => `${siteUrl}/${s.id}/`)].toSorted());
});

test('section pages and the page of all questions show where they are, as breadcrumbs and as BreadcrumbList data', async ({
  page,
}) => {
  for (const [path, name] of [...sections.map((s) => [`/${s.id}/`, s.title]), ['/all/', 'All questions']] as const) {
    await page.goto(path);
    const trail = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link');
    await expect(trail).toHaveText(['Home', name]);
    await expect(trail.first()).toHaveAttribute('href', '/');
    await expect(trail.last()).toHaveAttribute('href', path);
    await expect(trail.last()).toHaveAttribute('aria-current', 'page');
    const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) =>
      JSON.parse(text),
    );
    expect(
      blocks.filter((block) => block['@type'] === 'BreadcrumbList'),
      path,
    ).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'Home', item: `${siteUrl}/` },
          { '@type': 'ListItem', position: 2, name, item: `${siteUrl}${path}` },
        ],
      },
    ]);
  }
});

test('every page links the Atom feed of recently updated questions in its head', async ({ page }) => {
  for (const path of ['/', '/alpha/', '/all/', '/search/', '/no-such-page/']) {
    await page.goto(path);
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]'), path).toHaveAttribute(
      'href',
      '/feed.xml',
    );
  }
});
