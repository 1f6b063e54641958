// The file each lesson folder keeps its teach-back in, next to patient.svx (read by the build check
// and by the lesson page; kept apart from the schema so pages do not carry the validator).
export const teachBackFile = 'teach-back.yaml';
