/**
 * Builds the two pages the server serves: the explorer (index.html, at /) and the GraphiQL
 * playground (playground.html, at GET /graphql for browsers). Every script, style, font and worker
 * is bundled from npm into dist/, so the pages make no request off the server.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The playground's editor (Monaco) is large by nature; it is served from our own origin.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      // React libraries mark modules "use client"; a bundle for the browser has no use for it.
      onLog(level, log, handler) {
        if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
      },
      input: {
        explorer: fileURLToPath(new URL('index.html', import.meta.url)),
        playground: fileURLToPath(new URL('playground.html', import.meta.url)),
      },
    },
  },
});
