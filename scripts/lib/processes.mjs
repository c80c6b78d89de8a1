// Runs the product's processes (api, worker, web) as children, with prefixed output and a clean stop.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function startProcess(name, args, env, { quiet = false } = {}) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (stream, out) => {
    let buf = '';
    stream.on('data', (d) => {
      buf += d.toString();
      const lines = buf.split('\n');
      buf = lines.pop();
      if (quiet) return;
      for (const line of lines) out.write(`[${name}] ${line}\n`);
    });
  };
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  child.name = name;
  return child;
}

/** Resolves once `url` answers with a status below 500, or rejects after `ms`. */
export async function waitForHttp(url, ms, child) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child && child.exitCode !== null) throw new Error(`${child.name} exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

export function stopProcess(child, ms = 10000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const t = setTimeout(() => child.kill('SIGKILL'), ms);
    child.once('exit', () => {
      clearTimeout(t);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Starts api, worker and web against the given environment; returns the children and a stop function. */
export async function startStack(env, { quiet = false } = {}) {
  // A child started before a later step fails is stopped too: a failed start leaves nothing listening.
  const children = [];
  const stop = () => Promise.all(children.map((c) => stopProcess(c)));
  try {
    return await startAll(env, quiet, children, stop);
  } catch (e) {
    await stop();
    throw e;
  }
}

async function startAll(env, quiet, children, stop) {
  const api = startProcess('api', ['backend/dist/main.js'], { ...env, APP_ROLE: 'api' }, { quiet });
  children.push(api);
  await waitForHttp(`http://127.0.0.1:${env.PORT}/api/health`, 60000, api);
  const worker = startProcess('worker', ['backend/dist/main.js'], { ...env, APP_ROLE: 'worker' }, { quiet });
  children.push(worker);
  const web = startProcess(
    'web',
    ['frontend/server.js'],
    {
      ...env,
      PORT: env.WEB_PORT,
      // Loopback unless in production: the development mailbox behind this server shows sign-in links.
      HOST: env.WEB_HOST ?? (env.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1'),
      ORIGIN: env.PUBLIC_URL,
      API_URL: `http://127.0.0.1:${env.PORT}`,
    },
    { quiet },
  );
  children.push(web);
  await waitForHttp(`http://127.0.0.1:${env.WEB_PORT}/`, 60000, web);
  return { children, stop };
}
