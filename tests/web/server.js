// Global setup: a real store (the seed article and tests/web/articles.jsonl
// ingested by the real CLI) and a real `sitrep serve` on a free loopback port,
// with a token for POST /api/code. The URL and token reach the tests through
// the environment; the returned function stops the server.
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

async function waitHealthy(url, child, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`sitrep serve exited with ${child.exitCode}`);
    try { if ((await fetch(`${url}/healthz`)).ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`sitrep serve did not answer ${url}/healthz within ${ms} ms`);
}

module.exports = async function globalSetup() {
  const bin = process.env.SITREP_BINARY || path.join(root, 'build-dev/sitrep');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-web-'));
  const db = path.join(dir, 'events.db');
  const run = (args) => execFileSync(bin, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  run(['ingest', '-q', '--db', db, '--date', '2024-02-03', 'tests/data/seed-article.txt']);
  run(['ingest', '-q', '--db', db, 'tests/web/articles.jsonl']);
  const token = 'web-test-token-1234';
  fs.writeFileSync(path.join(dir, 'token'), `${token}\n`, { mode: 0o600 });
  const port = await freePort();
  const child = spawn(bin, ['serve', '--db', db, '--bind', '127.0.0.1', '--port', String(port),
    '--token-file', path.join(dir, 'token')], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  await waitHealthy(url, child, 60000);  // an ASan build loads its engine slowly
  process.env.SITREP_WEB_URL = url;
  process.env.SITREP_WEB_TOKEN = token;
  return async () => {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
    fs.rmSync(dir, { recursive: true, force: true });
  };
};
