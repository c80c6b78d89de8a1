// Compiles messages/*.json into src/lib/paraglide (generated, not committed) without starting Vite.
// Used before `vite build`, svelte-check and vitest; `vite dev` compiles with the Vite plugin instead.
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from '../paraglide.options.js';

await compile(paraglideOptions);
// The inlang SDK leaves timers behind that keep Node alive for about 30 s after compiling;
// the paraglide-js CLI ends the same way.
process.exit(0);
