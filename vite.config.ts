import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is built to static files that the Electron custom protocol and the
// HTTP bridge both serve; no dev server is involved in production or tests.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
});
