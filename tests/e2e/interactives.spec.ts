// The four interactive lesson elements in the built course, operated with the keyboard only, at an
// LMS-like deep path: HER2 classifier (lesson 3), dose drill and look-alike drill (lesson 5), cardiac
// hold simulator (lesson 6). Also checks they reflow at 320 px (WCAG 1.4.10).
import { axeViolations } from '../support/axe';
import { expect, test, type Locator, type Page } from '@playwright/test';
import * as v from 'valibot';
import { DosingSchema } from '../../src/lib/interactives/dose-drill/schema.ts';
import { Her2ClassificationSchema } from '../../src/lib/interactives/her2-classifier/schema.ts';
import { loadContent } from '../../src/lib/course/load-content.ts';
import { readLessonData } from '../support/lesson-data';
import { watchPage } from '../support/page-problems';
import { courseUrl } from '../support/paths';

const content = loadContent(process.cwd());
const dosing = v.parse(DosingSchema, readLessonData(content, 'Drill', 'dose'));
const her2 = v.parse(Her2ClassificationSchema, readLessonData(content, 'Drill', 'her2-classifier'));
const lesson = (slug: string) => `${courseUrl}#/nursing/${slug}`;

/** Keyboard only: the control gets focus (as Tab would give it) and is activated with Space or Enter, never clicked. */
async function press(control: Locator, key = 'Enter') {
  await control.focus();
  await expect(control).toBeFocused();
  await control.page().keyboard.press(key);
}

async function typeInto(control: Locator, text: string) {
  await control.focus();
  await control.page().keyboard.press('Control+A');
  await control.page().keyboard.type(text);
}

/**
 * The dose and volume of the case on screen, worked out here from what the page shows and the lesson's
 * dosing data alone, not with the drill's own functions: the scenario names the schedule and phase,
 * dose = weight in kg × the phase's mg/kg, volume = dose ÷ the reconstituted concentration.
 */
async function workedOut(drill: Locator): Promise<{ dose: number; volume: number }> {
  const scenario = (await drill.locator('h4 + p').textContent())?.trim() ?? '';
  const weight = (await drill.getByText(/^Weight on the chart:/).textContent()) ?? '';
  const [, value, unit] = /([\d.]+)\s*(kg|lb)\b/.exec(weight) ?? [];
  // 1 lb = 0.45359237 kg exactly (the definition of the pound).
  const kilograms = unit === 'lb' ? Number(value) * 0.45359237 : Number(value);
  for (const regimen of dosing.regimens)
    for (const phase of ['loading', 'maintenance'] as const)
      if (regimen.scenarios[phase].includes(scenario)) {
        const dose = kilograms * regimen[phase].dosePerKg;
        return { dose, volume: dose / dosing.concentration.value };
      }
  throw new Error(`the case on screen is not in the dosing data: "${scenario}" (${weight})`);
}

const panel = (page: Page, title: string | RegExp) =>
  page.locator('section.interactive').filter({ has: page.getByRole('heading', { name: title, level: 3 }) });

test('HER2 classifier: practice cases and own results, by keyboard', async ({ page }) => {
  const problems = watchPage(page);
  await page.goto(lesson('03-her2-testing'));
  const classifier = panel(page, 'HER2 case classifier');
  await expect(classifier).toBeVisible();
  const feedback = classifier.getByRole('status').first();

  // Case 1 is IHC 3+ with no ISH: positive.
  await press(classifier.getByRole('radio', { name: /^HER2-positive/ }), 'Space');
  await press(classifier.getByRole('button', { name: 'Check answer' }));
  await expect(feedback).toContainText('Correct.');
  await expect(feedback).toContainText('IHC 3+');

  // Case 2 is IHC 1+: choosing positive is wrong, and the feedback says why.
  await press(classifier.getByRole('button', { name: 'Next case' }));
  await expect(
    classifier.getByRole('heading', { name: `Practice case 2 of ${her2.cases.length}` }),
  ).toBeFocused();
  await press(classifier.getByRole('radio', { name: /^HER2-positive/ }), 'Space');
  await press(classifier.getByRole('button', { name: 'Check answer' }));
  await expect(feedback).toContainText('Not quite.');
  await expect(feedback).toContainText('HER2-negative');

  // Own result: IHC 2+ (default) with ISH group 3 values → positive.
  await press(classifier.getByRole('checkbox', { name: 'Dual-probe ISH was done' }), 'Space');
  await typeInto(classifier.getByLabel('HER2/CEP17 ratio'), '1.5');
  await typeInto(classifier.getByLabel('Average HER2 copies per cell'), '6.8');
  await press(classifier.getByRole('button', { name: 'Classify' }));
  const own = classifier.getByRole('status').nth(1);
  await expect(own).toContainText('HER2-positive');
  await expect(own).toContainText('group 3');
  expect(problems.errors).toEqual([]);
});

