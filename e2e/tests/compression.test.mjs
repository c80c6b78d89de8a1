// Pages and JSON answers leave the web server compressed (brotli or gzip), in npm start as in compose: a
// signed-in seeker's gig list is checked byte for byte, raw and compressed sizes printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import zlib from 'node:zlib';
import { BASE } from '../lib/browser.mjs';

/** GETs a path with the given headers; the raw bytes as they came over the wire, and the headers. */
function get(path, headers) {
  return new Promise((resolve, reject) => {
    const req = http.get(new URL(path, BASE), { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
  });
}

function decode(res) {
  const encoding = res.headers['content-encoding'];
  if (encoding === 'br') return zlib.brotliDecompressSync(res.body).toString('utf8');
  if (encoding === 'gzip') return zlib.gunzipSync(res.body).toString('utf8');
  return res.body.toString('utf8');
}

async function seekerCookie() {
  const res = await fetch(new URL('/api/auth/password', BASE), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-protection': '1' },
    body: JSON.stringify({ email: 'hakija1@demo.hanttihommat.fi', password: 'demo-salasana-2026' }),
  });
  assert.equal(res.status, 200);
  return res.headers
    .getSetCookie()
    .find((c) => c.startsWith('hh_session='))
    .split(';')[0];
}

test("a seeker's gig list page and the API's JSON go out compressed", async () => {
  const cookie = await seekerCookie();
  for (const [path, type, marker] of [
    ['/gigs', 'text/html', /<html lang="fi"/],
    ['/api/gigs', 'application/json', /"organisationName"/],
  ]) {
    const plain = await get(path, { cookie, 'accept-encoding': 'identity' });
    const br = await get(path, { cookie, 'accept-encoding': 'br, gzip' });
    const gzip = await get(path, { cookie, 'accept-encoding': 'gzip' });
    assert.equal(plain.status, 200, path);
    assert.match(String(br.headers['content-type']), new RegExp(type));
    assert.equal(plain.headers['content-encoding'], undefined, `${path} unencoded when asked`);
    assert.equal(br.headers['content-encoding'], 'br', `${path} in brotli`);
    assert.equal(gzip.headers['content-encoding'], 'gzip', `${path} in gzip`);
    const text = decode(br);
    assert.match(text, marker);
    assert.match(decode(gzip), marker, `${path} decodes from gzip too`);
    assert.ok(br.body.length < plain.body.length / 3, `${path} at least three times smaller`);
    console.log(
      `${path}: ${plain.body.length} bytes raw, ${gzip.body.length} gzip, ${br.body.length} brotli (${Math.round((100 * br.body.length) / plain.body.length)} %)`,
    );
  }
});
