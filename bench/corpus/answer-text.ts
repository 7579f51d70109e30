import type { Random } from './random.ts';
import { ACTIONS, COMMANDS, CONTEXTS, EVENTS, MOMENTS, SYMPTOMS, TOOLS } from './vocabulary.ts';

export type AnswerFormat = 'md' | 'mdx';

/** Another question an answer may link to. */
export interface LinkTarget {
  id: string;
  subject: string;
}

export interface AnswerPlan {
  subject: string;
  format: AnswerFormat;
  /** Questions to link to as /q/<id>/. */
  related: readonly LinkTarget[];
  withCodeBlock: boolean;
  withList: boolean;
  withCallout: boolean;
}

const code = (r: Random) => `\`${r.pick(COMMANDS)}\``;

const SENTENCES: readonly ((s: string, r: Random) => string)[] = [
  (s, r) =>
    `You can ${r.pick(ACTIONS)} ${s} ${r.pick(CONTEXTS)}, ` +
    'but plan for a short interruption of workloads that run a single replica.',
  (_, r) => `Run ${code(r)} to check the current state before you change anything.`,
  (s, r) => `AKS does not ${r.pick(ACTIONS)} ${s} for you; schedule the change in a planned maintenance window.`,
  (s, r) => `If ${s} seems to ${r.pick(SYMPTOMS)}, look at the events of the affected pods with ${code(r)}.`,
  () => 'The limit depends on the VM size, the network plugin and the quota of your subscription in that region.',
  (s, r) => `When ${r.pick(EVENTS)}, ${s} keeps its configuration and workloads resume once the nodes report Ready.`,
  (_, r) =>
    `Microsoft supports this configuration ${r.pick(CONTEXTS)} ` +
    'as long as the cluster runs a supported Kubernetes version.',
  (_, r) => `Use ${code(r)} together with ${code(r)} to apply the change to one node pool at a time.`,
  () => 'Keep at least two nodes in every system node pool so that the core add-ons in `kube-system` stay available.',
  (s, r) => `Before you change ${s} in production, try it ${r.pick(CONTEXTS)} on a staging cluster.`,
  () => 'Costs grow with the number of nodes, the disk tier and outbound data, not with the number of pods.',
  () => 'Set a `PodDisruptionBudget` so that draining a node never takes every replica down at once.',
  () => 'The change takes effect after the nodes are reimaged, which usually takes a few minutes per node.',
  (s) => `Logs for ${s} land in Container insights, where a Kusto query can filter them by namespace and node.`,
  (s, r) =>
    `Teams that manage ${s} with ${r.pick(TOOLS)} usually keep the settings in source control and review every change.`,
  (s, r) =>
    `Problems with ${s} ${r.pick(MOMENTS)} ` +
    'are most often caused by a missing role assignment or a blocked outbound rule.',
  () =>
    'The Azure Resource Manager API applies the change as a long-running operation; ' +
    'its status shows in the activity log.',
  (s) => `There is no extra charge for ${s} itself; you pay for the compute, storage and network resources it uses.`,
  (_, r) => `After the operation, confirm the result with ${code(r)} and compare it with the desired state.`,
  (s, r) =>
    `If you ${r.pick(ACTIONS)} ${s} by hand in the node resource group, AKS may revert it at the next reconcile.`,
];

const LIST_ITEMS: readonly ((s: string, r: Random) => string)[] = [
  (_, r) => `Check the quota of your subscription with ${code(r)}.`,
  (s) => `Confirm that ${s} is available in your region.`,
  () => 'Make sure the cluster runs a supported Kubernetes version.',
  (_, r) => `Drain the affected nodes with ${code(r)}.`,
  () => 'Grant the cluster identity the Network Contributor role on the subnet.',
  (_, r) => `Apply the new settings ${r.pick(CONTEXTS)}.`,
  () => 'Watch the node pool until every node reports Ready.',
  (s, r) => `Record how ${s} behaves ${r.pick(MOMENTS)} so you can compare later.`,
];

