import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { coursePlugin } from './src/lib/course/vite-plugin-course.ts';

// The offline single-file build must not reference any other file: inline fonts and images too.
const singleFile = process.env.COURSE_BUNDLE === 'inline';

export default defineConfig({
  plugins: [coursePlugin(), sveltekit()],
  build: { assetsInlineLimit: singleFile ? () => true : undefined },
  server: { fs: { allow: ['lessons'] } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
