import { createHash } from 'node:crypto';
import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// SvelteKit's route announcer (for screen readers after client-side navigation) carries this inline
// style; allowing exactly this one attribute keeps inline styles blocked otherwise. Copied from
// @sveltejs/kit src/core/sync/write_root.js: if a kit upgrade changes it, the browser console says so.
const ANNOUNCER_STYLE =
  'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';
const announcerHash = `sha256-${createHash('sha256').update(ANNOUNCER_STYLE).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter(),
    // Absolute links ("/gigs", not "./gigs"): easier to read, and aria-current can compare them with the path.
    paths: { relative: false },
    // SvelteKit's CSRF origin check stays on (the default) for form actions.
    csp: {
      mode: 'auto',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        // In development SvelteKit adds 'unsafe-inline' itself, for Vite's injected <style> tags.
        'style-src': ['self'],
        'style-src-attr': ['unsafe-hashes', /** @type {`sha256-${string}`} */ (announcerHash)],
        'img-src': ['self', 'data:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'form-action': ['self'],
        'frame-ancestors': ['none'],
        'base-uri': ['self'],
        'object-src': ['none'],
      },
    },
  },
};

export default config;
