// The names a lesson may embed: `<Scene name="…" />`, `<Drill name="…" />`, `<Panel name="…" />` (facts
// from the course files) and `<Term id="…">`. Each
// name maps to the component that draws it and the data file it reads from the folder of the lesson
// that embeds it, so a lesson needs no <script> and src/ never names a lesson folder.
// Pure data (no imports): the build reads it in Node, the lesson transform writes imports from it.

export interface EmbedDefinition {
  /** Module that draws the element (an import specifier the build resolves). */
  component: string;
  /** YAML file, next to the lesson, that holds the element's words and rules (none: no data). */
  dataFile: string | null;
  /** Attributes an author may set besides `name`, with what each accepts. */
  attributes: Readonly<Record<string, 'whole number'>>;
  /** Whether the element takes the lesson's track (nursing / patient wording). */
  takesTrack: boolean;
  /**
   * A scene's data file is settings and words; its translation (`<name>.es.yaml`) is an overlay of
   * the words only: these top-level keys, of which it gives every text the patient track shows
   * (scene-overlay.ts). An element without the list reads a complete translated file instead.
   */
  overlayText?: readonly string[];
  /** The element draws the labelled HER2 diagram, whose words a translated page gives it (`diagramWords`). */
  drawsDiagram?: boolean;
}

export const embedRegistry = {
  Scene: {
    'receptor-density': {
      component: '$lib/sims/receptor-density/Scene.svelte',
      dataFile: 'receptor-scene.yaml',
      attributes: {},
      takesTrack: true,
      overlayText: ['title', 'summary', 'presets', 'words'],
    },
    'trastuzumab-action': {
      component: '$lib/sims/trastuzumab-action/Scene.svelte',
      dataFile: 'trastuzumab-scene.yaml',
      attributes: {},
      takesTrack: true,
      overlayText: ['title', 'summary', 'diagram', 'words'],
      drawsDiagram: true,
    },
  },
  Drill: {
    'her2-classifier': {
      component: '$lib/interactives/her2-classifier/Her2Classifier.svelte',
      dataFile: 'her2-classification.yaml',
      attributes: {},
      takesTrack: false,
    },
    dose: {
      component: '$lib/interactives/dose-drill/DoseDrill.svelte',
      dataFile: 'dosing.yaml',
      attributes: { seed: 'whole number' },
      takesTrack: false,
    },
    'look-alike': {
      component: '$lib/interactives/look-alike/LookAlikeDrill.svelte',
      dataFile: 'look-alikes.yaml',
      attributes: {},
      takesTrack: false,
    },
    'cardiac-hold': {
      component: '$lib/interactives/cardiac-hold/CardiacHoldSimulator.svelte',
      dataFile: 'cardiac-hold-rules.yaml',
      attributes: {},
      takesTrack: false,
    },
    // Patient lessons only, one each (checked by self-check/check-placement.ts).
    'self-check': {
      component: '$lib/interactives/self-check/SelfCheck.svelte',
      dataFile: 'self-check.yaml',
      attributes: {},
      takesTrack: false,
    },
  },
  Panel: {
    'review-date': {
      component: '$lib/course-facts/ReviewDate.svelte',
      dataFile: null,
      attributes: {},
      takesTrack: false,
    },
    'label-versions': {
      component: '$lib/course-facts/LabelVersions.svelte',
      dataFile: null,
      attributes: {},
      takesTrack: false,
    },
  },
} as const satisfies Record<string, Record<string, EmbedDefinition>>;

export type EmbedTag = keyof typeof embedRegistry;
export type SceneName = keyof (typeof embedRegistry)['Scene'];
export type DrillName = keyof (typeof embedRegistry)['Drill'];
export type PanelName = keyof (typeof embedRegistry)['Panel'];

export const embedTags = Object.keys(embedRegistry) as EmbedTag[];

/** The definition for `<tag name="name">`, or undefined when the registry has no such name. */
export function findEmbed(tag: EmbedTag, name: string): EmbedDefinition | undefined {
  const names: Readonly<Record<string, EmbedDefinition>> = embedRegistry[tag];
  return Object.hasOwn(names, name) ? names[name] : undefined;
}
