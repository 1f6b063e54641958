// The two animations in the built course: they render inside their lessons, every control works from
// the keyboard, reduced motion starts them paused, and the live description follows the model.
import { axeViolations } from '../support/axe';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { courseUrl } from '../support/paths';

// The scene's numbers are lesson content: read them rather than repeat them here.
const receptorScene = parse(readFileSync('lessons/01-her2-biology/receptor-scene.yaml', 'utf8')) as {
  receptorsPerGlyph: number;
  maxReceptors: number;
  minReceptors: number;
  presets: { id: string; receptorsPerCell: number }[];
};
const presetCount = (id: string) =>
  receptorScene.presets.find((preset) => preset.id === id)?.receptorsPerCell ?? NaN;
const formatted = (value: number) => value.toLocaleString('en-US');

const receptorLesson = `${courseUrl}#/nursing/01-her2-biology`;
const trastuzumabLesson = `${courseUrl}#/nursing/02-how-herceptin-works`;

async function openScene(page: Page, url: string, name: string) {
  await page.goto(url);
  const scene = page.locator(`[data-scene="${name}"]`);
  await expect(scene).toBeVisible();
  return scene;
}

test.describe('receptor density scene', () => {
  test('renders in lesson 1 with its legend, readouts and text description', async ({ page }) => {
    const scene = await openScene(page, receptorLesson, 'receptor-density');
    await expect(scene.locator('[data-scene-canvas]')).toBeVisible();
    await expect(scene.getByRole('list', { name: 'Legend' })).toContainText(
      `One open circle = ${formatted(receptorScene.receptorsPerGlyph)} HER2 receptors`,
    );
    await expect(scene.locator('[data-readout="signals"]')).toBeVisible();
    await scene.getByText('Text description of this animation').click();
    await expect(scene.locator('.long-description')).toContainText('rises with the number of receptors');
  });

  test('is operated by keyboard: preset, pause, step and speed', async ({ page }) => {
    const scene = await openScene(page, receptorLesson, 'receptor-density');
    const play = scene.locator('[data-control="play"]');
    await expect(play).toHaveText(/Pause/);

    await play.focus();
    await page.keyboard.press('Enter');
    await expect(play).toHaveText(/Play/);

    await scene.locator('[data-preset="her2-positive"]').focus();
    await page.keyboard.press('Space');
    await expect(scene.locator('[data-preset="her2-positive"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(scene.getByRole('list', { name: 'Legend' })).toContainText(
      `(${receptorScene.maxReceptors / receptorScene.receptorsPerGlyph} drawn)`,
    );

    const pairs = scene.locator('[data-readout="pairs"]');
    await expect(pairs).toHaveText('0');
    await scene.locator('[data-control="step"]').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
    await expect(pairs).not.toHaveText('0');
    // Paused: stepping is the only thing that moves the model.
    const afterSteps = await pairs.textContent();
    await page.waitForTimeout(600);
    await expect(pairs).toHaveText(afterSteps ?? '');

    await scene.locator('[data-control="speed"]').selectOption('2');
    await expect(scene.locator('[data-control="speed"]')).toHaveValue('2');

    const slider = scene.getByRole('slider');
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute(
      'aria-valuetext',
      `${formatted(receptorScene.minReceptors)} receptors per cell`,
    );
  });

  test('starts paused when the reader prefers reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const scene = await openScene(page, receptorLesson, 'receptor-density');
    await expect(scene.locator('[data-control="play"]')).toHaveText(/Play/);
    await scene.locator('[data-preset="her2-positive"]').click();
    await page.waitForTimeout(800);
    await expect(scene.locator('[data-readout="pairs"]')).toHaveText('0');
    await scene.locator('[data-control="step"]').click();
    await scene.locator('[data-control="step"]').click();
    await expect(scene.locator('[data-readout="pairs"]')).not.toHaveText('0');
  });

  test('updates the visible summary and the polite live description as the state changes', async ({
    page,
  }) => {
    // Paused (reduced motion), the state changes only when the reader changes it: the live region then
    // announces the new state once the throttle allows. Running: see the in-step test below.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const scene = await openScene(page, receptorLesson, 'receptor-density');
    const live = scene.locator('[data-live-description]');
    const caption = scene.locator('[data-scene-caption]');
    await expect(live).toHaveAttribute('aria-live', 'polite');
    await expect(caption).toContainText(`${formatted(presetCount('normal'))} HER2 receptors per cell`);
    await scene.locator('[data-preset="her2-positive"]').click();
    await expect(caption).toContainText(`${formatted(presetCount('her2-positive'))} HER2 receptors per cell`);
    // Throttled to one announcement every few seconds, so allow for the wait.
    await expect(live).toContainText(`${formatted(presetCount('her2-positive'))} HER2 receptors per cell`, {
      timeout: 8000,
    });
  });
});

/** Samples the summary, the live region and the readouts in one task, so nothing moves between reads. */
async function sceneTextSamples(page: Page, name: string, samples: number) {
  const seen: { caption: string; live: string; readouts: Record<string, string> }[] = [];
  for (let i = 0; i < samples; i++) {
    seen.push(
      await page.evaluate((scene) => {
        const root = document.querySelector(`[data-scene="${scene}"]`);
        const text = (selector: string) => root?.querySelector(selector)?.textContent?.trim() ?? '';
        const readouts = Object.fromEntries(
          [...(root?.querySelectorAll('[data-readout]') ?? [])].map((node) => [
            node.getAttribute('data-readout') ?? '',
            node.textContent?.trim() ?? '',
          ]),
        );
        return { caption: text('[data-scene-caption]'), live: text('[data-live-description]'), readouts };
      }, name),
    );
    await page.waitForTimeout(300);
  }
  return seen;
}

