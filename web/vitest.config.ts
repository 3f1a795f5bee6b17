import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** The web client's own fast tests: cache updates, the offline queue, dates; a DOM from happy-dom. */
export default defineConfig({
  plugins: [react()],
  test: {
    name: 'web',
    root: import.meta.dirname,
    include: ['src/**/*.test.{ts,tsx}', 'build/**/*.test.ts'],
    environment: 'happy-dom',
  },
});
