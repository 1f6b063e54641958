// Reads a lesson body the way the build embeds it: finds every <Scene name="…" />, <Drill name="…" />
// and <Term>, and reports, with its line, each thing a lesson may not contain (a <script> block, code in
// braces, an unknown element, name or attribute), so an author gets file, line and reason instead of a
// compiler error.
import {
  embedRegistry,
  embedTags,
  findEmbed,
  type EmbedDefinition,
  type EmbedTag,
} from './embed-registry.ts';

export interface EmbedUse {
  tag: EmbedTag;
  name: string;
  definition: EmbedDefinition;
  /** Attributes besides `name`, as written (already checked against the definition). */
  attributes: Record<string, string>;
  /** 1-based line of the tag in the file. */
  line: number;
  /** Offsets of the whole tag in the source, for the build to replace it. */
  start: number;
  end: number;
}

export interface EmbedProblem {
  line: number;
  /** The tag or construct concerned, e.g. `<Drill name="dose">`. */
  where: string;
  reason: string;
}

export interface LessonEmbeds {
  uses: EmbedUse[];
  usesTerm: boolean;
  problems: EmbedProblem[];
}

const allowedElements = `<Scene name="…" />, <Drill name="…" />, <Panel name="…" /> and <Term id="…">…</Term>`;

/** Blanks what the build does not read as markup (frontmatter, comments, fenced code), keeping offsets. */
function maskInert(source: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return source
    .replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank);
}

function lineAt(source: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

interface ParsedTag {
  attributes: [string, string | null][];
  selfClosing: boolean;
  end: number;
  /** Why the attribute list could not be read, if it could not. */
  error?: string;
}

/** Reads `name="value"` pairs from `from` up to the closing `>` or `/>`. */
function parseAttributes(text: string, from: number): ParsedTag {
  const attributes: [string, string | null][] = [];
  let i = from;
  const fail = (error: string): ParsedTag => ({
    attributes,
    selfClosing: false,
    end: Math.max(text.indexOf('>', i) + 1, i),
    error,
  });
  for (;;) {
    while (/\s/.test(text[i] ?? '')) i++;
    if (text.startsWith('/>', i)) return { attributes, selfClosing: true, end: i + 2 };
    if (text[i] === '>') return { attributes, selfClosing: false, end: i + 1 };
    if (i >= text.length) return fail('the tag is never closed with "/>"');
    const name = /^[A-Za-z_:][\w:.-]*/.exec(text.slice(i))?.[0];
    if (!name) {
      if (text[i] === '{') return fail('values in braces are code: write the value in quotes, name="…"');
      return fail(`unexpected "${text[i]}" in the tag`);
    }
    i += name.length;
    while (/\s/.test(text[i] ?? '')) i++;
    if (text[i] !== '=') {
      attributes.push([name, null]);
      continue;
    }
    i++;
    while (/\s/.test(text[i] ?? '')) i++;
    const quote = text[i];
    if (quote === '{') return fail(`${name}={…} is code: write the value in quotes, ${name}="…"`);
    if (quote !== '"' && quote !== "'") return fail(`write the value of ${name} in quotes, ${name}="…"`);
    const close = text.indexOf(quote, i + 1);
    if (close < 0) return fail(`the value of ${name} has no closing quote`);
    attributes.push([name, text.slice(i + 1, close)]);
    i = close + 1;
  }
}

function knownNames(tag: EmbedTag): string {
  return Object.keys(embedRegistry[tag])
    .map((name) => `"${name}"`)
    .join(', ');
}

function checkValue(kind: 'whole number', value: string): boolean {
  return kind === 'whole number' && /^\d{1,10}$/.test(value) && Number(value) <= 0xffffffff;
}

/** Finds the embedded elements of one lesson file (frontmatter included, so lines match the file). */
export function findEmbeds(source: string): LessonEmbeds {
  const text = maskInert(source);
  const uses: EmbedUse[] = [];
  const problems: EmbedProblem[] = [];
  let usesTerm = false;
  const problem = (index: number, where: string, reason: string) =>
    problems.push({ line: lineAt(source, index), where, reason });

  for (const match of text.matchAll(/<script\b/gi)) {
    problem(
      match.index,
      '<script>',
      `a lesson has no <script> block: embed scenes and drills by name, ${allowedElements}`,
    );
  }
  // Inside a <script> block (already reported) braces are code; elsewhere Svelte would run them.
  const hasScript = problems.length > 0;
  for (const match of hasScript ? [] : text.matchAll(/\{/g)) {
    problem(
      match.index,
      '{',
      'braces are code in a lesson: remove them, or write &#123; and &#125; to show { and }',
    );
  }

  for (const match of text.matchAll(/<(\/?)([A-Z][A-Za-z0-9]*)/g)) {
    const [whole, closing, element = ''] = match;
    const at = match.index;
    if (element === 'Term') {
      usesTerm = true;
      continue;
    }
    if (!(embedTags as string[]).includes(element)) {
      problem(at, `<${closing}${element}>`, `unknown element: a lesson may embed ${allowedElements}`);
      continue;
    }
    const tag = element as EmbedTag;
    if (closing) {
      problem(at, `</${tag}>`, `write <${tag} name="…" /> as one self-closing tag, without </${tag}>`);
      continue;
    }
    const parsed = parseAttributes(text, at + whole.length);
    const label = (name?: string | null) => (name ? `<${tag} name="${name}">` : `<${tag}>`);
    const nameValue = parsed.attributes.find(([key]) => key === 'name')?.[1];
    if (parsed.error) {
      problem(at, label(nameValue), parsed.error);
      continue;
    }
    if (!parsed.selfClosing) {
      problem(at, label(nameValue), `end the tag with "/>": <${tag} name="…" />`);
      continue;
    }
    if (nameValue === undefined || nameValue === null) {
      problem(at, label(), `a <${tag}> needs a name: one of ${knownNames(tag)}`);
      continue;
    }
    const definition = findEmbed(tag, nameValue);
    if (!definition) {
      problem(
        at,
        label(nameValue),
        `unknown ${tag.toLowerCase()} "${nameValue}": known names are ${knownNames(tag)}`,
      );
      continue;
    }
    const attributes: Record<string, string> = {};
    let ok = true;
    const seen = new Set<string>();
    for (const [key, value] of parsed.attributes) {
      if (seen.has(key)) {
        problem(at, label(nameValue), `attribute "${key}" is given twice`);
        ok = false;
        continue;
      }
      seen.add(key);
      if (key === 'name') continue;
      const kinds: Readonly<Record<string, 'whole number'>> = definition.attributes;
      const kind = Object.hasOwn(kinds, key) ? kinds[key] : undefined;
      const allowed = Object.keys(kinds);
      if (!kind) {
        problem(
          at,
          label(nameValue),
          `unknown attribute "${key}": ${allowed.length ? `allowed besides name: ${allowed.join(', ')}` : 'it takes only name'}`,
        );
        ok = false;
      } else if (value === null || !checkValue(kind, value)) {
        problem(at, label(nameValue), `${key} must be a ${kind}, such as ${key}="7"`);
        ok = false;
      } else attributes[key] = value;
    }
    if (ok)
      uses.push({
        tag,
        name: nameValue,
        definition,
        attributes,
        line: lineAt(source, at),
        start: at,
        end: parsed.end,
      });
  }
  return { uses, usesTerm, problems };
}
