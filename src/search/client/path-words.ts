import { percentDecoded } from '../../utils/percent-decoded.ts';

/**
 * The words of an address, for searching what a missing page was about: "/q/node-pool-upgrade/" gives "node pool
 * upgrade".
 */
export function pathWords(pathname: string): string {
  return percentDecoded(pathname)
    .replace(/\.(html?|php|aspx?)$/i, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && word.toLowerCase() !== 'index')
    .join(' ');
}
