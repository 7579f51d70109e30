/**
 * Azure's names of VM sizes ("Standard_D4s_v3", "Standard_NC6", "Basic_A1"): a tier, the family's letters with the
 * number of vCPUs and feature letters, and a version. A query that names one asks about VM sizes, not about the
 * "Standard" pricing tier.
 */
const vmSizeName = /^(?:standard|basic)_[a-z]+\d+[a-z]*(?:_[a-z0-9]+)*$/i;

/** The words a VM size's name is read as, side by side. */
export const vmSizeWords = ['vm', 'size'];

/** Whether a word of the query is the name of a VM size. */
export const isVmSize = (word: string) => vmSizeName.test(word);
