import { describe, expect, it } from 'vitest';
import { decodeLexicon } from '../../src/search/lexicon.ts';
import { siteLexicon } from '../../src/search/index/site-lexicon.ts';
import { gluedParts } from '../../src/search/client/compounds.ts';
import { closestUnits } from '../../src/search/client/closest-questions.ts';
import { conceptMatches } from '../../src/search/client/concepts.ts';
import { interpret } from '../../src/search/client/interpret.ts';
import { withCorrections } from '../../src/search/client/spelling.ts';
import { correction } from '../../src/search/client/spelling.ts';
import { editDistance } from '../../src/utils/edit-distance.ts';
import { withoutNoise } from '../../src/search/client/tracker-noise.ts';
import { commonWords } from '../../src/search/index/common-words.ts';
import { countryNames } from '../../src/search/country-names.ts';
import { phraseKey, stem } from '../../src/text/words.ts';
import { searchRecord } from '../support/search-record.ts';

// A small site, read by the same lexicon builder the build uses.
const records = [
  searchRecord(
    'upgrade',
    'Can I upgrade my Kubernetes cluster?',
    'Yes, upgrade the cluster and its node pools; the upgrade drains each node.',
  ),
  searchRecord(
    'groups',
    'Why are two resource groups created?',
    'The node resource group holds the resources of the cluster. It might be locked.',
  ),
  searchRecord(
    'webhooks',
    'Can I use admission webhooks?',
    'Yes. ValidatingAdmissionWebhook and MutatingAdmissionWebhook are on; exclude kube-system by configuration.',
  ),
  searchRecord(
    'time',
    'How does time synchronization work?',
    'Nodes pull time from the host; a safe default for every node.',
  ),
  searchRecord('regions', 'Can a cluster span regions?', 'No, deploy one cluster per region across regions.'),
];
const conceptMap = {
  'clock drift': ['time synchronization'],
  'multi-region': ['across regions'],
  k8s: ['kubernetes'],
  dns: ['domain name'],
  'network time protocol': ['time synchronization'],
  'clock skew': ['time synchronization work'],
};
const lexicon = decodeLexicon(siteLexicon(records, conceptMap).file);

describe('tracker noise', () => {
  it('drops trackers’ tags and labels and the openers of requests and questions', () => {
    expect(withoutNoise('[Feature Request] Support for moving clusters between tenants')).toBe(
      'moving clusters between tenants',
    );
    expect(withoutNoise('[BUG] How do I upgrade a stopped cluster')).toBe('upgrade a stopped cluster');
    expect(withoutNoise('Feature request: allow users to rename clusters')).toBe('rename clusters');
    expect(withoutNoise('(question) Is it possible to scale to zero?')).toBe('scale to zero?');
    expect(withoutNoise('Add support for zone redundant pools [enhancement]')).toBe('zone redundant pools');
  });

  it('drops a commit’s type as Conventional Commits and branch names write it, and an issue key in brackets', () => {
    expect(withoutNoise('feat(aks): add support for node pools')).toBe('node pools');
    expect(withoutNoise('fix!: cluster stuck deleting')).toBe('cluster stuck deleting');
    expect(withoutNoise('feat/add support for node os auto upgrade')).toBe('node os auto upgrade');
    expect(withoutNoise('feat: [PAYMCLOUD-339] Add support for node OS upgrades')).toBe('node OS upgrades');
    expect(withoutNoise('[CONS-8346] Fix selectors on the webhook')).toBe('Fix selectors on the webhook');
  });

  it('keeps what carries meaning: error codes in brackets, a subject that starts like an opener, tags alone', () => {
    expect(withoutNoise('[Errno 11001] getaddrinfo failed')).toBe('[Errno 11001] getaddrinfo failed');
    expect(withoutNoise('allowlist my IP')).toBe('allowlist my IP');
    expect(withoutNoise('what is platform support')).toBe('what is platform support');
    expect(withoutNoise('[BUG]')).toBe('[BUG]');
    expect(withoutNoise('fixed IP for the API server')).toBe('fixed IP for the API server');
    expect(withoutNoise('testing upgrades')).toBe('testing upgrades');
  });
});

