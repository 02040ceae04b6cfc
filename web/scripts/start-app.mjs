// Starts the API with its demo data on a fresh SQLite file and a free loopback port, for the Lighthouse
// benchmark: from source (`dotnet run --project src`) or from a published folder.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/**
 * @param {{ repo: string, published?: string, configuration: string }} options
 * @returns {Promise<{ baseUrl: string, stop: () => Promise<void> }>}
 */
export async function startApp({ repo, published, configuration }) {
  const folder = mkdtempSync(join(tmpdir(), 'analisaai-lighthouse-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const logPath = join(folder, 'api.log');
  const log = createWriteStream(logPath);
  let command;
  let cwd;
  if (published) {
    if (!existsSync(join(published, 'AnalisaAI.Api.dll'))) {
      throw new Error(`${published} holds no AnalisaAI.Api.dll: publish first (dotnet publish src -c Release -o <folder>).`);
    }
    command = ['dotnet', [join(published, 'AnalisaAI.Api.dll'), '--urls', baseUrl]];
    cwd = published;
  } else {
    // --no-launch-profile: the port and environment come from here, not from launchSettings.json.
    command = ['dotnet', ['run', '--project', join(repo, 'src'), '-c', configuration, '--no-launch-profile', '--', '--urls', baseUrl]];
    cwd = repo;
  }
  const app = spawn(command[0], command[1], {
    cwd,
    // Its own process group, so that stopping it also stops the app that `dotnet run` starts.
    detached: true,
    env: {
      ...process.env,
      ASPNETCORE_ENVIRONMENT: 'Development',
      ConnectionStrings__Default: `Data Source=${join(folder, 'lighthouse.db')}`,
      Jwt__SigningKey: randomBytes(48).toString('base64'),
      Seed__Demo: 'true',
      // Every run signs in or restores its session from one address.
      RateLimiting__Login__PermitLimit: '1000',
      RateLimiting__Refresh__PermitLimit: '1000',
      // No background sweep: the server stays idle between the page's own requests.
      MetricsUpdate__Sweep__Interval: '00:00:00',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app.stdout.pipe(log);
  app.stderr.pipe(log);

  const stop = async () => {
    if (app.exitCode === null) {
      const exited = new Promise((done) => app.once('exit', done));
      process.kill(-app.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 15_000))]);
      if (app.exitCode === null) {
        process.kill(-app.pid, 'SIGKILL');
      }
    }
    log.end();
    rmSync(folder, { recursive: true, force: true });
  };

  // `dotnet run` may build first.
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline && app.exitCode === null) {
    try {
      if ((await fetch(`${baseUrl}/health/ready`)).ok) {
        return { baseUrl, stop };
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, 500));
  }
  const output = readFileSync(logPath, 'utf8').slice(-4000);
  await stop();
  throw new Error(`The API did not become ready at ${baseUrl}. Its output:\n${output}`);
}
