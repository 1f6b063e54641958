// Turns the trastuzumab model's state into the sentence a screen reader hears (polite live region)
// and the static long description of the scene (WCAG 1.1.1, 4.1.3).
import type { Mechanisms, TrastuzumabStats } from './model';

export type Audience = 'nursing' | 'patient';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function describeTrastuzumabAction(
  stats: TrastuzumabStats,
  mechanisms: Mechanisms,
  dosePercent: number,
  audience: Audience,
): string {
  const patient = audience === 'patient';
  const drug = patient ? 'Herceptin' : 'trastuzumab';
  const surface = stats.receptors - stats.internalized;
  if (stats.cellDestroyed) {
    return patient
      ? 'An immune cell (NK cell) latched onto the Herceptin on this cancer cell and destroyed the cell.'
      : `The NK cell engaged the Fc tails of bound trastuzumab through its Fc-gamma receptors and destroyed the cell (ADCC).`;
  }
  const parts = [
    `Antibody level ${Math.round(dosePercent)}%: ${drug} is attached to ${stats.bound} of ${surface} HER2 receptors on the surface (${Math.round(stats.boundFraction * 100)}%).`,
    `${Math.round(stats.signalsPerSecond)} ${patient ? '"grow" messages' : 'signals'} a second${
      mechanisms.signalDampening && stats.bound > 0 ? ', none from receptors with antibody attached' : ''
    }.`,
  ];
  if (mechanisms.blockCleavage) {
    parts.push(
      patient
        ? `${plural(stats.p95, 'receptor')} cut short into an always-on stub.`
        : `${plural(stats.p95, 'p95 stump')} from cleaved unbound receptors; bound receptors are protected.`,
    );
  }
  if (mechanisms.internalization) {
    parts.push(`${plural(stats.internalized, 'receptor')} taken into the cell.`);
  }
  if (mechanisms.adcc) {
    parts.push(
      stats.nkEngaged > 0
        ? `NK cell attached to ${plural(stats.nkEngaged, 'antibody tail')}, ${Math.round(stats.killProgress * 100)}% of the way to destroying the cell.`
        : 'NK cell searching: no bound antibody beneath it.',
    );
  }
  return parts.join(' ');
}

/** What the whole scene shows, for the text alternative next to it. */
export function describeTrastuzumabSceneLayout(audience: Audience): string {
  if (audience === 'patient') {
    return (
      'A side view of the edge of a HER2-positive cancer cell. HER2 receptors stand in a row across the ' +
      'cell wall. Herceptin antibodies, drawn as Y shapes, float down and attach to the part of each ' +
      'receptor closest to the cell wall. Switches let you show one effect at a time: receptors with ' +
      'Herceptin attached stop sending "grow" messages; Herceptin stops an enzyme from cutting receptors ' +
      'into always-on stubs; an immune cell (NK cell) grabs the tails of attached antibodies and destroys ' +
      'the cell; receptors with Herceptin attached are pulled into the cell. Counters show how many ' +
      'receptors have Herceptin attached and how many messages are sent.'
    );
  }
  return (
    'Side view of a patch of HER2-positive cell membrane. HER2 receptors span the membrane, outer ' +
    'region above, kinase below. Trastuzumab molecules (IgG, drawn as Y shapes) drift down and bind ' +
    'subdomain IV, next to the membrane; the antibody level control sets how many are present, and the ' +
    'bound fraction follows it. Neighbouring unbound receptors pair and send signals (small circles moving ' +
    'into the cell). Toggles show each mechanism alone: signal dampening (bound receptors send nothing); ' +
    'cleavage (a protease cuts unbound receptors, leaving p95 stumps drawn as short grey stubs that ' +
    'signal constantly; bound receptors are shielded); ADCC (an NK cell, drawn as a large labelled ' +
    'circle, docks on the Fc tails of bound antibodies through its Fc-gamma receptors and destroys the ' +
    'cell); internalization (bound receptors are taken into the cell). Readouts give the bound fraction, ' +
    'signals per second and the count of receptors in each state.'
  );
}
