// Identifiers written into imsmanifest.xml. They are xs:ID values (start with a letter or "_", no
// spaces or ":"; docs/lms-behaviour.md §5) derived from course.yaml `id` only, never from the version, so an LMS
// recognises a new version of the package as the same course.
export interface PackageIdentifiers {
  manifest: string;
  organization: string;
  item: string;
  resource: string;
}

export function packageIdentifiers(courseId: string): PackageIdentifiers {
  const safe = courseId.replace(/[^A-Za-z0-9._-]/g, '-');
  const base = /^[A-Za-z_]/.test(safe) ? safe : `course-${safe}`;
  return {
    manifest: base,
    organization: `${base}-org`,
    item: `${base}-item`,
    resource: `${base}-sco`,
  };
}
