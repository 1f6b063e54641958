// The calm, plain sentences the learner sees when something about saving needs telling (WCAG 3.3.1:
// say what happened and what it means for them; no codes, no blame).

export const notices = {
  lmsUnavailable:
    'The learning system did not answer, so your progress is being saved in this browser only. Your place in the course is not affected.',
  unreadableRecord:
    'Your earlier progress could not be read, so the course starts from the beginning. Your earlier record in the learning system is left untouched until you make new progress.',
  storageBlocked:
    'This browser is not letting the course save, so your progress lasts only while this page stays open.',
  storageLost:
    'This browser has stopped accepting saves (it may be full), so from now on your progress lasts only while this page stays open.',
  commitFailed:
    'Your latest progress could not be sent to the learning system yet. It is kept here and will be sent again with your next step.',
  finished: 'Your progress has been saved to the learning system. You can close this window.',
  reviewEnded:
    'This review has ended. Your record in the learning system is unchanged. You can close this window.',
} as const;
