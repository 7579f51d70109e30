/**
 * Queries typed in every benchmark search, as readers type them: short, in their own words, some
 * abbreviations and a prefix. They suit both the AKS content and the synthetic corpora, whose vocabulary
 * is the same kind of Kubernetes operations language.
 */
export const BENCH_QUERIES = [
  'upgrade node pool',
  'private cluster dns',
  'autoscaler',
  'windows containers',
  'NSG',
  'uptime sla',
  'spot nodes',
  'move cluster to another subscription',
  'certificate rotation',
  'managed identity',
  'ingress tls',
  'scale to zero',
  'azure cni overlay',
  'key vault secrets',
  'backup and restore',
  'gpu drivers',
  'kubectl drain',
  'maintenance window',
  'pod security',
  'image pull secret',
  'reserved instances cost',
  'dns queries time out',
  'api server access',
  'node image upd',
] as const;
