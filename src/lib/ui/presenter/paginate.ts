// Splits a lesson into presenter steps that each fit the screen without scrolling: one section
// (a `##` heading and what follows it) per step, and a long section over as many steps as it needs,
// breaking between blocks, then between the items of a list or the rows of a table. A single block
// that still does not fit is scaled down to fit (last resort; CSS `zoom` keeps the layout real).

export interface Step {
  /** Elements shown on this step (their ancestors are shown too; everything else is hidden). */
  parts: Element[];
  /** The section heading, repeated on every step of a section that runs over several steps. */
  heading: HTMLElement | null;
  /** Text for the progress dots and the announcement. */
  title: string;
  /** Second or later step of its section. */
  continued: boolean;
  /** Below 1 only when one block alone is taller than the screen. */
  zoom: number;
}

export const OFF = 'deck-off';
/** Blocks that carry their own title (a scene's caption line, a drill's heading above its parts). */
const SELF_TITLED = '.sim-scene, .interactive, .interactive > .part';
/** Blocks whose height changes while they run. */
const LIVE = '.sim-scene';
const CONTINUED = 'deck-continued';

/**
 * The items a block may be split between: a list's items or a table's body rows, also when the
 * list is the direct child of a callout or a section; a drill's parts. Never a block with controls
 * outside that list (an animation scene stays whole).
 */
function itemsOf(block: Element): Element[] {
  // A drill in parts (a practice case, then one's own case), each part with its own controls and
  // feedback, runs over one step per part under the drill's title.
  if (block.matches('.interactive')) return [...block.querySelectorAll(':scope > .part')];
  const list = block.matches('ul, ol, table')
    ? block
    : block.querySelector(':scope > ul, :scope > ol, :scope > table');
  if (!list) return [];
  const items = list.matches('table')
    ? [...list.querySelectorAll(':scope > tbody > tr')]
    : [...list.children].filter((child) => child.tagName === 'LI');
  const controls = [...block.querySelectorAll('button, input, select, textarea, a[href], details')];
  const outside = controls.some((control) => !items.some((item) => item.contains(control)));
  return outside && list !== block ? [] : items;
}

export class Deck {
  private tracked = new Set<Element>();

  constructor(
    /** The element that must not scroll. */
    private readonly viewport: HTMLElement,
    /** The element holding every block, inside the viewport. */
    private readonly content: HTMLElement,
    /** Sections in order: each is a list of top-level blocks, the first being its heading if any. */
    private readonly sections: { heading: HTMLElement | null; title: string; blocks: Element[] }[],
  ) {
    for (const section of sections) {
      if (section.heading) this.tracked.add(section.heading);
      for (const block of section.blocks) this.tracked.add(block);
    }
  }

  /** `slack`: room kept free for readouts that grow while an animation runs. */
  fits(slack = 0): boolean {
    const { viewport, content } = this;
    // The content's own height: the frame around it may be stretched to the full screen.
    const frame = getComputedStyle(content.parentElement ?? content);
    const used = content.scrollHeight + parseFloat(frame.paddingTop) + parseFloat(frame.paddingBottom);
    return (
      used <= viewport.clientHeight * (1 - slack) + 1 &&
      viewport.scrollHeight <= viewport.clientHeight + 1 &&
      viewport.scrollWidth <= viewport.clientWidth + 1
    );
  }

  private slackFor(parts: Element[]): number {
    return parts.some((part) => part.matches(LIVE) || part.querySelector(LIVE)) ? 0.03 : 0;
  }

  /** Shows exactly one step's elements and hides every other block of the lesson. */
  show(step: Step): void {
    for (const element of this.tracked) {
      element.classList.add(OFF);
      if (element instanceof HTMLElement) element.style.removeProperty('zoom');
    }
    for (const element of this.tracked) element.classList.remove(CONTINUED);
    const visible = step.heading ? [step.heading, ...step.parts] : step.parts;
    for (const part of visible) {
      part.classList.remove(OFF);
      for (const inner of part.querySelectorAll(`.${OFF}`)) inner.classList.remove(OFF);
      for (let up = part.parentElement; up && up !== this.viewport; up = up.parentElement)
        up.classList.remove(OFF);
    }
    if (step.continued && step.heading) step.heading.classList.add(CONTINUED);
    if (step.zoom < 1)
      for (const part of step.parts) if (part instanceof HTMLElement) part.style.zoom = String(step.zoom);
  }

  /** Measures in place (the viewport must be laid out at its final size) and returns the steps. */
  paginate(): Step[] {
    const steps: Step[] = [];
    for (const section of this.sections) {
      const sectionStart = steps.length;
      const make = (parts: Element[], zoom = 1): Step => ({
        parts,
        // A scene alone on a step is titled by its own caption line; the screen goes to the picture.
        heading: parts.length === 1 && parts[0]!.matches(SELF_TITLED) ? null : section.heading,
        title: section.title,
        continued: steps.length > sectionStart,
        zoom,
      });
      const tryShow = (parts: Element[]) => {
        const step = make(parts);
        this.show(step);
        return this.fits(this.slackFor(parts));
      };
      const queue = [...section.blocks];
      let current: Element[] = [];
      if (queue.length === 0) steps.push(make([]));
      while (queue.length > 0) {
        const block = queue.shift()!;
        if (tryShow([...current, block])) {
          current.push(block);
          continue;
        }
        if (current.length > 0) {
          steps.push(make(current));
          current = [];
          queue.unshift(block);
          continue;
        }
        // The block alone is too tall: split it between its items, or scale it.
        const items = itemsOf(block);
        if (items.length > 1 && !block.matches('li, tr')) {
          this.splitList(items);
          queue.unshift(...items);
          continue;
        }
        steps.push(make([block], this.zoomToFit(make([block]))));
      }
      if (current.length > 0) steps.push(make(current));
    }
    return steps;
  }

  private splitList(items: Element[]): void {
    // Keep an ordered list's numbers when only some of its items are shown.
    items.forEach((item, index) => {
      if (item instanceof HTMLLIElement && item.parentElement?.tagName === 'OL') item.value = index + 1;
      this.tracked.add(item);
    });
  }

  /** Scales the shown step down when its content grew past the screen after it was measured. */
  refit(step: Step): void {
    if (this.fits()) return;
    step.zoom = this.zoomToFit(step);
    this.show(step);
  }

  private zoomToFit(step: Step): number {
    let zoom = 1;
    for (let attempt = 0; attempt < 6; attempt++) {
      this.show({ ...step, zoom });
      if (this.fits(this.slackFor(step.parts))) break;
      const ratio = Math.min(
        this.viewport.clientHeight / this.viewport.scrollHeight,
        this.viewport.clientWidth / this.viewport.scrollWidth,
      );
      zoom = Math.max(0.3, Math.floor(zoom * ratio * 100) / 100 - 0.02);
    }
    return zoom;
  }
}
