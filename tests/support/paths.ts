// Where the test server puts things (tests/support/serve.ts): the course at an LMS-like deep path.
export const coursePath = '/lms/content/pkg-42/scormcontent/';
export const courseUrl = `${coursePath}index.html`;
