import { describe, expect, it } from 'vitest';
import { anchorsLandingOn, buildAnchorMap } from '../../src/urls/anchor-map.ts';
import { learnStyleSlugs } from '../../src/urls/learn-anchors.ts';

describe('learnStyleSlugs', () => {
  it('derives the older style that drops punctuation', () => {
    expect(learnStyleSlugs('Can I use admission controller webhooks on AKS?')).toContain(
      'can-i-use-admission-controller-webhooks-on-aks',
    );
    expect(learnStyleSlugs('Why are two resource groups created with AKS?')).toContain(
      'why-are-two-resource-groups-created-with-aks',
    );
  });

  it('derives the current style that turns punctuation into hyphens', () => {
    expect(learnStyleSlugs('How does the managed control plane communicate with my nodes?')).toContain(
      'how-does-the-managed-control-plane-communicate-with-my-nodes-',
    );
    expect(
      learnStyleSlugs(
        'What Kubernetes admission controllers does AKS support? Can admission controllers be added or removed?',
      ),
    ).toContain('what-kubernetes-admission-controllers-does-aks-support-can-admission-controllers-be-added-or-removed');
  });

  it('keeps both styles apart where punctuation sits inside the text', () => {
    const slugs = learnStyleSlugs("Can I move/migrate my cluster? What's next");
    expect(slugs).toContain('can-i-movemigrate-my-cluster-whats-next');
    expect(slugs).toContain('can-i-move-migrate-my-cluster-what-s-next');
  });

  it('returns no duplicates and no empty slug', () => {
    expect(learnStyleSlugs('Plain words')).toEqual(['plain-words']);
    expect(learnStyleSlugs('???')).toEqual([]);
  });
});

describe('anchorsLandingOn', () => {
  it("gives every anchor that lands on a path, in the map's order", () => {
    const map = {
      sla: '/support/#sla',
      uptime: '/support/#sla',
      'two-resource-groups': '/operations/#two-resource-groups',
      'does-aks-offer-an-sla': '/support/#sla',
      'mc-group': '/operations/#two-resource-groups',
    };
    expect(anchorsLandingOn(map, '/support/#sla')).toEqual(['sla', 'uptime', 'does-aks-offer-an-sla']);
    expect(anchorsLandingOn(map, '/operations/#two-resource-groups')).toEqual(['two-resource-groups', 'mc-group']);
    expect(anchorsLandingOn(map, '/support/#lonely')).toEqual([]);
  });
});

