// Paraglide's compiler options, shared by the Vite plugin (dev server) and scripts/paraglide.js
// (build, svelte-check, vitest), because the compiled messages are generated and not committed.

/** @type {{ project: string, outdir: string, strategy: ('cookie' | 'baseLocale')[] }} */
export const paraglideOptions = {
  project: './project.inlang',
  outdir: './src/lib/paraglide',
  // The cookie keeps the chosen language and URLs stay unprefixed; without a cookie, Finnish.
  strategy: ['cookie', 'baseLocale'],
};