test('dose drill: seeded case, correct answer, new case and a unit mistake, by keyboard', async ({
  page,
}) => {
  const problems = watchPage(page);
  await page.goto(lesson('05-giving-herceptin-safely'));
  const drill = panel(page, 'Dose-calculation drill');
  await expect(drill.getByRole('heading', { name: 'Case seed 1' })).toBeVisible();

  const first = await workedOut(drill);
  expect(first.dose).toBeGreaterThan(0);
  await typeInto(drill.getByLabel(/^Dose to give/), first.dose.toFixed(1));
  await typeInto(drill.getByLabel(/^Volume of reconstituted solution/), first.volume.toFixed(1));
  await press(drill.getByRole('button', { name: 'Check answer' }));
  const feedback = drill.getByRole('status');
  await expect(feedback).toContainText('Dose: correct.');
  await expect(feedback).toContainText('Volume: correct.');
  await expect(feedback).toContainText('Working:');

  await press(drill.getByRole('button', { name: 'New case' }));
  const secondHeading = drill.getByRole('heading', { name: /^Case seed \d+$/ });
  await expect(secondHeading).toBeFocused();
  await expect(secondHeading).not.toHaveText('Case seed 1');
  const working = await workedOut(drill);
  // Milligrams typed into the millilitre box.
  await typeInto(drill.getByLabel(/^Dose to give/), working.dose.toFixed(1));
  await typeInto(drill.getByLabel(/^Volume of reconstituted solution/), working.dose.toFixed(1));
  await press(drill.getByRole('button', { name: 'Check answer' }));
  await expect(feedback).toContainText('Volume: not correct.');
  await expect(feedback).toContainText(dosing.mistakes['dose-in-volume-box'].slice(0, 40));

  // The seed shown reopens the same case.
  await press(drill.getByText('Open a case by its seed'));
  await typeInto(drill.getByLabel('Case seed'), '1');
  await press(drill.getByRole('button', { name: 'Open case' }));
  await expect(drill.getByRole('heading', { name: 'Case seed 1' })).toBeFocused();
  expect(problems.errors).toEqual([]);
});

test('look-alike drill: match a cue, then see why a wrong match is dangerous, by keyboard', async ({
  page,
}) => {
  const problems = watchPage(page);
  await page.goto(lesson('05-giving-herceptin-safely'));
  const drill = panel(page, /Look-alike drill/);
  const feedback = drill.getByRole('status');

  await expect(drill.getByText('ado-trastuzumab emtansine')).toBeVisible();
  // Arrow keys move through a native radio group: Herceptin → Kadcyla.
  await press(drill.getByRole('radio', { name: 'Herceptin', exact: true }), 'Space');
  await page.keyboard.press('ArrowDown');
  await expect(drill.getByRole('radio', { name: 'Kadcyla' })).toBeChecked();
  await press(drill.getByRole('button', { name: 'Check answer' }));
  await expect(feedback).toContainText('Correct');

  await press(drill.getByRole('button', { name: 'Next cue' }));
  await expect(drill.getByRole('heading', { name: /^Cue 2 of/ })).toBeFocused();
  await press(drill.getByRole('radio', { name: 'Herceptin', exact: true }), 'Space');
  await press(drill.getByRole('button', { name: 'Check answer' }));
  await expect(feedback).toContainText('Not this one.');
  await expect(feedback).toContainText('overdose');
  expect(problems.errors).toEqual([]);
});

