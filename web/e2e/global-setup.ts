import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

async function waitUntilReady(baseUrl: string, app: ChildProcess, logPath: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) {
      break;
    }
    try {
      if ((await fetch(`${baseUrl}/health/ready`)).ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`The API did not become ready at ${baseUrl}. Its output:\n${readFileSync(logPath, 'utf8').slice(-4000)}`);
}

/**
 * Starts the built API (Development, demo data) on a fresh SQLite database in a temporary folder and a free
 * loopback port, and stops it and removes the folder afterwards. The tests find it through E2E_BASE_URL.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const dll = process.env.E2E_API_DLL ?? join(repo, 'src/bin/Debug/net10.0/AnalisaAI.Api.dll');
  if (!existsSync(dll)) {
    throw new Error(`${dll} does not exist: run "dotnet build" first (or set E2E_API_DLL).`);
  }
  if (!existsSync(join(repo, 'src/wwwroot/index.html'))) {
    throw new Error('src/wwwroot/index.html does not exist: build the dashboard first ("npm run build" or "dotnet build").');
  }
  const folder = mkdtempSync(join(tmpdir(), 'analisaai-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const signingKey = randomBytes(48).toString('base64');
  const logPath = join(folder, 'api.log');
  const log = createWriteStream(logPath);
  const app = spawn('dotnet', [dll, '--contentRoot', join(repo, 'src'), '--urls', baseUrl], {
    cwd: join(repo, 'src'),
    env: {
      ...process.env,
      ASPNETCORE_ENVIRONMENT: 'Development',
      ConnectionStrings__Default: `Data Source=${join(folder, 'e2e.db')}`,
      Jwt__SigningKey: signingKey,
      Seed__Demo: 'true',
      RateLimiting__Login__PermitLimit: '200',
      RateLimiting__Refresh__PermitLimit: '200',
      // Off: with no call budget to pace it, the sweep would keep the whole demo catalogue updated, and the tests
      // watch a sign-in's own runs.
      MetricsUpdate__Sweep__Interval: '00:00:00',
      // The demo is calculated at seeding; with no minimum age a sign-in still updates the 5 stalest, as it would
      // on a catalogue older than the default 15 minutes.
      MetricsUpdate__MinAge: '00:00:00',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app.stdout?.pipe(log);
  app.stderr?.pipe(log);

  process.env.E2E_BASE_URL = baseUrl;
  process.env.E2E_SIGNING_KEY = signingKey;
  try {
    await waitUntilReady(baseUrl, app, logPath);
  } catch (error) {
    app.kill('SIGTERM');
    throw error;
  }

  return async () => {
    if (app.exitCode === null) {
      const exited = new Promise((done) => app.once('exit', done));
      app.kill('SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
      if (app.exitCode === null) {
        app.kill('SIGKILL');
      }
    }
    log.end();
    rmSync(folder, { recursive: true, force: true });
  };
}
