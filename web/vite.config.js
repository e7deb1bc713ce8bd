// The dashboard's build. `npm run build -- --outDir DIR --emptyOutDir` writes the static
// files that `dyad serve` serves (the Makefile passes $(BUILD)/web). Everything, the world
// geometry included, is bundled: the page loads nothing from outside its own server.
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  build: {
    outDir: process.env.DYAD_WEB_OUT || '../build/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    assetsInlineLimit: 0,
  },
});
