import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The same build is served at /platform/console/, /t/{code}/console/ and /console/: relative asset URLs make it
// work under every base without a rebuild.
export default defineConfig({
  base: './',
  plugins: [react()],
  server: {
    // Translations live in the repository's top-level locales/ folder, outside this project's root.
    fs: { allow: ['..'] },
  },
  build: {
    outDir: 'dist',
    // Charts and the date picker are large; the warning is noise for an internal console.
    chunkSizeWarningLimit: 1500,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
  },
});
