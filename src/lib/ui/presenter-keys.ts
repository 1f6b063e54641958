// Which keys move a presentation. Presentation clickers send PageDown/PageUp (some send arrow
// keys or B for "blank"); keys typed into a control stay with that control (WCAG 2.1.4).

export type PresenterAction = 'next' | 'previous' | 'first' | 'last' | 'exit' | 'blank' | null;

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
      return inControl || target?.tagName === 'BUTTON' ? null : 'next';
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
    default:
      return null;
  }
}
