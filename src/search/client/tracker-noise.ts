// A tag trackers put on titles: "[BUG]", "[Feature Request]", or "(question)" in front. Words only: "[Errno 11001]" is
// content.
const tag = /\[\s*\p{L}[\p{L}\s/_-]{0,40}\]|^\(\s*\p{L}[\p{L}\s/_-]{0,40}\)|\[\s*\p{Lu}[\p{Lu}\p{N}_]*-\p{N}+\s*\]/gu;
// A label before a colon or dash: "Feature request: …", "Bug - …".
const labels =
  'feature(?:\\s+request)?|bug(?:\\s+report)?|question|request|enhancement|proposal|suggestion|idea|docs?|rfe|fr|q';
const label = new RegExp(`^(?:${labels})(?:\\s*:|\\s+[–—-])\\s*`, 'iu');
// A commit's type as Conventional Commits writes it ("feat(aks): …", "fix!: …"), or as a branch name ("feat/…").
const commitType = /^(?:feat|fix|build|chore|ci|docs|perf|refactor|revert|style|test)(?:\([^)]*\))?!?(?::|\/)\s*/iu;
// Words that open a request or a question and say nothing about its subject.
const opener = new RegExp(
  `^(?:${[
    '(?:please\\s+)?(?:add\\s+|provide\\s+|allow\\s+|enable\\s+|need\\s+|want\\s+)?(?:the\\s+)?' +
      '(?:support|ability|option|possibility|capability|way)\\s+(?:for|to|of)',
    'how\\s+(?:do|can|could|should|would|to)(?:\\s+(?:i|we|you|one))?',
    'is\\s+(?:it|there)\\s+(?:possible|a\\s+way|any\\s+way|an\\s+option)\\s+(?:to|for)',
    '(?:i|we)\\s+(?:want|need|would\\s+like)\\s+to',
    'please',
    'allow(?:\\s+(?:users?|customers?|us))?(?:\\s+to)?',
    'unable\\s+to',
    '(?:not|never)\\s+able\\s+to',
  ].join('|')})\\b\\s*`,
  'iu',
);

/**
 * A query without the trackers' tags and the openers of requests and questions that weigh as much as the
 * subject but say nothing about it: "[Feature Request] Support for moving clusters" gives "moving clusters".
 * A query that is nothing but such words is left as it is.
 */
export function withoutNoise(query: string): string {
  let text = query.replace(tag, ' ').trim();
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(label, '').replace(commitType, '').replace(opener, '').trim();
  }
  return text || query.trim();
}
