/**
 * Learn's names for code languages that the site's highlighter (Shiki) knows by another name; the rest are
 * kept as written. Learn's `azurecli` blocks are shell commands, `output` blocks are plain text.
 */
const SHIKI_NAMES: Record<string, string> = {
  azurecli: 'bash',
  'azurecli-interactive': 'bash',
  azurepowershell: 'powershell',
  'azurepowershell-interactive': 'powershell',
  output: 'text',
};

/** The language a fenced block written on Learn is highlighted as here. */
export const siteCodeLanguage = (lang: string): string => SHIKI_NAMES[lang.toLowerCase()] ?? lang;
