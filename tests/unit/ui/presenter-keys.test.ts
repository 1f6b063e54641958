// Presenter key map: clicker keys always move; keys typed into a control stay with the control.
import { describe, expect, it } from 'vitest';
import { presenterAction } from '../../../src/lib/ui/presenter/presenter-keys';

const page = { tagName: 'BODY' };
const slider = { tagName: 'INPUT', role: null };
const button = { tagName: 'BUTTON' };

describe('presenterAction', () => {
  it('moves on clicker keys wherever focus is', () => {
    for (const target of [page, slider, button, null]) {
      expect(presenterAction('PageDown', target)).toBe('next');
      expect(presenterAction('PageUp', target)).toBe('previous');
      expect(presenterAction('Escape', target)).toBe('exit');
    }
  });

  it('uses arrows, Home, End, B, P and F on the page but not inside a form control', () => {
    expect(presenterAction('ArrowRight', page)).toBe('next');
    expect(presenterAction('ArrowLeft', page)).toBe('previous');
    expect(presenterAction('Home', page)).toBe('first');
    expect(presenterAction('End', page)).toBe('last');
    expect(presenterAction('b', page)).toBe('blank');
    expect(presenterAction('.', page)).toBe('blank');
    expect(presenterAction('p', page)).toBe('pause');
    expect(presenterAction('P', page)).toBe('pause');
    expect(presenterAction('f', page)).toBe('fullscreen');
    expect(presenterAction('F', page)).toBe('fullscreen');
    for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'End', 'b', 'p', 'f', ' ']) {
      expect(presenterAction(key, slider)).toBeNull();
      expect(presenterAction(key, { tagName: 'DIV', role: 'slider' })).toBeNull();
      expect(presenterAction(key, { tagName: 'DIV', isContentEditable: true })).toBeNull();
    }
  });

  it('leaves Space to a focused button, and ignores other keys', () => {
    expect(presenterAction(' ', button)).toBeNull();
    expect(presenterAction(' ', page)).toBe('next');
    // After pressing the on-screen Next button, the arrow keys still move the presentation.
    expect(presenterAction('ArrowRight', button)).toBe('next');
    expect(presenterAction('p', button)).toBe('pause');
    expect(presenterAction('a', page)).toBeNull();
    expect(presenterAction('ArrowDown', page)).toBeNull();
  });
});