describe('spelling', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('upgarde', 'upgrade', 2)).toBe(1);
    expect(editDistance('resouce', 'resource', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });

  it('corrects a misspelt word to the nearest word of the site', () => {
    expect(correction('upgarde', lexicon)).toBe('upgrade');
    expect(correction('upgade', lexicon)).toBe('upgrade');
    expect(correction('kubernets', lexicon)).toBe('kubernetes');
    expect(correction('resouce', lexicon)).toBe('resource');
    expect(correction('tiem', lexicon), 'a four-letter word only for swapped letters').toBe('time');
  });

  it('leaves alone short words, numbers, a changed first letter in a short word, and words too far from any', () => {
    expect(correction('tme', lexicon)).toBeUndefined();
    expect(correction('11002', lexicon)).toBeUndefined();
    expect(correction('night', lexicon), '"might" starts differently').toBeUndefined();
    expect(correction('save', lexicon), '"safe" is not a swap of letters').toBeUndefined();
    expect(correction('xylophone', lexicon)).toBeUndefined();
  });

  it('matches the start of a longer word when the word is still being typed', () => {
    expect(correction('kubernt', lexicon)).toBeUndefined();
    expect(correction('kubernt', lexicon, true)).toBe('kubernetes');
  });
});

describe('glued words', () => {
  it('are cut into the likeliest words of the site', () => {
    expect(gluedParts('validatingwebhookconfiguration', lexicon)).toEqual(['validating', 'webhook', 'configuration']);
    expect(gluedParts('resourcegroup', lexicon)).toEqual(['resource', 'group']);
    expect(gluedParts('multiregion', lexicon)).toEqual(['multi', 'region']);
  });

  it('are left whole when no cut into words of the site exists, or only one through stop words', () => {
    expect(gluedParts('xylophone', lexicon)).toBeUndefined();
    expect(gluedParts('clusterandregion', lexicon)).toBeUndefined();
    expect(gluedParts('upgrade', lexicon)).toBeUndefined();
  });
});

describe('the concept map', () => {
  it('matches readers’ phrases by their words’ stems, longest first, skipping stop words', () => {
    expect(stem('deleting')).toBe(stem('deletes'));
    expect(phraseKey(['clock', 'drifts'])).toBe('clock drift');
    expect(conceptMatches(['nodes', 'clock', 'drifting'], lexicon)).toEqual([
      { start: 1, end: 3, answers: ['time synchronization'] },
    ]);
  });

  it('reads a word the map spells out in a longer phrase, unless that cuts into a phrase the reader wrote', () => {
    const spelling = decodeLexicon(
      siteLexicon(records, {
        k8s: ['kubernetes'],
        'kubernetes version': ['supported versions'],
        clock: ['time'],
        'timed out': ['taking so long'],
        'out of sync': ['time synchronization'],
      }).file,
    );
    expect(conceptMatches(['k8s', 'version'], spelling)).toEqual([
      { start: 0, end: 2, answers: ['supported versions'] },
    ]);
    expect(conceptMatches(['node', 'clock', 'out', 'sync'], spelling), '"clock out" is not "timed out"').toEqual([
      { start: 1, end: 2, answers: ['time'] },
      { start: 2, end: 4, answers: ['time synchronization'] },
    ]);
  });
});

