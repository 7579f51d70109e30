/**
 * What tests/fixtures/site holds, written out by hand: the site layer compares the built fixture site with
 * these literal values, never with what the site's own code reads from the files.
 */
export const fixtureFaq = {
  title: 'Fixture FAQ',
  url: 'https://faq.example.org',
  sections: [
    {
      id: 'alpha',
      title: 'Alpha',
      questions: [
        { id: 'reworded', text: 'How do I reach the API server from a pod?', updated: '2026-03-14' },
        { id: 'renamed', text: 'Which node image does a new pool use?', updated: '2026-01-25' },
        {
          id: 'upgrade-cluster',
          text: 'How do I upgrade a cluster to a newer Kubernetes version?',
          updated: '2026-02-02',
        },
        { id: 'scale-to-zero', text: 'Can a node pool scale to zero?', updated: '2026-02-10' },
        { id: 'time-sync', text: 'How do nodes keep their clocks in sync?', updated: '2026-01-20' },
      ],
    },
    {
      id: 'beta',
      title: 'Beta',
      questions: [
        // No `updated` field: dated by the last commit of its file.
        { id: 'moved', text: 'Can I resize the disks of a node pool?', updated: undefined },
        { id: 'node-pool-upgrades', text: 'Do node pools upgrade with the cluster?', updated: '2026-02-03' },
        { id: 'system-pools', text: 'Can I delete the system node pool?', updated: '2026-02-04' },
      ],
    },
    {
      id: 'gamma',
      title: 'Gamma',
      questions: [
        { id: 'html-in-question', text: '<img src=x onerror=alert(1)>', updated: '2026-01-05' },
        {
          id: 'quotes-in-question',
          text: 'Do "quotes" & <b>tags</b> in a question stay as written?',
          updated: '2026-01-06',
        },
        // Written with `inline code`, which its heading and lists show as code: here as the words they show.
        { id: 'code-in-question', text: 'Does inline code in a question show as code?', updated: '2026-01-08' },
        { id: 'plain-question', text: 'Does an ordinary question still show?', updated: '2026-01-07' },
      ],
    },
  ],
} as const;

export const fixtureQuestions = fixtureFaq.sections.flatMap((section) =>
  section.questions.map((question) => ({ ...question, section: section.id })),
);

/** The code blocks of section alpha, in page order, exactly as their files write them. */
export const alphaCodeBlocks = [
  'az aks get-upgrades --resource-group myResourceGroup --name myCluster --output table',
  'az aks upgrade --resource-group myResourceGroup --name myCluster --kubernetes-version 1.33.2',
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: batch-job\nspec:\n  nodeSelector:\n    agentpool: batch',
];