test('scene text never contradicts the readouts while the animation runs (summary and live region in step)', async ({
  page,
}) => {
  await openScene(page, trastuzumabLesson, 'trastuzumab-action');
  const samples = await sceneTextSamples(page, 'trastuzumab-action', 24);
  for (const { caption, live, readouts } of samples) {
    // "… attached to 10 of 16 HER2 receptors on the surface (63%)" beside the "63%" readout.
    const [, bound, percent] =
      /attached to (\d+) of \d+ HER2 receptors on the surface \((\d+)%\)/.exec(caption) ?? [];
    expect(`${percent}%`, caption).toBe(readouts.bound);
    expect(bound, caption).toBe(readouts.counts?.split('·')[1]?.trim());
    // The live region holds the sentence for the state on screen, or nothing between announcements.
    if (live !== '') expect(live).toBe(caption);
  }
  // Paused, the state holds still: the next announcement is the sentence on screen.
  const scene = page.locator('[data-scene="trastuzumab-action"]');
  await scene.locator('[data-control="play"]').click();
  await expect(scene.locator('[data-control="play"]')).toHaveText(/Play/);
  await page.waitForTimeout(500);
  const still = (await scene.locator('[data-scene-caption]').textContent()) ?? '';
  await expect(scene.locator('[data-live-description]')).toHaveText(still, { timeout: 8000 });
});

test.describe('trastuzumab scene', () => {
  test('renders in lesson 2 with the labelled receptor diagram', async ({ page }) => {
    const scene = await openScene(page, trastuzumabLesson, 'trastuzumab-action');
    await expect(scene.locator('[data-scene-svg]')).toBeVisible();
    const diagram = scene.getByRole('img', { name: /where trastuzumab and pertuzumab bind/ });
    await expect(diagram).toBeVisible();
    for (const region of ['domain-i', 'domain-ii', 'domain-iii', 'domain-iv', 'transmembrane', 'kinase']) {
      await expect(diagram.locator(`[data-region="${region}"]`)).toBeVisible();
    }
    await expect(diagram.locator('[data-site="trastuzumab"]')).toContainText('Trastuzumab binds here');
  });

  test('mechanism toggles and dose work by keyboard; ADCC destroys the cell only with bound antibody', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const scene = await openScene(page, trastuzumabLesson, 'trastuzumab-action');
    const dose = scene.locator('[data-control="dose"]');
    await dose.focus();
    await page.keyboard.press('Home');
    await expect(dose).toHaveAttribute('aria-valuetext', '0%');

    const adcc = scene.locator('[data-mechanism="adcc"]');
    await adcc.focus();
    await page.keyboard.press('Space');
    await expect(adcc).toBeChecked();
    await expect(scene.locator('[data-layer="nk"]')).not.toHaveAttribute('display', 'none');

    const step = scene.locator('[data-control="step"]');
    await step.focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press('Enter');
    await expect(scene.locator('[data-readout="bound"]')).toHaveText('0%');
    await expect(scene.locator('[data-readout="cell"]')).toHaveText('alive');

    await dose.focus();
    await page.keyboard.press('End');
    await expect(dose).toHaveAttribute('aria-valuetext', '100%');
    await step.focus();
    for (let i = 0; i < 25; i++) await page.keyboard.press('Enter');
    await expect(scene.locator('[data-readout="bound"]')).not.toHaveText('0%');
    await expect(scene.locator('[data-readout="cell"]')).toHaveText('destroyed');
    await expect(scene.locator('[data-live-description]')).toContainText('ADCC', { timeout: 8000 });
  });

  test('restart returns the scene to its starting state', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const scene = await openScene(page, trastuzumabLesson, 'trastuzumab-action');
    const step = scene.locator('[data-control="step"]');
    for (let i = 0; i < 6; i++) await step.click();
    await expect(scene.locator('[data-readout="bound"]')).not.toHaveText('0%');
    await scene.locator('[data-control="restart"]').click();
    await expect(scene.locator('[data-readout="bound"]')).toHaveText('0%');
  });
});

// One test per scene and colour scheme: each loads one page and runs axe once.
for (const scheme of ['light', 'dark'] as const) {
  for (const [url, name] of [
    [receptorLesson, 'receptor-density'],
    [trastuzumabLesson, 'trastuzumab-action'],
  ] as const) {
    test(`the ${name} scene passes axe WCAG A/AA checks (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await openScene(page, url, name);
      expect(await axeViolations(page, `[data-scene="${name}"]`)).toEqual([]);
    });
  }
}

test('both scenes fit a 320 px phone without sideways scrolling (WCAG 1.4.10)', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const [url, name] of [
    [receptorLesson, 'receptor-density'],
    [trastuzumabLesson, 'trastuzumab-action'],
  ] as const) {
    const scene = await openScene(page, url, name);
    const box = await scene.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expect(scene.locator('[data-control="play"]')).toBeVisible();
  }
});
