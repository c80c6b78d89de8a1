// vitest: compile the messages in a child process, which ends cleanly (see scripts/paraglide.js).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup() {
  execFileSync(process.execPath, [fileURLToPath(new URL('./paraglide.js', import.meta.url))], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: 'inherit',
  });
}
