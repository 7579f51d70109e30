import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildAnchorMap } from '../urls/anchor-map.ts';
import { sitePaths } from '../urls/site-paths.ts';
import { isValidId } from '../schemas/id.ts';
import { fitsAllQuestionsPage } from '../schemas/site.ts';
import { jsonFiles } from '../schemas/json-files.ts';
import { retiredIds } from '../schemas/published-ids.ts';
import { shownQuestion } from '../schemas/question-markdown.ts';
import { bodyRules } from '../rules/body/body-rules.ts';
import { siteRules } from '../rules/site/site-rules.ts';
import type { SiteModel } from '../rules/site/site-model.ts';
import { answerComponentNames, answerComponentProps } from '../pipeline/answer-components.ts';
import { listCollection } from '../pipeline/collection-folder.ts';
import type { Collection } from '../schemas/collections.ts';
import { readJsonFile } from '../pipeline/json-file.ts';
import { plainQuestion } from '../pipeline/question-text.ts';
import { readContentFile, saveReadings, type ContentFile } from '../pipeline/content-file.ts';
import { cached, fileStamp } from '../build-cache/file-versions-fs.ts';
import { frozenReport, type ContentReport } from './content-report.ts';

/**
 * The files of one collection, each read by the pipeline, and what is wrong with the folder itself; `stamps` are the
 * files' stamps when the caller has just taken them.
 */
export function readCollection<C extends Collection>(
  dir: string,
  collection: C,
  stamps?: Map<string, string | undefined>,
) {
  const { files, problems } = listCollection(join(dir, collection));
  return {
    files: files.map(({ file, id }) =>
      readContentFile(file, id, collection, stamps?.has(file) ? stamps.get(file) : fileStamp(file)),
    ),
    problems,
  };
}

/**
 * The ids of a list as written (a lone id counts as a list of one), each once; what is no id was reported by the
 * schema.
 */
const ids = (value: unknown) => [
  ...new Set([value].flat().filter((item): item is string => typeof item === 'string' && isValidId(item))),
];

function siteModel(
  report: Omit<ContentReport, 'problems' | 'unpublished'>,
  registryFile: string,
  registryLines: SiteModel['registryLines'],
): SiteModel {
  const base = (file: ContentFile) => ({
    id: file.id,
    file: file.file,
    lines: file.lines,
    headings: file.facts?.headings ?? [],
    links: file.facts?.links ?? [],
  });
  // A field the schema refused still counts as written, so one mistake is not reported again by every rule.
  const questions = report.questions.map((q) => ({
    ...base(q),
    aliases: ids(q.raw['aliases']),
    text: typeof q.raw['question'] === 'string' ? shownQuestion(q.raw['question']).text : undefined,
    formerly: [q.raw['formerly']]
      .flat()
      .filter((text): text is string => typeof text === 'string')
      .map((text) => shownQuestion(text).text),
    upstreamText: report.upstreamTexts.get(q.id),
    movedFrom: ids(q.raw['movedFrom']),
  }));
  const sections = report.sections.map((s) => ({
    ...base(s),
    title: typeof s.raw['title'] === 'string' ? s.raw['title'] : undefined,
    upstreamNames: report.upstreamSectionNames.get(s.id),
    order: typeof s.raw['order'] === 'number' ? s.raw['order'] : undefined,
    questions: ids(s.raw['questions']),
    questionsRead: 'questions' in s.raw,
  }));
  const byId = new Map(questions.map((question) => [question.id, question]));
  const learnStyleAnchors = report.site?.learnStyleAnchors ?? false;
  const anchors = buildAnchorMap(
    sections.map((s) => ({ ...s, questions: s.questions.flatMap((id) => byId.get(id) ?? []) })),
    {
      retired: retiredIds(report.registry, 'question'),
      learnStyleAnchors,
      retiredSections: retiredIds(report.registry, 'section'),
    },
    sitePaths('/'),
  );
  return {
    questions,
    sections,
    anchors,
    registry: report.registry,
    registryFile,
    registryLines,
    learnStyleAnchors,
    upstreamSectionNames: report.upstreamSectionNames,
    allQuestionsPage:
      report.site !== undefined && fitsAllQuestionsPage(report.questions.length, report.site.allQuestionsPageLimit),
  };
}

