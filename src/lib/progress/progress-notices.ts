// Which notice the progress model shows when something about saving needs telling. The words are
// interface messages ("notice_…" in lessons/messages/), shown in the learner's language by
// ProgressNotice.svelte (WCAG 3.3.1: say what happened and what it means for them; no codes, no blame).
export const notices = {
  lmsUnavailable: 'lms-unavailable',
  unreadableRecord: 'unreadable-record',
  storageBlocked: 'storage-blocked',
  storageLost: 'storage-lost',
  commitFailed: 'commit-failed',
  finished: 'finished',
  reviewEnded: 'review-ended',
} as const;

export type NoticeId = (typeof notices)[keyof typeof notices];