describe('regions newer than the vocabulary', () => {
  const regional = decodeLexicon(
    siteLexicon([searchRecord('regions', 'Which regions?', 'The regions that offer it.')], {
      'azure region': ['regions'],
    }).file,
  );
  const units = (query: string, lexicon = regional) =>
    interpret(query, lexicon).units.map(({ words, alternatives }) => [
      words.join(' '),
      alternatives.map(({ terms }) => terms.join(' ')),
    ]);

  it('are a country and a compass word, spaced or run together, and search what region names search', () => {
    for (const query of ['Sweden Central', 'swedencentral', 'new zealand north', 'newzealandnorth'])
      expect(units(query)[0]![1], query).toContain('regions');
    expect(units('swedencentral quota')).toEqual([
      ['sweden central', ['sweden central', 'regions']],
      ['quota', ['quota']],
    ]);
  });

  it('need the compass word and a concept map that maps the region kind; a country is never corrected', () => {
    expect(units('sweden quota')).toEqual([
      ['sweden', ['sweden']],
      ['quota', ['quota']],
    ]);
    expect(units('sweden central', lexicon).flatMap(([, terms]) => terms)).not.toContain('regions');
    expect(countryNames()).toEqual(expect.arrayContaining(['sweden', 'italy', 'new zealand', 'united states']));
    expect(countryNames().filter((name) => !/^[a-z]+( [a-z]+)?$/.test(name))).toEqual([]);
  });

  it('two in one query are also read as "multi region", which counts as one word: what the concept map maps it to', () => {
    const spanning = decodeLexicon(
      siteLexicon([searchRecord('regions', 'Which regions?', 'No cluster spans regions.')], {
        'azure region': ['regions'],
        'multi region': ['spans regions'],
      }).file,
    );
    const read = (query: string) => interpret(query, spanning).units;
    const multi = read('sweden central and norway east').find(({ words }) => words.join(' ') === 'multi region');
    expect(multi?.alternatives).toContainEqual({ terms: ['spans', 'regions'], weight: 0.5, phrase: 'spans regions' });
    for (const query of ['sweden central', 'sweden central or sweden central quota'])
      expect(
        read(query).map(({ words }) => words.join(' ')),
        query,
      ).not.toContain('multi region');
  });
});

