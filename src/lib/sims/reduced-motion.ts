// Whether the reader asked the system for less motion; the scenes then start paused in step mode
// (WCAG 2.3.3, 2.2.2).
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
