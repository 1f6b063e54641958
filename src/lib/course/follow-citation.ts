// Citation links (`a.cite`, see citations.ts) point at the reference list on the same page. The
// hash router would read "#ref-R1" as a route, so focus the reference ourselves (WCAG 2.4.3 Focus
// Order; the link stays a real link for keyboard and screen-reader users).
export function followCitation(event: MouseEvent): void {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.cite');
  if (!link) return;
  event.preventDefault();
  const target = document.getElementById(`ref-${link.dataset.ref ?? ''}`);
  target?.scrollIntoView({ block: 'center' });
  target?.focus({ preventScroll: true });
}