describe('reading a query', () => {
  const words = (query: string) => interpret(query, lexicon).units.map((unit) => unit.words.join(' '));

  it('cuts CamelCase and glued words, corrects misspellings and says what it corrected', () => {
    expect(words('PodSecurityPolicy')).toEqual(['pod', 'security', 'policy']);
    expect(words('validatingwebhookconfiguration')).toEqual(['validating webhook configuration']);
    const reading = interpret('kubernets upgade', lexicon);
    expect(reading.read).toBe('kubernetes upgrade');
    expect([...reading.corrections]).toEqual([
      ['kubernets', 'kubernetes'],
      ['upgade', 'upgrade'],
    ]);
  });

  it('reads full-width letters and digits as the ones they stand for', () => {
    expect(words('ｕｐｇｒａｄｅ ｄｎｓ')).toEqual(['upgrade', 'dns']);
  });

  it('says what was searched in the reader’s words, with only the misspelt ones corrected', () => {
    const corrected = (query: string) => withCorrections(query, interpret(query, lexicon).corrections);
    expect(corrected(' Kubernets upgade ')).toBe('kubernetes upgrade');
    expect(corrected('upgrade from 1.11.2 to 1.11.3 kubernets')).toBe('upgrade from 1.11.2 to 1.11.3 kubernetes');
    expect(corrected('UpgradeKubernets on Standard_D4s_v3')).toBe('Upgradekubernetes on Standard_D4s_v3');
  });

  it('keeps words the site has whole, and a half-typed word as it is', () => {
    expect(words('ValidatingAdmissionWebhook kube-system')).toEqual(['validatingadmissionwebhook', 'kube-system']);
    expect(words('upgr')).toEqual(['upgr']);
    expect(
      interpret('draining upgraded', lexicon).corrections.size,
      'other forms of its words are the site’s words',
    ).toBe(0);
    expect(interpret('clusters hosts', lexicon).corrections.size, 'and the plurals of its words').toBe(0);
  });

  it('searches a corrected word as typed too, in case the index has it', () => {
    expect(interpret('upgarde', lexicon).units[0]!.alternatives.map((alternative) => alternative.terms)).toEqual([
      ['upgrade'],
      ['upgarde'],
    ]);
  });

  it('expands concept-map phrases however they are written, keeping the reader’s words at a lower weight', () => {
    for (const query of ['multi-region', 'multi region', 'multiregion', 'Multi-Region']) {
      const [unit, ...rest] = interpret(query, lexicon).units;
      expect(rest, query).toEqual([]);
      expect(unit!.alternatives, query).toEqual([
        { terms: ['multi', 'region'], weight: 0.5, phrase: 'multi region' },
        { terms: ['across', 'regions'], weight: 1, phrase: 'across regions' },
      ]);
    }
    expect(
      interpret('k8s dns', lexicon).units.map((unit) =>
        unit.alternatives.map((alternative) => alternative.terms.join(' ')),
      ),
    ).toEqual([
      ['k8s', 'kubernetes'],
      ['dns', 'domain name'],
    ]);
  });

  it('counts a long phrase of the concept map as two of the reader’s words: a long name is one thing named', () => {
    const [unit] = interpret('network time protocol', lexicon).units;
    expect(unit!.alternatives.at(-1)).toEqual({
      terms: ['time', 'synchronization'],
      weight: 1,
      phrase: 'time synchronization',
    });
  });

  it('counts a phrase of the concept map less beside the site’s own word, in full for a word the site lacks', () => {
    const own = decodeLexicon(
      siteLexicon([searchRecord('stop', 'Can I stop or pause my cluster?', 'Yes.')], {
        halt: ['stop'],
        pause: ['stop'],
      }).file,
    );
    expect(interpret('halt', own).units[0]!.alternatives[1]).toEqual({ terms: ['stop'], weight: 1 });
    expect(interpret('pause', own).units[0]!.alternatives[1]).toEqual({ terms: ['stop'], weight: 0.8 });
    expect(interpret('paused', own).units[0]!.alternatives[1], 'another form of the site’s word').toEqual({
      terms: ['stop'],
      weight: 0.8,
    });
    expect(interpret('halted', own).units[0]!.alternatives[1], 'a form of a word only readers use').toEqual({
      terms: ['stop'],
      weight: 1,
    });
  });

  it('counts words any text uses as little as trackers’ words, and the acts questions are about in full', () => {
    const weights = (query: string) =>
      Object.fromEntries(interpret(query, lexicon).units.map((unit) => [unit.words[0], unit.alternatives[0]!.weight]));
    expect(lexicon.common.has('might'), 'a word of the site in stopwords-iso’s English list').toBe(true);
    expect(weights('cluster might be locked')).toEqual({ cluster: 1, might: 0.4, locked: 1 });
    expect(weights('nodes grouped'), 'another form of a word of the site ("groups")').toEqual({
      nodes: 1,
      grouped: 0.4,
    });
    expect(weights('feature request upgrade')).toEqual({ feature: 0.4, request: 0.4, upgrade: 1 });
    expect(weights('add fips node pool')).toEqual({ add: 0.4, fips: 1, node: 1, pool: 1 });
    expect(commonWords('en').has('move'), '"move" names an act of vocabularies/acts.json').toBe(false);
    expect(commonWords('en').has('after')).toBe(true);
    expect(commonWords('xx'), 'a language stopwords-iso has no list for').toEqual(new Set());
  });

  it('searches a small count as its word too, where the site has that word, both counting little', () => {
    const zero = decodeLexicon(
      siteLexicon([searchRecord('zero', 'Can I scale to zero?', 'Scale the node pools to zero.')], {}).file,
    );
    expect(interpret('scale to 0', zero).units[1]!.alternatives).toEqual([
      { terms: ['0'], weight: 0.4 },
      { terms: ['zero'], weight: 0.4 },
    ]);
    expect(interpret('scale to 7', zero).units[1]!.alternatives, 'the site has no "seven"').toEqual([
      { terms: ['7'], weight: 0.4 },
    ]);
  });

  it('searches a glued word’s parts as one phrase, a CamelCase word’s as words', () => {
    const [glued, ...rest] = interpret('nodetime', lexicon).units;
    expect(rest).toEqual([]);
    expect(glued!.alternatives).toEqual([{ terms: ['node', 'time'], weight: 1, phrase: 'node time' }]);
    expect(words('NodeTime')).toEqual(['node', 'time']);
  });

  it('reads a version as "version", and two as an upgrade only where the query goes from one to the other', () => {
    expect(interpret('upgrade from 1.11.2 to 1.11.3', lexicon).read).toBe('upgrade version version upgrade');
    expect(interpret('nodes drain 1.28.5 -> 1.29.2', lexicon).read).toBe('nodes drain version version upgrade');
    expect(interpret('nodes on 22.04 or 24.04', lexicon).read).toBe('nodes version version');
  });

  it('reads another form of a word of the site as typed, not as glued words', () => {
    const forms = decodeLexicon(
      siteLexicon([searchRecord('w', 'Can I move workloads?', 'Work and load are words here too.')], {}).file,
    );
    expect(interpret('workload', forms).read).toBe('workload');
    expect(interpret('loadwork', forms).read, 'no form of a word of the site').toBe('load work');
  });

  it('reads a word run together, in any form, as the site’s hyphenated word it spells', () => {
    expect(interpret('kubesystem', lexicon).read).toBe('kube-system');
    expect(interpret('kube-systems', lexicon).read, 'another form, hyphenated or not').toBe('kube-system');
  });

  it('reads `az` before a command of the Azure CLI as the CLI, and elsewhere as a word', () => {
    expect(interpret('az aks upgrade drains `az vmss` nodes', lexicon).read).toBe('aks upgrade drains vmss nodes');
    expect(interpret('`az aks create`/`az aks upgrade` with Az.Aks', lexicon).read).toBe('aks create aks upgrade aks');
    expect(interpret('az support for node pools', lexicon).read).toBe('az support node pools');
  });

  it('reads the name of an Azure VM size as "vm size", searched side by side, not as the Standard tier', () => {
    for (const query of ['Standard_D4s_v3', 'Standard_NC6', 'standard_e8ds_v5', 'Basic_A1']) {
      const [unit, ...rest] = interpret(query, lexicon).units;
      expect(rest, query).toEqual([]);
      expect(unit!.alternatives, query).toEqual([{ terms: ['vm', 'size'], weight: 1, phrase: 'vm size' }]);
    }
    expect(words('standard_tier')).toEqual(['standard', 'tier']);
  });

  it('searches nothing for stop words alone, nor for a letter alone beside them, the word being typed', () => {
    for (const query of ['the and of to is it', 'how do i', 'what is', 'how do i s'])
      expect(interpret(query, lexicon).units, query).toEqual([]);
    expect(words('what is the upgrade of a node')).toEqual(['upgrade', 'node']);
    expect(words('how do i upgrade my c'), 'a letter being typed after other words').toEqual(['upgrade']);
    expect(words('节点 池'), 'a word of one character, in a script without letter case').toEqual(['节点', '池']);
  });

  it('searches a word longer than the site’s words make as typed: never cut, corrected, shortened or stemmed', async () => {
    const glued = 'upgradecluster'.repeat(4);
    expect(interpret(glued, lexicon).read, 'words of the site glued beyond any reader’s word').toBe(glued);
    expect(interpret(`${glued.slice(1)} upgade`, lexicon).corrections).toEqual(new Map([['upgade', 'upgrade']]));
    const held = `${'y'.repeat(5000)}ings`;
    expect(stem(held), 'Porter2 takes time in the square of a word’s length').toBe(held);
    const searched: string[] = [];
    const search = { term: async (term: string) => (searched.push(term), []), together: async () => new Set<string>() };
    expect(await closestUnits([{ words: [held], alternatives: [] }], lexicon, search)).toEqual([]);
    expect(searched, 'no start of it searched, one letter shorter each time').toEqual([]);
  });

  it('asks once for a word said twice', () => {
    expect(words('upgrade node pool upgrades')).toEqual(['upgrade', 'node', 'pool']);
  });

  it('reads a name run into its number as the name and the number, where the site has not the whole', () => {
    expect(words('Ubuntu2204 node pools')).toEqual(['ubuntu', '2204', 'node', 'pools']);
    expect(words('k8s e2e on the 28th')).toEqual(['k8s', 'e2e', '28th']);
  });

  it('reads a query the same with a tracker’s tag in front', () => {
    for (const query of ['kubernets upgade', 'multi-region cluster', 'PodSecurityPolicy']) {
      expect(interpret(`[BUG] ${query}`, lexicon), query).toEqual(interpret(query, lexicon));
      expect(interpret(`[Feature Request] ${query}`, lexicon), query).toEqual(interpret(query, lexicon));
    }
  });
});
