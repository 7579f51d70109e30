/**
 * The Azure CLI's command groups that AKS operators run ("az aks create", "az vmss scale", "az resource move"). Before
 * one, `az` is the CLI's name and says nothing about the subject; elsewhere it may be an availability zone ("multi-AZ",
 * "AZ support").
 */
const commandGroups = new Set(
  [
    'aks acr ad account deployment disk extension feature fleet group identity keyvault lock login monitor network',
    'policy provider resource role snapshot storage tag vm vmss',
  ]
    .join(' ')
    .split(' '),
);

/** Whether a word of the query is the Azure CLI's name, as the word after it tells. */
export const isAzureCli = (word: string, next: string | undefined) =>
  word === 'az' && next !== undefined && commandGroups.has(next);

/**
 * The words of a piece of the query without the Azure CLI's name ("`az aks create`/`az aks nodepool add`", "Az.Aks");
 * `next` is the first word of the following piece.
 */
export const withoutAzureCli = (words: string[], next: string | undefined) =>
  words.filter((word, i) => !isAzureCli(word, words[i + 1] ?? next));
