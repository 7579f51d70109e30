import { expect, test } from '@playwright/test';
import { aksFaqOnly } from '../support/aks-faq.ts';
import { searchAll } from '../support/search-harness.ts';

// Queries written for each kind of reading that search-relevance.spec.ts measures in bulk: each kind's queries
// match nothing of their question's words but through the mechanism named (docs/search.md), so each test fails
// when its mechanism is gone.
aksFaqOnly();

const upgrades = [
  'upgrade-unhealthy-nodes',
  'upgrade-unknown-pods',
  'crash-loops-after-upgrade',
  'auto-upgrade-unsupported',
];
const stopping = ['deallocate-vms', 'scale-to-zero'];
const credentials = ['provisioning-failures', 'crash-loops-after-upgrade'];
const zero = ['scale-to-zero', 'vmss-scale-to-zero'];

/** Each kind with its queries and the questions that answer each. */
const kinds: Record<string, [string, string[]][]> = {
  'place names: an Azure region or a sovereign cloud (vocabularies/azure-places.json)': [
    ['is AKS available in West Europe', ['available-regions']],
    ['aks in usgovvirginia', ['available-regions']],
    ['is AKS offered in US DoD East', ['available-regions']],
    ['AKS in Azure China', ['available-regions']],
    ['Azure Government support for AKS', ['available-regions']],
    ['can we use AKS in the Azure US Government cloud', ['available-regions']],
    ['create a cluster in South Africa North', ['available-regions']],
    ['eastus2 capacity', ['available-regions']],
    // Regions newer than @azure/identity's list: a country and a compass word (client/places.ts).
    ['is AKS in Sweden Central yet', ['available-regions']],
    ['deploy to Italy North', ['available-regions']],
    ['polandcentral capacity', ['available-regions']],
  ],
  'other verbs for the same act (vocabularies/acts.json)': [
    ['shut down all nodes overnight', stopping],
    ['halt the cluster on weekends', stopping],
    ['power off the agent pool VMs', stopping],
    ['switch off my cluster', stopping],
    ['power down all agent nodes every evening', stopping],
    ['spin down the cluster when nobody works', stopping],
    ['relocate cluster to another subscription', ['move-between-subscriptions']],
    ['tear down of cluster never finishes', ['slow-cluster-delete']],
  ],
  'names of the things in an area (vocabularies/kubernetes-components.json)': [
    ['KEDA got a new version without me doing anything', ['addon-updates']],
    ['AGIC version changed on its own', ['addon-updates']],
    ['gatekeeper policies applied to kube-system', ['webhooks-system-namespaces', 'admission-webhooks']],
    ['cert-manager on AKS', ['admission-webhooks']],
    ['kured reboots', ['security-updates']],
    ['when do nodes reboot', ['security-updates']],
  ],
  'other ways readers ask a question (its alsoAsked, docs/writing.md)': [
    ['konnectivity agent pods restarting', ['control-plane-communication']],
    ['focal nodes end of life', ['linux-os-versions']],
    ['Windows2019 sku end of life', ['windows-os-versions']],
    ['nodes billed as plain virtual machines', ['reservation-discounts']],
    ['os_sku AzureLinux', ['linux-operating-systems']],
  ],
  'versions, counts, shares, error tokens and VM sizes (client/numbers.ts, read-words.ts, vm-sizes.ts)': [
    ['upgrade from 1.11.2 to 1.11.3 failed', upgrades],
    ['v1.24 to v1.25', upgrades],
    ['CreatingLoadBalancerFailed', credentials],
    ['invalid client secret', credentials],
    ['99.9% uptime', ['sla']],
    ['Ubuntu 20.04 node pools', ['linux-os-versions']],
    ['Ubuntu2204 node pools', ['operating-systems-os', 'linux-os-versions']],
    ['move from Windows2019 to Windows2022', ['windows-os-versions']],
    ['Standard_D4s_v3 and Standard_NC6 in one cluster', ['mixed-vm-sizes']],
    ['nodepool with 0 nodes', zero],
    ['can the cluster go down to 0 nodes', zero],
  ],
  // Readers who have read around a topic use its answer's words: none of these queries has a word of its question.
  'answer words: queries in an answer’s words, none of its question’s (index/faq-records.ts, pagefind/ranking.ts)': [
    ['prometheus node exporter metrics', ['linux-extension']],
    ['chrony on the host', ['time-sync']],
    ['kubelet cannot pull terabyte layers from the registry', ['container-image-size']],
    ['Microsoft Defender for Containers', ['security-threats']],
    ['KUBERNETES_SERVICE_HOST variable annotation', ['api-server-fqdn']],
    ['Owner name reserved for the load balancer public IP', ['node-resource-group-tags']],
    ['billed as standard virtual machines', ['reservation-discounts']],
  ],
  // Written so that more than ten words the site lacks come before the subject: each misses when only ten words count.
  'long titles: words the site lacks do not hide the subject (client/score.ts)': [
    [
      'Hoping somebody could kindly clarify, ideally through official guidance, whatever prerequisites matter regarding FIPS',
      ['fips'],
    ],
    [
      'Would appreciate somebody kindly clarifying, ideally through official guidance, whether anything replaced tunnelfront',
      ['control-plane-communication'],
    ],
    [
      'Genuinely puzzled colleagues repeatedly wondered aloud, somewhat anxiously, whether anybody tried kured',
      ['security-updates'],
    ],
  ],
  // Tracker titles and queries of the tuning sets whose subject loses to a word any text uses ("new", "another",
  // "after") that one short answer happens to have.
  'words any text uses count little (the lexicon’s common words, from stopwords-iso)': [
    ['Upgrade to new AKS version', ['auto-upgrade-unsupported', 'platform-support']],
    ['kube-apiserver unreachable from nodes in another vnet', ['control-plane-communication']],
    ['stretch one cluster over two regions', ['multi-region-cluster']],
    ['stop the VMs in the MC_ resource group', ['deallocate-vms']],
    ['[BUG] cluster stuck in Deleting state', ['slow-cluster-delete']],
    ['KEDA Addon still deploys 2.14.1 in AKS 1.30+', ['addon-updates']],
    ['Running containers as root user should be avoided', ['run-as-root']],
  ],
};