describe('buildAnchorMap', () => {
  const paths = {
    questionPath: (q: { id: string; section: { id: string } }) => `/${q.section.id}/#${q.id}`,
    sectionPath: (id: string) => `/${id}/`,
    permalinkPath: (id: string) => `/q/${id}/`,
    homePath: () => '/',
    allQuestionsPath: () => '/all/',
  };
  const sections = [
    {
      id: 'operations',
      questions: [
        {
          id: 'move-between-tenants',
          text: 'Can I move or migrate my cluster between Azure tenants?',
          aliases: [],
          formerly: ['Can I move/migrate my cluster between Azure tenants?'],
        },
      ],
    },
  ];

  it('lands an alias or slug that every object inherits ("constructor")', () => {
    const named = [
      {
        id: 'operations',
        questions: [
          { id: 'builder', text: 'Builder?', aliases: ['constructor'] },
          { id: 'other', text: 'Constructor?', aliases: [] },
        ],
      },
    ];
    expect(buildAnchorMap(named, { retired: {}, learnStyleAnchors: false }, paths)['constructor']).toBe(
      '/operations/#builder',
    );
    const unaliased = [{ id: 'operations', questions: [{ ...named[0]!.questions[1]! }] }];
    expect(buildAnchorMap(unaliased, { retired: {}, learnStyleAnchors: true }, paths)['constructor']).toBe(
      '/operations/#other',
    );
  });

  it('lands the Learn-style anchors of a question’s earlier wordings and of a retired question’s last text', () => {
    const map = buildAnchorMap(
      sections,
      { retired: { 'old-question': { question: 'Can I freeze a node pool?' } }, learnStyleAnchors: true },
      paths,
    );
    expect(map).toMatchObject({
      'can-i-move-or-migrate-my-cluster-between-azure-tenants-': '/operations/#move-between-tenants',
      'can-i-move-migrate-my-cluster-between-azure-tenants-': '/operations/#move-between-tenants',
      'can-i-movemigrate-my-cluster-between-azure-tenants': '/operations/#move-between-tenants',
      'old-question': '/q/old-question/',
      'can-i-freeze-a-node-pool-': '/q/old-question/',
    });
  });

  it('lands a replaced section’s headings, in the index and on the page of all questions, on its successor’s', () => {
    const map = buildAnchorMap(
      sections,
      { retired: {}, learnStyleAnchors: false, retiredSections: { ops: { section: 'operations' } } },
      paths,
    );
    expect(map['index-ops']).toBe('/#index-operations');
    expect(map['section-ops']).toBe('/all/#section-operations');
  });

  it('lands the Learn-style anchors of a section’s title on its page, after every question’s', () => {
    const titled = [
      { id: 'ops', title: 'Quotas, limits, and region availability', questions: [] },
      { id: 'operations', title: 'Move between tenants', questions: sections[0]!.questions },
      { id: 'other', title: 'Can I move or migrate my cluster between Azure tenants?', questions: [] },
    ];
    const map = buildAnchorMap(titled, { retired: {}, learnStyleAnchors: true }, paths);
    expect(map['quotas-limits-and-region-availability']).toBe('/ops/');
    expect(map['move-between-tenants']).toBe('/operations/#move-between-tenants');
    expect(map['can-i-move-or-migrate-my-cluster-between-azure-tenants-']).toBe('/operations/#move-between-tenants');
    expect(buildAnchorMap(titled, { retired: {}, learnStyleAnchors: false }, paths)).not.toHaveProperty(
      'quotas-limits-and-region-availability',
    );
  });

  it('lands a retired section’s titles where its address does: the section in its place, or its removal page', () => {
    const retiredSections = {
      quotas: { section: 'operations', titles: ['Quotas and limits', 'Operations'] },
      freezing: { titles: ['Freezing node pools'] },
    };
    const map = buildAnchorMap(
      [{ id: 'operations', title: 'Operations', questions: [] }],
      { retired: {}, learnStyleAnchors: true, retiredSections },
      paths,
    );
    expect(map).toMatchObject({
      'quotas-and-limits': '/operations/',
      operations: '/operations/',
      'freezing-node-pools': '/freezing/',
    });
  });

  it('lands a retired question’s text on one removal page when its aliases were retired with it', () => {
    const removal = { section: 'security', question: 'Can I use FIPS cryptographic libraries?' };
    const retired = { 'fips-libraries': removal, fips: removal };
    const map = buildAnchorMap([], { retired, learnStyleAnchors: true }, paths);
    expect(map['can-i-use-fips-cryptographic-libraries-']).toBe('/q/fips-libraries/');
  });

  it('lets a current wording win over another question’s earlier one; no slug without learnStyleAnchors', () => {
    const reworded = [
      {
        id: 'operations',
        questions: [
          ...sections[0]!.questions,
          { id: 'tenants', text: 'Can I move/migrate my cluster between Azure tenants?', aliases: [] },
        ],
      },
    ];
    const map = buildAnchorMap(reworded, { retired: {}, learnStyleAnchors: true }, paths);
    expect(map['can-i-move-migrate-my-cluster-between-azure-tenants-']).toBe('/operations/#tenants');
    expect(Object.keys(buildAnchorMap(reworded, { retired: {}, learnStyleAnchors: false }, paths))).toEqual([
      'move-between-tenants',
      'tenants',
    ]);
  });

  it('lands the Learn-style anchors of the wording the source page last gave a question, however it is worded here', () => {
    const synced = [
      {
        id: 'operations',
        questions: [
          {
            id: 'two-resource-groups',
            text: 'Why does AKS create two resource groups?',
            aliases: [],
            upstreamText: 'Why are two resource groups created with AKS?',
          },
        ],
      },
    ];
    const map = buildAnchorMap(synced, { retired: {}, learnStyleAnchors: true }, paths);
    expect(map).toMatchObject({
      'why-does-aks-create-two-resource-groups-': '/operations/#two-resource-groups',
      'why-are-two-resource-groups-created-with-aks': '/operations/#two-resource-groups',
      'why-are-two-resource-groups-created-with-aks-': '/operations/#two-resource-groups',
    });
  });

  it('lets a current wording win over the source page’s wording of another question', () => {
    const clashing = [
      {
        id: 'operations',
        questions: [
          { id: 'tenants', text: 'Can I move my cluster?', aliases: [] },
          { id: 'moving', text: 'How do I move a cluster?', aliases: [], upstreamText: 'Can I move my cluster?' },
        ],
      },
    ];
    const map = buildAnchorMap(clashing, { retired: {}, learnStyleAnchors: true }, paths);
    expect(map['can-i-move-my-cluster-']).toBe('/operations/#tenants');
  });
});
