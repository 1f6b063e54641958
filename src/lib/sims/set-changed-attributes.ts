// Writes SVG attributes only when their value actually changes: every write invalidates style and
// paint, and most shapes in a scene stand still from one frame to the next (frame budget, issue 3).
import type { BaseType, Selection } from 'd3-selection';

export type AttributeValues = Record<string, string | number | null>;

export function setChangedAttributes<E extends Element, D, P extends BaseType, PD>(
  selection: Selection<E, D, P, PD>,
  values: (datum: D) => AttributeValues,
): void {
  selection.each(function (datum) {
    for (const [name, value] of Object.entries(values(datum))) {
      const text = value === null ? null : String(value);
      if (this.getAttribute(name) === text) continue;
      if (text === null) this.removeAttribute(name);
      else this.setAttribute(name, text);
    }
  });
}
