// Standalone adapter: the record lives in this browser's localStorage (or, when storage is blocked or
// full, in memory for this visit only). Two tabs of the same course share one key: every save merges
// with what the other tab stored, and a `storage` event pulls the other tab's progress in, so the last
// writer never erases the other tab's completed lessons.
import { storeWorks, type KeyValueStore } from '../browser-store';
import { mergeProgress } from '../merge-progress';
import type { ProgressState } from '../progress-state';
import type { LessonKeys } from '../lesson-keys';
import { decodeSuspendData, encodeSuspendData } from '../suspend-codec';
import type { LaunchInfo, ProgressAdapter, SaveRequest, SaveTarget } from './adapter';

export interface LocalAdapterOptions {
  store: KeyValueStore;
  key: string;
  /** How the record names lessons (stable ids). */
  keys: LessonKeys;
  /** Window whose `storage` events announce another tab's saves (absent in tests without a DOM). */
  events?: Pick<Window, 'addEventListener'> | null;
  /** Called with the merged record when another tab saved progress this tab does not have. */
  onExternalChange?: (merged: ProgressState) => void;
  /** Called once when storage stops accepting writes. */
  onStorageLost?: () => void;
}

export class LocalAdapter implements ProgressAdapter {
  target: SaveTarget;
  private memoryCopy = '';

  constructor(private readonly options: LocalAdapterOptions) {
    this.target = storeWorks(options.store, `${options.key}:probe`) ? 'browser' : 'memory';
  }

  private stored(): ProgressState | null {
    return decodeSuspendData(this.options.store.read(this.options.key) ?? '', this.options.keys);
  }

  launch(): LaunchInfo {
    const text = this.target === 'browser' ? (this.options.store.read(this.options.key) ?? '') : '';
    this.options.events?.addEventListener('storage', (event: StorageEvent) => {
      if (event.key !== this.options.key || !event.newValue) return;
      const other = decodeSuspendData(event.newValue, this.options.keys);
      if (other) this.options.onExternalChange?.(other);
    });
    return {
      suspendData: text,
      location: '',
      entry: text ? 'resume' : 'ab-initio',
      mode: 'normal',
      credit: true,
      masteryPercent: null,
      learnerName: '',
    };
  }

  save(request: SaveRequest): boolean {
    request.interactions.splice(0); // the item journal is an LMS record; the browser keeps scores only
    if (this.target === 'memory') {
      this.memoryCopy = encodeSuspendData(request.state, this.options.keys);
      return true;
    }
    const other = this.stored();
    const merged = other ? mergeProgress(other, request.state) : request.state;
    const text = encodeSuspendData(merged, this.options.keys);
    if (!this.options.store.write(this.options.key, text)) {
      this.target = 'memory';
      this.memoryCopy = text;
      this.options.onStorageLost?.();
    }
    if (other && text !== encodeSuspendData(request.state, this.options.keys))
      this.options.onExternalChange?.(merged);
    return true;
  }

  finish(request: SaveRequest): boolean {
    return this.save(request);
  }

  /** Forgets the stored record (standalone "Start again"). */
  clear(): void {
    this.options.store.remove(this.options.key);
    this.memoryCopy = '';
  }

  /** For tests and diagnostics: what the memory fallback holds. */
  get inMemory(): string {
    return this.memoryCopy;
  }
}
