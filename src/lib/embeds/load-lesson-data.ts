// Build-time validation of the data files lessons embed: each <Scene>/<Drill> in a lesson reads its
// file from that lesson's folder, so the file is found through the lesson that declares it. A missing
// file, a malformed one, or a YAML file no element in its folder reads is a problem with file, field
// and reason; nothing is skipped silently.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ProblemList } from '../course/content-error.ts';
import { readYaml } from '../course/read-yaml.ts';
import { parseInto } from '../course/schema-issues.ts';
import type { Reference } from '../course/schemas.ts';
import { referenceUses } from '../interactives/reference-keys.ts';
import { dataRuleFor } from './embed-data-rules.ts';
import { findEmbed, type EmbedTag } from './embed-registry.ts';
import { mergeSceneOverlay } from './scene-overlay.ts';
import { baseName, languageOfFile } from '../course/translations.ts';
import { isTeachBackFile } from '../teach-back/teach-back-file.ts';

/** One embedded element as the outline records it (a lesson file may embed several). */
export interface LessonEmbed {
  tag: EmbedTag;
  name: string;
  line: number;
  /** Project-relative path of the data file it reads, e.g. `lessons/<folder>/dosing.yaml`; null: none. */
  data: string | null;
}

export interface LessonDataFile {
  file: string;
  tag: EmbedTag;
  name: string;
  data: unknown;
}

/**
 * Validates every data file the lessons in `folders` embed (`embedsByFile`: lesson file → its embeds).
 * Returns the parsed data of each file that passed.
 */
export function loadLessonData(
  root: string,
  folders: readonly string[],
  embedsByFile: ReadonlyMap<string, readonly LessonEmbed[]>,
  references: Record<string, Reference>,
  problems: ProblemList,
): LessonDataFile[] {
  const loaded = new Map<string, LessonDataFile | null>();
  for (const [lessonFile, embeds] of embedsByFile) {
    for (const embed of embeds) {
      if (embed.data === null) continue;
      const previous = loaded.get(embed.data);
      if (previous !== undefined) {
        if (previous && (previous.tag !== embed.tag || previous.name !== embed.name))
          problems.add(
            lessonFile,
            `<${embed.tag} name="${embed.name}">`,
            `${embed.data} is already read by <${previous.tag} name="${previous.name}">: one file serves one element`,
            embed.line,
          );
        continue;
      }
      const read = { ...embed, data: embed.data };
      const textKeys = findEmbed(embed.tag, embed.name)?.overlayText;
      if (textKeys && languageOfFile(embed.data)) {
        // A translated scene: its English settings first (read once, shared with the English page).
        const englishFile = baseName(embed.data);
        if (!loaded.has(englishFile))
          loaded.set(
            englishFile,
            loadOne(root, lessonFile, { ...embed, data: englishFile }, references, problems),
          );
        const english = loaded.get(englishFile);
        loaded.set(
          embed.data,
          english ? loadOverlay(root, lessonFile, read, english, textKeys, problems) : null,
        );
      } else loaded.set(embed.data, loadOne(root, lessonFile, read, references, problems));
    }
  }
  for (const folder of folders) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    // The teach-back is read by the patient lesson page itself (checked in load-teach-back.ts).
    for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n) && !isTeachBackFile(n))) {
      const file = `${folder}/${name}`;
      if (!loaded.has(file))
        problems.add(
          file,
          '(file)',
          'no <Scene> or <Drill> in this lesson reads this file: embed the element that uses it, or remove the file',
        );
    }
  }
  return [...loaded.values()].filter((entry): entry is LessonDataFile => entry !== null);
}

/** The embed's data rule and its file's YAML (undefined, reported, when the file is missing). */
function readEmbedData(
  root: string,
  lessonFile: string,
  embed: LessonEmbed & { data: string },
  howItReads: string,
  problems: ProblemList,
) {
  const rule = dataRuleFor(embed.tag, embed.name);
  if (!rule) throw new Error(`no data rule for <${embed.tag} name="${embed.name}">`);
  const raw = readYaml(
    root,
    embed.data,
    problems,
    `file is missing: <${embed.tag} name="${embed.name}"> in ${lessonFile} (line ${embed.line}) ${howItReads}`,
  );
  return { rule, raw };
}

function loadOne(
  root: string,
  lessonFile: string,
  embed: LessonEmbed & { data: string },
  references: Record<string, Reference>,
  problems: ProblemList,
): LessonDataFile | null {
  const { rule, raw } = readEmbedData(root, lessonFile, embed, 'reads it', problems);
  if (raw === undefined) return null;
  const data = parseInto(rule.schema, raw, embed.data, problems);
  if (data === null) return null;
  for (const use of referenceUses(data)) {
    if (!references[use.key])
      problems.add(
        embed.data,
        use.field,
        `unknown reference key "${use.key}": add it to lessons/references.yaml`,
      );
  }
  rule.check?.(data as never, embed.data, problems);
  return { file: embed.data, tag: embed.tag, name: embed.name, data };
}

/** A translated scene: the overlay's text merged onto the English settings, then checked as a whole. */
function loadOverlay(
  root: string,
  lessonFile: string,
  embed: LessonEmbed & { data: string },
  english: LessonDataFile,
  textKeys: readonly string[],
  problems: ProblemList,
): LessonDataFile | null {
  const { rule, raw } = readEmbedData(root, lessonFile, embed, 'reads its words from it', problems);
  if (raw === undefined) return null;
  const merged = mergeSceneOverlay(
    english.data as Record<string, unknown>,
    raw,
    textKeys,
    embed.data,
    problems,
  );
  if (merged === null) return null;
  const data = parseInto(rule.schema, merged, embed.data, problems);
  if (data === null) return null;
  rule.check?.(data as never, embed.data, problems);
  return { file: embed.data, tag: embed.tag, name: embed.name, data };
}
