// The take-home handout, in English and in Spanish, must print on at most two sheets (US Letter and
// A4), emergency tier and sources included, or it stops being a handout a nurse can give at the chair.
import { expect, test } from '@playwright/test';
import { courseUrl } from '../support/paths';

/** Pages in a PDF: one `/Type /Page` object per page (`/Type /Pages` is the page tree). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

const sheets = [
  { language: 'English', path: '#/handout', emergency: /Call 911 or go to the emergency room/ },
  { language: 'Spanish', path: '#/es/handout', emergency: /Llame al 911 o vaya a la sala de emergencias/ },
];

for (const sheet of sheets)
  for (const format of ['Letter', 'A4'] as const) {
    test(`the ${sheet.language} handout prints on at most 2 ${format} pages`, async ({ page }) => {
      await page.goto(`${courseUrl}${sheet.path}`);
      await expect(page.getByRole('heading', { name: sheet.emergency })).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format, printBackground: false });
      const pages = pageCount(pdf);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
    });
  }
