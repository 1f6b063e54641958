// scorm-again's ESM build exports its APIs by name, while its type declarations only declare a
// default export; this shim gives the tests the named classes with the declared types.
import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import type Scorm12Type from 'scorm-again/scorm12';
import type Scorm2004Type from 'scorm-again/scorm2004';

export const Scorm12API = (scorm12 as unknown as { Scorm12API: typeof Scorm12Type }).Scorm12API;
export const Scorm2004API = (scorm2004 as unknown as { Scorm2004API: typeof Scorm2004Type }).Scorm2004API;