test('cardiac simulator: scripted case and own reading, by keyboard', async ({ page }) => {
  const problems = watchPage(page);
  await page.goto(lesson('06-side-effects-and-monitoring'));
  const simulator = panel(page, 'Cardiac hold simulator');
  const feedback = simulator.getByRole('status');

  await press(simulator.getByRole('button', { name: 'Load case' }));
  await expect(simulator.getByText('Next scripted reading: week 12, 45%.')).toBeVisible();
  // The learner's own call first: Continue is wrong for a 17-point fall.
  await press(simulator.getByRole('radio', { name: 'Continue', exact: true }), 'Space');
  await press(simulator.getByRole('button', { name: /^Apply the rules to week 12/ }));
  await expect(feedback).toContainText('Your decision was Continue, but the rules say Hold.');
  await expect(feedback).toContainText('Decision: Hold.');
  await expect(feedback).toContainText('16 or more percentage points');
  await expect(feedback).toContainText('Next check about week 16');
  await press(simulator.getByRole('radio', { name: 'Resume' }), 'Space');
  await press(simulator.getByRole('button', { name: /^Apply the rules to week 16/ }));
  await expect(feedback).toContainText('Your decision, Resume, matches the rules.');

  await typeInto(simulator.getByLabel(/^Week of the reading/), '30');
  await typeInto(simulator.getByLabel(/^Ejection fraction/), '52');
  await press(simulator.getByRole('button', { name: 'Apply the rules', exact: true }));
  await expect(feedback).toContainText('Week 30: 52%');
  await expect(feedback).toContainText('Decision: Continue.');
  await expect(simulator.getByRole('listitem')).toHaveCount(3);
  expect(problems.errors).toEqual([]);
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const slug of ['03-her2-testing', '05-giving-herceptin-safely', '06-side-effects-and-monitoring']) {
    test(`${slug}: interactive elements fit without sideways scrolling`, async ({ page }) => {
      await page.goto(lesson(slug));
      const panels = page.locator('section.interactive');
      await expect(panels.first()).toBeVisible();
      for (const box of await panels.all()) {
        const width = await box.evaluate((element) => element.scrollWidth - element.clientWidth);
        expect(width).toBeLessThanOrEqual(0);
      }
      const pageOverflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(pageOverflow).toBeLessThanOrEqual(0);
    });
  }
});

// Feedback states included: verdict colours must keep AA contrast in light and dark (WCAG 1.4.3, 1.4.11).
for (const scheme of ['light', 'dark'] as const) {
  test(`interactive elements with feedback showing have no WCAG A/AA violations (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const scan = () => axeViolations(page, 'section.interactive');

    await page.goto(lesson('03-her2-testing'));
    const classifier = panel(page, 'HER2 case classifier');
    await classifier.getByRole('radio', { name: /^HER2-negative/ }).check();
    await classifier.getByRole('button', { name: 'Check answer' }).click();
    await expect(classifier.getByText('Not quite.')).toBeVisible();
    expect(await scan()).toEqual([]);

    await page.goto(lesson('05-giving-herceptin-safely'));
    const drill = panel(page, 'Dose-calculation drill');
    await drill.getByLabel(/^Dose to give/).fill('1');
    await drill.getByLabel(/^Volume of reconstituted solution/).fill('1');
    await drill.getByRole('button', { name: 'Check answer' }).click();
    const lookAlike = panel(page, /Look-alike drill/);
    await lookAlike.getByRole('radio', { name: 'Kadcyla' }).check();
    await lookAlike.getByRole('button', { name: 'Check answer' }).click();
    await expect(lookAlike.getByText('Correct.')).toBeVisible();
    expect(await scan()).toEqual([]);

    await page.goto(lesson('06-side-effects-and-monitoring'));
    const simulator = panel(page, 'Cardiac hold simulator');
    await simulator.getByRole('button', { name: 'Load case' }).click();
    await simulator.getByRole('button', { name: /^Apply the rules to week 12/ }).click();
    await expect(simulator.getByRole('listitem')).toHaveCount(1);
    expect(await scan()).toEqual([]);
  });
}