/** The stamp of every file of the content folder, by path: what identifies one version of it without reading it. */
function folderStamps(dir: string): Map<string, string | undefined> {
  const listed = (['questions', 'sections'] as const).flatMap((collection) => {
    const folder = join(dir, collection);
    return existsSync(folder) ? readdirSync(folder).map((name) => join(folder, name)) : [];
  });
  const files = [...listed, ...Object.keys(jsonFiles).map((name) => join(dir, `${name}.json`))];
  return new Map(files.map((file) => [file, fileStamp(file)]));
}

/**
 * The stamp of every file of public/, by path, which the rules read as the targets of links and images such as
 * /diagram.png, and an image's content too.
 */
const publicStamps = (publicDir: string): [string, string | undefined][] =>
  existsSync(publicDir)
    ? readdirSync(publicDir, { recursive: true, encoding: 'utf8' })
        .toSorted()
        .map((name) => join(publicDir, name))
        .map((file) => [file, fileStamp(file)])
    : [];

/**
 * The one gate every content file passes, for `npm run check`, `npm run build` and `npm run dev` alike: each
 * file read once per version (encoding, front matter against its schema, body parsed into a tree), the rules
 * about one body run on that tree's facts, then the rules that span files run once on the whole. The report
 * is kept for the process until a file of the folder changes, and for good once a build has frozen the
 * content: a build asks for it from its integrations and its pages, which Astro loads as separate module graphs.
 */
export function checkContent(dir: string, publicDir = resolve('public')): ContentReport {
  const frozen = frozenReport();
  if (frozen) return frozen;
  // Each file is stated once: its stamp is part of the folder's, and says whether its reading is still current.
  const stamps = folderStamps(dir);
  const stamp = [
    ...[...stamps, ...publicStamps(publicDir)].map(([file, fileStamp]) => `${file}@${fileStamp ?? '-'}`),
    ...answerComponentNames(),
  ].join('\n');
  return cached(`report:${dir}`, stamp, () => check(dir, stamps, publicDir));
}

function check(dir: string, stamps: Map<string, string | undefined>, publicDir: string): ContentReport {
  const questions = readCollection(dir, 'questions', stamps);
  const sections = readCollection(dir, 'sections', stamps);
  const site = readJsonFile(join(dir, 'site.json'), jsonFiles.site.schema);
  const registryFile = join(dir, 'published-ids.json');
  const registry = readJsonFile(registryFile, jsonFiles['published-ids'].schema, jsonFiles['published-ids'].missing);
  const conceptMap = readJsonFile(
    join(dir, 'concept-map.json'),
    jsonFiles['concept-map'].schema,
    jsonFiles['concept-map'].missing,
  );
  const upstream = readJsonFile(join(dir, 'upstream.json'), jsonFiles.upstream.schema, jsonFiles.upstream.missing);
  const components = answerComponentNames();

  const problems = [
    ...questions.problems,
    ...sections.problems,
    ...site.problems,
    ...registry.problems,
    ...conceptMap.problems,
    ...upstream.problems,
  ];
  for (const file of [...questions.files, ...sections.files]) {
    problems.push(...file.problems);
    if (file.facts)
      for (const rule of bodyRules)
        problems.push(
          ...rule({
            file,
            facts: file.facts,
            components,
            componentProps: answerComponentProps,
            publicDir,
            siteUrl: site.value?.url,
          }),
        );
  }
  const report = {
    questions: questions.files,
    sections: sections.files,
    site: site.value,
    registry: registry.value ?? { published: [], sections: [], retired: {} },
    upstreamTexts: new Map(
      Object.entries(upstream.value?.questions ?? {}).map(([id, synced]) => [id, plainQuestion(synced.question)]),
    ),
    upstreamSectionNames: new Map(
      Object.entries(upstream.value?.sections ?? {}).map(([id, { name, formerly }]) => [
        id,
        [name, ...(formerly ?? [])],
      ]),
    ),
  };
  const model = siteModel(report, registryFile, registry.lines);
  for (const rule of siteRules) problems.push(...rule(model));

  saveReadings([...questions.files, ...sections.files].map(({ file }) => file));
  const published = new Set(report.registry.published);
  const unpublished = model.questions.flatMap((q) => [q.id, ...q.aliases]).filter((id) => !published.has(id));
  return { ...report, problems, unpublished };
}
