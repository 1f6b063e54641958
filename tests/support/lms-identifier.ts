// What the course's one identifier scheme should make of a course id, written independently of the
// product's scormId() so the end-to-end tests check it rather than repeat it: every run of characters
// other than letters and digits is dropped and the letter after it upper-cased (`ae-023` → `ae023`,
// `lesson-her2-biology` → `lessonHer2Biology`).
export function expectedLmsIdentifier(courseId: string): string {
  return courseId
    .replace(/[^A-Za-z0-9]+([A-Za-z0-9])/g, (_, next: string) => next.toUpperCase())
    .replace(/[^A-Za-z0-9]/g, '');
}
