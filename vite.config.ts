import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { bundleReport } from './scripts/bundle-report/vite-plugin-bundle-report.ts';
import { coursePlugin } from './src/lib/course/vite-plugin-course.ts';

// The offline single-file build must not reference any other file: inline fonts and images too.
const singleFile = process.env.COURSE_BUNDLE === 'inline';
// Which modules each output file carries, read by the size budgets and the benchmark.
const reportFile = `${process.env.COURSE_BUILD_DIR ?? 'build'}.bundle-report.json`;

export default defineConfig({
  plugins: [coursePlugin(), sveltekit(), bundleReport(reportFile)],
  build: { assetsInlineLimit: singleFile ? () => true : undefined },
  server: { fs: { allow: ['lessons'] } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
