import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { paraglideOptions } from './paraglide.options.js';

export default defineConfig(({ command }) => ({
  plugins: [
    // The plugin recompiles the messages while the dev server runs. `vite build` and vitest get them
    // from scripts/paraglide.js instead: the plugin keeps Node alive ~30 s after a build (inlang SDK timers).
    ...(command === 'serve' && !process.env.VITEST ? [paraglideVitePlugin(paraglideOptions)] : []),
    sveltekit(),
    svelteTesting(),
  ],
  test: {
    include: ['src/**/*.{test,spec}.{js,ts}'],
    globalSetup: ['./scripts/vitest-global-setup.js'],
    // Server helpers run in Node; a component test opts into jsdom with a file comment.
    environment: 'node',
  },
}));
