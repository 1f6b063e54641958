// Build step for one lesson file: turns each <Scene>, <Drill> and <Panel name="…" /> into the
// component it names, fed with the data file next to the lesson and the lesson's track, and adds the
// imports (Term included) in a <script> block at the end, so line numbers in the file stay as written.
// A problem stops the build with file, line and reason.
import { ContentError, type ContentProblem } from '../course/content-error.ts';
import { baseName, languageOfFile, translatedName } from '../course/translations.ts';
import { translatedDiagramModule } from '../sims/her2-structure/load-diagram-words.ts';
import { findEmbeds } from './find-embeds.ts';

const trackFiles = new Set(['nursing', 'patient']);

/** The track a lesson file is written for (`patient.svx` and its translation `patient.es.svx`: patient). */
function trackOf(file: string): string | undefined {
  const name = baseName(file)
    .split(/[/\\]/)
    .pop()
    ?.replace(/\.svx$/, '');
  return name && trackFiles.has(name) ? name : undefined;
}

/** The glossary module a translated page's terms take their words from. */
export const translatedGlossaryModule = (language: string) => `virtual:glossary/${language}`;

/** `Scene` + `receptor-density` → `SceneReceptorDensity`: a plain capitalised name, which mdsvex
 *  reads as a component (an underscore would make it text, with its quotes made typographic). */
function identifier(tag: string, name: string): string {
  return tag + name.replace(/(?:^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** `file` is project-relative (for messages and the track); returns Svelte-ready markup. */
export function embedLessonComponents(source: string, file: string): string {
  const { markup, imports } = embedLessonParts(source, file);
  return withScript(markup, imports);
}

/** Appends the imports a lesson's markup needs in one `<script>` block at the end (none: unchanged). */
export function withScript(markup: string, imports: readonly string[]): string {
  if (imports.length === 0) return markup;
  return `${markup.trimEnd()}\n\n<script>\n  ${imports.join('\n  ')}\n</script>\n`;
}

/** The lesson's markup with its elements embedded, and the imports they need (for withScript). */
export function embedLessonParts(source: string, file: string): { markup: string; imports: string[] } {
  const { uses, usesTerm, problems } = findEmbeds(source);
  if (problems.length > 0) {
    throw new ContentError(
      problems.map((p): ContentProblem => ({ file, line: p.line, field: p.where, reason: p.reason })),
    );
  }
  const track = trackOf(file);
  const language = languageOfFile(file);
  const imports = new Map<string, string>();
  if (usesTerm) imports.set('Term', `import Term from '$lib/glossary/Term.svelte';`);
  if (usesTerm && language)
    imports.set('termWords', `import termWords from '${translatedGlossaryModule(language)}';`);
  let out = source;
  for (const use of [...uses].reverse()) {
    const id = identifier(use.tag, use.name);
    imports.set(id, `import ${id} from '${use.definition.component}';`);
    // A translated page reads the data file's sibling in its language (`self-check.es.yaml`).
    const dataFile =
      use.definition.dataFile &&
      (language ? translatedName(use.definition.dataFile, language) : use.definition.dataFile);
    if (dataFile) imports.set(`${id}Data`, `import ${id}Data from './${dataFile}';`);
    const diagram = language && use.definition.drawsDiagram;
    if (diagram)
      imports.set('diagramWords', `import diagramWords from '${translatedDiagramModule(language)}';`);
    const props = [
      ...(dataFile ? [`data={${id}Data}`] : []),
      ...(diagram ? ['diagramWords={diagramWords}'] : []),
      ...(use.definition.takesTrack && track ? [`track="${track}"`] : []),
      ...Object.entries(use.attributes).map(([key, value]) => `${key}={${Number(value)}}`),
    ];
    out = `${out.slice(0, use.start)}<${id} ${props.join(' ')} />${out.slice(use.end)}`;
  }
  // A translated page's terms show that language's words and open that language's glossary.
  if (usesTerm && language) out = out.replace(/<Term\b/g, `<Term entries={termWords} language="${language}"`);
  return { markup: out, imports: [...imports.values()] };
}
