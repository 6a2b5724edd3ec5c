import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';

// The renderer is built to static files that the Electron custom protocol and the
// HTTP bridge both serve; no dev server is involved in production or tests.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // The repository's shared/ folder, as tsconfig's paths name it (no relative climbs out of renderer/).
  resolve: { alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) } },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
});