/**
 * Queries about Kubernetes versions, which share "version" with the OS-version questions: the concept map's
 * "kubernetes version" and the questions' own words must put the Kubernetes-version answers first and second.
 */
const kubernetesVersions = [
  'k8s version',
  'kubernetes versions',
  'which kubernetes version is supported',
  'n-3 version support',
];
const kubernetesVersionAnswers = ['auto-upgrade-unsupported', 'platform-support'];

/**
 * Near-twin questions, which share most of their words: each query of a pair names what tells its question from the
 * other (a region's name against regions in general, two regions' names against spanning them, zones in a region
 * against the region, the API it scales through, what a slow delete is against an error on delete, the SKU of a VM
 * against the cluster's, the resource group AKS creates against its name, stopping against upgrading a stopped node),
 * and must find it first.
 */
const twins: [string, string][][] = [
  [
    ['scale a user node pool to zero with az aks', 'scale-to-zero'],
    ['scale VMSS instances to 0 through the VMSS API', 'vmss-scale-to-zero'],
  ],
  [
    ['Korea Central cluster deployment', 'available-regions'],
    ['one cluster spanning two Azure regions', 'multi-region-cluster'],
  ],
  [
    ['is AKS available in eastus2 and westus3', 'available-regions'],
    ['one cluster with nodes in eastus2 and westus3', 'multi-region-cluster'],
  ],
  [
    ['three zones in North Central US', 'availability-zones'],
    ['is AKS offered in North Central US', 'available-regions'],
  ],
  [
    ['delete takes hours', 'slow-cluster-delete'],
    ['delete failed with Errno 11001', 'getaddrinfo-delete-error'],
  ],
  [
    ['windows server 2019 or 2022 for node pools', 'windows-os-versions'],
    ['run windows containers on aks', 'windows-containers'],
  ],
  [
    ['resource group created automatically with my cluster', 'two-resource-groups'],
    ['tags on the node resource group get overwritten', 'node-resource-group-tags'],
  ],
  [
    ['aks creates another resource group with the node resources', 'two-resource-groups'],
    ['custom name for the node resource group', 'node-resource-group-name'],
  ],
  [
    ['stop my dev cluster at night', 'deallocate-vms'],
    ['upgrade a cluster with a node shut down', 'upgrade-unhealthy-nodes'],
  ],
  [
    ['change the VM SKU of a node pool', 'mixed-vm-sizes'],
    ['Paid SKU for the cluster', 'sla'],
  ],
  [
    ['webhooks are not applied to kube-system', 'webhooks-system-namespaces'],
    ['can I write my own admission webhook', 'admission-webhooks'],
    ['which admission controllers are enabled', 'admission-controllers'],
  ],
];

test.describe.configure({ mode: 'default' });
const found = new Map<string, string[]>();

test.beforeAll(async ({ browser }, testInfo) => {
  const page = await browser.newPage();
  const queries = [
    ...Object.values(kinds).flatMap((pairs) => pairs.map(([query]) => query)),
    ...kubernetesVersions,
    ...twins.flat().map(([query]) => query),
  ];
  const results = await searchAll(page, testInfo.project.use.baseURL!, queries, 3);
  queries.forEach((query, i) => found.set(query, results[i]!));
  await page.close();
});

for (const [kind, pairs] of Object.entries(kinds)) {
  test(`${kind}: every query finds its question in the top 3, and 80% first`, () => {
    for (const [query, expected] of pairs)
      expect(
        found.get(query)!.filter((id) => expected.includes(id)),
        `"${query}" in the top 3`,
      ).not.toEqual([]);
    const first = pairs.filter(([query, expected]) => expected.includes(found.get(query)![0]!));
    expect(first.length, 'queries whose question comes first').toBeGreaterThanOrEqual(0.8 * pairs.length);
  });
}

test('near-twin concepts: a query about Kubernetes versions finds their answers before the OS versions', () => {
  for (const query of kubernetesVersions)
    expect(found.get(query)!.slice(0, 2).toSorted(), query).toEqual(kubernetesVersionAnswers);
});

test('near-twin questions: each query finds the one of its twins it names first', () => {
  for (const [query, expected] of twins.flat()) expect(found.get(query)![0], query).toBe(expected);
});
