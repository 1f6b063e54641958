// Which keys drive a presentation. Presentation clickers send PageDown/PageUp (some send the arrow
// keys, B or "." for "blank"); keys typed into a control stay with that control (WCAG 2.1.4).

export type PresenterAction =
  'next' | 'previous' | 'first' | 'last' | 'exit' | 'blank' | 'pause' | 'fullscreen' | null;

const editable = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

export function presenterAction(
  key: string,
  target: { tagName?: string; isContentEditable?: boolean; role?: string | null } | null,
): PresenterAction {
  const inControl =
    !!target &&
    (editable.has(target.tagName ?? '') ||
      target.isContentEditable === true ||
      target.role === 'slider' ||
      target.role === 'radio');
  switch (key) {
    case 'PageDown':
      return 'next';
    case 'PageUp':
      return 'previous';
    case 'Escape':
      return 'exit';
    case 'ArrowRight':
    case ' ':
      // Space on a button presses the button; an arrow in a slider moves the slider.
      return inControl || (key === ' ' && target?.tagName === 'BUTTON') ? null : 'next';
    case 'ArrowLeft':
      return inControl ? null : 'previous';
    case 'Home':
      return inControl ? null : 'first';
    case 'End':
      return inControl ? null : 'last';
    case 'b':
    case 'B':
    case '.':
      return inControl ? null : 'blank';
    case 'p':
    case 'P':
      return inControl ? null : 'pause';
    case 'f':
    case 'F':
      return inControl ? null : 'fullscreen';
    default:
      return null;
  }
}
