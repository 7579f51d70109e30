import { expect, test } from '@playwright/test';
import { readContent, readSiteSettings } from '../support/content.ts';

const sections = readContent();
const site = readSiteSettings();

interface FaqPage {
  '@type': string;
  mainEntity: { '@type': string; name: string; url: string; acceptedAnswer: { '@type': string; text: string } }[];
}

for (const section of sections) {
  test(`/${section.id}/ carries FAQPage structured data matching its questions`, async ({ page }) => {
    await page.goto(`/${section.id}/`);
    const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text) as FaqPage);
    const faqPages = blocks.filter((block) => block['@type'] === 'FAQPage');
    expect(faqPages).toHaveLength(1);
    const data = faqPages[0]!;
    const rendered = await page.locator('main h2.question-heading').allTextContents();
    expect(data.mainEntity.map((q) => q.name)).toEqual(rendered.map((t) => t.trim()));
    for (const [i, question] of data.mainEntity.entries()) {
      expect(question['@type']).toBe('Question');
      expect(question.url).toBe(`${site.url}/${section.id}/#${section.questions[i]!.id}`);
      expect(question.acceptedAnswer['@type']).toBe('Answer');
      expect(question.acceptedAnswer.text.length).toBeGreaterThan(20);
      const answer = await page.locator(`[data-question="${section.questions[i]!.id}"] .answer`).innerText();
      expect(answer.replace(/\s+/g, ' ')).toContain(question.acceptedAnswer.text.slice(0, 30));
    }
  });
}

test('every page has a language, a real title, a description, a canonical link, social cards and a favicon', async ({ page }) => {
  for (const [path, title] of [
    ['/', site.title],
    ...sections.map((s) => [`/${s.id}/`, `${s.title} – ${site.title}`]),
  ] as const) {
    await page.goto(path);
    await expect(page).toHaveTitle(title);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site.url}${path}`);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${site.url}${path}`);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.svg');
  }
});

test('a permalink page carries its question as its title', async ({ request }) => {
  const question = sections[1]!.questions[0]!;
  const html = await (await request.get(`/q/${question.id}/`)).text();
  expect(html).toContain(`<title>${question.text} – ${site.title}</title>`);
  expect(html).toContain(`<meta property="og:title" content="${question.text}">`);
});

test('robots.txt points at the sitemap, which lists every section and no redirect', async ({ request }) => {
  expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${site.url}/sitemap-index.xml`);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  for (const section of sections) expect(sitemap).toContain(`<loc>${site.url}/${section.id}/</loc>`);
  expect(sitemap).not.toContain('/q/');
});

test('section pages and the page of all questions show where they are, as breadcrumbs and as BreadcrumbList data', async ({ page }) => {
  for (const [path, name] of [...sections.map((s) => [`/${s.id}/`, s.title]), ['/all/', 'All questions']] as const) {
    await page.goto(path);
    const trail = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link');
    await expect(trail).toHaveText(['Home', name]);
    await expect(trail.first()).toHaveAttribute('href', '/');
    await expect(trail.last()).toHaveAttribute('href', path);
    await expect(trail.last()).toHaveAttribute('aria-current', 'page');
    const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
    expect(blocks.filter((block) => block['@type'] === 'BreadcrumbList'), path).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'Home', item: `${site.url}/` },
          { '@type': 'ListItem', position: 2, name, item: `${site.url}${path}` },
        ],
      },
    ]);
  }
});

test('every page links the Atom feed of recently updated questions in its head', async ({ page }) => {
  for (const path of ['/', `/${sections[0]!.id}/`, '/all/', '/search/', '/no-such-page/']) {
    await page.goto(path);
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]'), path).toHaveAttribute('href', '/feed.xml');
  }
});
