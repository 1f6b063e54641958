import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { coursePlugin } from './src/lib/course/vite-plugin-course';

export default defineConfig({
  plugins: [coursePlugin(), sveltekit()],
  server: { fs: { allow: ['lessons'] } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
