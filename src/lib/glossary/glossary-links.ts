// Links into the glossary page. The hash router owns the fragment ("#/glossary"), so a term is named
// in a query inside the hash ("#/glossary?term=lvef") rather than with a second "#term" fragment. A
// translated page links to the glossary in its language ("#/es/glossary?term=…").
import { href } from '../course/links.ts';
import type { PageLanguage } from '../course/translations.ts';

export function glossaryTermHref(id: string, language: PageLanguage = 'en'): string {
  return `${href('/glossary', language)}?term=${encodeURIComponent(id)}`;
}

/** The term id asked for in a location hash such as "#/glossary?term=lvef", or null. */
export function termFromHash(hash: string): string | null {
  const query = hash.split('?')[1];
  if (!query) return null;
  return new URLSearchParams(query).get('term');
}

/** Element id of a term's entry on the glossary page. */
export function termAnchorId(id: string): string {
  return `term-${id}`;
}
