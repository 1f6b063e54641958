import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { reportPath } from './scripts/bundle-report/read-report.ts';
import { bundleReport } from './scripts/bundle-report/vite-plugin-bundle-report.ts';
import { chunkGroups } from './scripts/chunking/vite-plugin-chunk-groups.ts';
import { coursePlugin } from './src/lib/course/vite-plugin-course.ts';
import { messagesPlugin } from './src/lib/i18n/vite-plugin-messages.ts';

// The offline single-file build must not reference any other file: inline fonts and images too.
const singleFile = process.env.COURSE_BUNDLE === 'inline';
// Which modules each output file carries, read by the size budgets and the benchmark.
const reportFile = reportPath(process.env.COURSE_BUILD_DIR ?? 'build');

export default defineConfig({
  plugins: [
    coursePlugin(),
    // Interface text (lessons/messages/*.json): checked in every language, compiled to src/lib/paraglide.
    messagesPlugin(),
    sveltekit(),
    bundleReport(reportFile),
    chunkGroups(),
  ],
  build: { assetsInlineLimit: singleFile ? () => true : undefined },
  server: { fs: { allow: ['lessons'] } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