const CODE_BLOCKS: readonly ((r: Random) => string)[] = [
  (r) =>
    [
      '```bash',
      'az aks nodepool update \\',
      '  --resource-group myResourceGroup \\',
      '  --cluster-name myAKSCluster \\',
      `  --name nodepool${r.int(1, 9)} \\`,
      `  --max-surge ${r.int(1, 5)}0%`,
      '```',
    ].join('\n'),
  (r) =>
    [
      '```yaml',
      'apiVersion: policy/v1',
      'kind: PodDisruptionBudget',
      'metadata:',
      '  name: web-pdb',
      'spec:',
      `  minAvailable: ${r.int(1, 3)}`,
      '  selector:',
      '    matchLabels:',
      '      app: web',
      '```',
    ].join('\n'),
  (r) =>
    [
      '```bash',
      'kubectl get pods --namespace kube-system --output wide',
      `kubectl describe node aks-nodepool1-${r.int(10000000, 99999999)}-vmss000000`,
      '```',
    ].join('\n'),
  (r) =>
    [
      '```yaml',
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: sample',
      'spec:',
      '  nodeSelector:',
      '    kubernetes.io/os: linux',
      '  containers:',
      '    - name: app',
      `      image: mcr.microsoft.com/azuredocs/aks-helloworld:v${r.int(1, 3)}`,
      '```',
    ].join('\n'),
];

const EXTERNAL_LINK = '[the AKS documentation](https://learn.microsoft.com/azure/aks/)';

// Words a reader reads: code blocks and list markers do not count.
const wordCount = (text: string) =>
  text
    .replace(/```[\s\S]*?```/g, '')
    .split(/\s+/)
    .filter((word) => /[a-z]/i.test(word)).length;

function paragraphs(sentences: string[], r: Random): string[] {
  const result: string[] = [];
  for (let i = 0; i < sentences.length;) {
    const size = r.int(2, 4);
    result.push(sentences.slice(i, i + size).join(' '));
    i += size;
  }
  return result;
}

function list(subject: string, r: Random): string {
  const numbered = r.chance(0.5);
  const items = Array.from(
    { length: r.int(3, 5) },
    (_, i) => `${numbered ? `${i + 1}.` : '-'} ${r.pick(LIST_ITEMS)(subject, r)}`,
  );
  return `Before you ${r.pick(ACTIONS)} ${subject}:\n\n${items.join('\n')}`;
}

function callout(format: AnswerFormat, r: Random): string {
  const text =
    `Changes to resources in the node resource group are unsupported ${r.pick(MOMENTS)}; ` +
    'make them through the AKS API instead.';
  // Markdown answers have no components: a plain blockquote reads the same without one.
  return format === 'mdx' ? `<Note>\n${text}\n</Note>` : `> **Note:** ${text}`;
}

/** An answer of 60 to 200 words of prose, with the extras the plan asks for. */
export function answerText(plan: AnswerPlan, r: Random): string {
  const { subject } = plan;
  const blocks: string[] = [];
  if (plan.withList) blocks.push(list(subject, r));
  if (plan.withCodeBlock) blocks.push(`For example:\n\n${r.pick(CODE_BLOCKS)(r)}`);
  if (plan.withCallout) blocks.push(callout(plan.format, r));
  const links = plan.related.map((target) => `For more, see the answer about [${target.subject}](/q/${target.id}/).`);
  if (r.chance(0.15)) links.push(`Details are in ${EXTERNAL_LINK}.`);

  const target = r.int(65, 180);
  let words = wordCount([...blocks, ...links].join(' '));
  const sentences: string[] = [];
  const unused = [...SENTENCES];
  while (words < target && unused.length > 0) {
    const [template] = unused.splice(r.int(0, unused.length - 1), 1);
    const sentence = template!(subject, r);
    sentences.push(sentence);
    words += wordCount(sentence);
  }
  const prose = paragraphs([...sentences, ...links], r);
  // Lists, code and callouts sit between paragraphs, as writers place them.
  const [first = '', ...rest] = prose;
  return [first, ...blocks, ...rest].join('\n\n');
}
