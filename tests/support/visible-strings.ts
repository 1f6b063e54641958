// The user-visible strings of a source file under src/: text and user-facing attributes in Svelte
// markup, and string literals in code, leaving out what no learner sees — comments, import paths,
// CSS, error messages for authors and developers (Error, problems.add, valibot messages), and
// single-word keys. Used by the test that keeps clinical words out of src/.
import ts from 'typescript';

const visibleAttributes =
  /\b(?:aria-label|aria-valuetext|aria-description|title|alt|placeholder)="([^"{]*)"/g;

function codeStrings(code: string): string[] {
  const found: string[] = [];
  const source = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true);
  const authorFacing = (node: ts.Node): boolean => {
    for (let parent = node.parent; parent; parent = parent.parent) {
      if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isThrowStatement(parent))
        return true;
      // A class list names styles, not words on screen.
      if (ts.isPropertyAssignment(parent) && /^['"]?class(Name)?['"]?$/.test(parent.name.getText()))
        return true;
      if (ts.isNewExpression(parent) && /Error$/.test(parent.expression.getText())) return true;
      if (ts.isCallExpression(parent)) {
        const callee = parent.expression.getText();
        if (/^(v|valibot)\.|^console\.|problems\.add$|\.add$/.test(callee)) return true;
      }
    }
    return false;
  };
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (!authorFacing(node)) found.push(node.text);
    } else if (ts.isTemplateExpression(node)) {
      if (!authorFacing(node))
        found.push([node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' … '));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  // A key, id, class or path has no space; a sentence or label a person reads does.
  return found.filter((text) => /[A-Za-z]/.test(text) && /\s/.test(text.trim()));
}

/** Splits Svelte markup into its text (expressions blanked) and the code of each `{…}` expression. */
function splitExpressions(markup: string): { text: string; expressions: string[] } {
  let text = '';
  const expressions: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of markup) {
    if (char === '{') {
      if (depth > 0) current += char;
      depth++;
    } else if (char === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        expressions.push(current);
        current = '';
        text += ' ';
      } else current += char;
    } else if (depth > 0) current += char;
    else text += char;
  }
  return { text, expressions };
}

/** The strings in `text` (the contents of `file`) that a learner could read on screen or hear. */
export function visibleStrings(file: string, text: string): string[] {
  if (!file.endsWith('.svelte')) return codeStrings(text);
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
  const markup = text
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const { text: plain, expressions: code } = splitExpressions(markup);
  const attributes = [...plain.matchAll(visibleAttributes)].map((match) => match[1] ?? '');
  // Block tags ({#if …}, {#each …}, {@const …}) are code too; their strings are checked like any other.
  const expressions = code.flatMap((expression) =>
    codeStrings(`(${expression.replace(/^[#:/@]\w+\s*/, '').replace(/\s+as\s+[\s\S]*$/, '')})`),
  );
  const textNodes = plain
    .replace(/<[^>]*>/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /[A-Za-z]{2}/.test(line));
  return [...scripts.flatMap(codeStrings), ...attributes, ...expressions, ...textNodes];
}
