// Reads the bundle report that the build writes beside its folder (vite-plugin-bundle-report.ts).
import { existsSync, readFileSync } from 'node:fs';
import type { BundleReport, BundleReportFile } from './vite-plugin-bundle-report.ts';

export function reportPath(buildDir: string): string {
  return `${buildDir}.bundle-report.json`;
}

/** Output files by path (relative to the build folder). Throws, saying how to make it, when missing. */
export function readBundleReport(buildDir: string): Map<string, BundleReportFile> {
  const path = reportPath(buildDir);
  if (!existsSync(path)) throw new Error(`${path} is missing: build the course first (npm run build).`);
  const report = JSON.parse(readFileSync(path, 'utf8')) as BundleReport;
  return new Map(report.files.map((file) => [file.file, file]));
}
