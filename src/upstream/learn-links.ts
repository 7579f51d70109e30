/** The Learn article extensions its repository's links carry and its pages' addresses do not. */
const SOURCE_EXTENSIONS = ['.md', '.yml'];

/**
 * Where a link written in a Learn article leads, as an absolute address: relative links (`./pricing.md`,
 * `../x/y.md#part`) resolve against the article's page, site-absolute ones (`/azure/…`) against its host, and
 * the source file's extension goes, as on Learn. Same-page fragments (`#part`) lead to the page itself.
 */
export function learnAddress(url: string, page: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  const address = new URL(url, page);
  if (address.origin === new URL(page).origin) {
    const extension = SOURCE_EXTENSIONS.find((ext) => address.pathname.endsWith(ext));
    if (extension) address.pathname = address.pathname.slice(0, -extension.length);
  }
  return address.href;
}
