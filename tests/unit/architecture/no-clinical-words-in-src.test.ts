// Clinical and biological words are content: every sentence, label and template a learner reads lives
// in lessons/ with its references, and src/ keeps mechanism and interface chrome. This scans the
// user-visible strings of every file under src/ for clinical vocabulary.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { visibleStrings } from '../../support/visible-strings';

const clinical =
  /\b(HER2|Herceptin|trastuzumab|pertuzumab|receptors?|antibod(y|ies)|kinase|subdomains?|membrane|dimers?|ADCC|NK cells?|p95|ejection fraction|LVEF|cardiac|infusions?|IHC|ISH|FISH|tumou?rs?|cancers?|heart|biosimilars?|mg\/kg|doses?|chemotherapy)\b/i;

/** Files the browser runs: build-time modules (they import node:) speak to authors, not learners. */
const sourceFiles = readdirSync('src', { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile() && /\.(svelte|ts)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
  .map((entry) => join(entry.parentPath, entry.name).split('\\').join('/'))
  .filter((file) => !/from ['"]node:/.test(readFileSync(file, 'utf8')));

const clinicalStrings = (file: string, text = readFileSync(file, 'utf8')) =>
  visibleStrings(file, text).filter((line) => clinical.test(line));

describe('no clinical words in src/', () => {
  it('scans the scenes, the diagram, the quiz views and the pages', () => {
    for (const part of ['src/lib/sims/', 'src/lib/quiz/views/', 'src/routes/', 'src/lib/ui/'])
      expect(sourceFiles.filter((file) => file.startsWith(part)).length, part).toBeGreaterThan(0);
  });

  it('finds none in any user-visible string, with no file excepted', () => {
    const found = sourceFiles.flatMap((file) => clinicalStrings(file).map((line) => `${file}: ${line}`));
    expect(found).toEqual([]);
  });

  it('catches clinical words in markup, attributes and code, and not in comments, styles or author errors', () => {
    const fixture = `<!-- Draws HER2 receptors. -->
<script lang="ts">
  import View from './receptor/View.svelte';
  const hint = patient ? 'Receptors with Herceptin attached send fewer messages.' : 'x';
  if (!ok) throw new Error('trastuzumab scene settings: bad field');
</script>
<p aria-label="HER2 receptors per cell">{count}</p>
<dt>Receptors with antibody bound</dt>
<span>{done ? 'Cell destroyed (ADCC)' : 'alive'}</span>
<style>.kinase { fill: red; }</style>`;
    expect(clinicalStrings('src/lib/sims/x/Scene.svelte', fixture)).toEqual([
      'Receptors with Herceptin attached send fewer messages.',
      'HER2 receptors per cell',
      'Cell destroyed (ADCC)',
      'Receptors with antibody bound',
    ]);
  });
});
