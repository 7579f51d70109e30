import { describe, expect, it } from 'vitest';
import { siteAnswer } from '../../src/upstream/learn-markdown.ts';
import { learnAddress } from '../../src/upstream/learn-links.ts';
import { plainQuestion, siteQuestion } from '../../src/pipeline/question-text.ts';

const PAGE = 'https://learn.microsoft.com/azure/aks/faq';

describe('learnAddress', () => {
  it('resolves relative links against the page and site-absolute ones against its host, without .md or .yml', () => {
    expect(learnAddress('./free-standard-pricing-tiers.md', PAGE)).toBe(
      'https://learn.microsoft.com/azure/aks/free-standard-pricing-tiers',
    );
    expect(learnAddress('scale-cluster.md#scale-user-node-pools-to-0', PAGE)).toBe(
      'https://learn.microsoft.com/azure/aks/scale-cluster#scale-user-node-pools-to-0',
    );
    expect(learnAddress('./windows-faq.yml', PAGE)).toBe('https://learn.microsoft.com/azure/aks/windows-faq');
    expect(learnAddress('../virtual-machines/sizes.md?tabs=cli', PAGE)).toBe(
      'https://learn.microsoft.com/azure/virtual-machines/sizes?tabs=cli',
    );
    expect(learnAddress('/cli/azure/aks#az-aks-create', PAGE)).toBe(
      'https://learn.microsoft.com/cli/azure/aks#az-aks-create',
    );
  });

  it('keeps absolute links, e-mail and links to other hosts as they are', () => {
    expect(learnAddress('https://kubernetes.io/docs/', PAGE)).toBe('https://kubernetes.io/docs/');
    expect(learnAddress('mailto:aks@example.org', PAGE)).toBe('mailto:aks@example.org');
    expect(learnAddress('https://github.com/Azure/AKS/blob/main/x.md', PAGE)).toBe(
      'https://github.com/Azure/AKS/blob/main/x.md',
    );
  });
});

describe('siteAnswer', () => {
  it('rewrites inline links, titled links and link definitions where the syntax tree has them', () => {
    const { body, usesComponents } = siteAnswer(
      'See [pricing](./pricing.md "Tiers"), [`az aks`](/cli/azure/aks) and [ref][r].\n\n[r]: ./ref.md',
      PAGE,
    );
    expect(body).toBe(
      'See [pricing](https://learn.microsoft.com/azure/aks/pricing "Tiers"), ' +
        '[`az aks`](https://learn.microsoft.com/cli/azure/aks) and [ref][r].\n\n' +
        '[r]: https://learn.microsoft.com/azure/aks/ref\n',
    );
    expect(usesComponents).toBe(false);
  });

  it('leaves link-like text in code alone', () => {
    const text = 'Run `[x](./y.md)`:\n\n```azurecli\naz aks show # see ./y.md\n```';
    expect(siteAnswer(text, PAGE).body).toBe('Run `[x](./y.md)`:\n\n```bash\naz aks show # see ./y.md\n```\n');
  });

  it('gives code fences the names the highlighter knows', () => {
    expect(siteAnswer('```azurepowershell\nGet-AzAksCluster\n```', PAGE).body).toBe(
      '```powershell\nGet-AzAksCluster\n```\n',
    );
    expect(siteAnswer('```output\nok\n```', PAGE).body).toBe('```text\nok\n```\n');
    expect(siteAnswer('```yaml\na: 1\n```', PAGE).body).toBe('```yaml\na: 1\n```\n');
  });

  it('turns callouts into <Note>, at their indentation inside a list item, links inside rewritten', () => {
    const { body, usesComponents } = siteAnswer(
      '1. One.\n2. Two.\n\n   > [!NOTE]\n   > Do not [modify](./lockdown.md) it.\n   > Ever.\n\nAfter.',
      PAGE,
    );
    expect(body).toBe(
      '1. One.\n2. Two.\n\n   <Note>\n   Do not [modify](https://learn.microsoft.com/azure/aks/lockdown) it.\n' +
        '   Ever.\n   </Note>\n\nAfter.\n',
    );
    expect(usesComponents).toBe(true);
  });

  it('keeps the kind of a callout other than a note in bold, and a plain quote as a quote', () => {
    expect(siteAnswer('> [!WARNING]\n> Data is lost.', PAGE).body).toBe(
      '<Note>\n**Warning:** Data is lost.\n</Note>\n',
    );
    expect(siteAnswer('> Just a quote.', PAGE)).toEqual({
      body: '> Just a quote.\n',
      usesComponents: false,
      notices: [],
    });
  });

  it('makes an image a link to it, which the site can show, and says so', () => {
    const { body, notices } = siteAnswer('![The diagram](./media/faq/diagram.png)', PAGE);
    expect(body).toBe('[The diagram](https://learn.microsoft.com/azure/aks/media/faq/diagram.png)\n');
    expect(notices).toEqual([
      'The image "The diagram" became a link to https://learn.microsoft.com/azure/aks/media/faq/diagram.png.',
    ]);
  });
});

it('plainQuestion gives Learn’s Markdown as plain text, inline code and emphasis as their words, quotes as written', () => {
  expect(plainQuestion('I ran a cluster delete, but see the error `[Errno 11001] getaddrinfo failed`\n')).toBe(
    'I ran a cluster delete, but see the error [Errno 11001] getaddrinfo failed',
  );
  expect(plainQuestion("If I have pod / deployments in state 'NodeLost' or\n  'Unknown', can I *still* upgrade?")).toBe(
    "If I have pod / deployments in state 'NodeLost' or 'Unknown', can I still upgrade?",
  );
});

it('siteQuestion gives a question in Learn’s Markdown as the site writes it: inline code kept, the rest plain', () => {
  expect(siteQuestion('I ran a cluster delete, but see the error `[Errno 11001] getaddrinfo failed`\n')).toBe(
    'I ran a cluster delete, but see the error `[Errno 11001] getaddrinfo failed`',
  );
  expect(siteQuestion("If I have pod / deployments in state 'NodeLost' or\n  'Unknown', can I *still* upgrade?")).toBe(
    "If I have pod / deployments in state 'NodeLost' or 'Unknown', can I still upgrade?",
  );
  expect(siteQuestion('Why does ``a `b` c`` fail in [the portal](./portal.md)?')).toBe(
    'Why does ``a `b` c`` fail in the portal?',
  );
});
