// Compares a section heading as an author typed it in a lesson (Markdown) with the same heading as
// the browser shows it (straight quotes turned curly, tags and citations gone), so teach-back data
// can point at a lesson section by its visible words.

/** The words of a heading: no Markdown marks, tags or citations; quotes, dashes and spaces unified. */
export function headingWords(text: string): string {
  return text
    .replace(/\[@[^\]]*\]/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`]/g, '')
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function sameHeading(a: string, b: string): boolean {
  return headingWords(a) === headingWords(b);
}

/** The `## ` headings of a lesson body, in order, as an author wrote them. */
export function sectionHeadings(body: string): string[] {
  return body
    .split('\n')
    .filter((line) => /^##\s+\S/.test(line))
    .map((line) => line.replace(/^##\s+/, '').trim());
}
