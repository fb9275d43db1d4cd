/**
 * CLI: `npm run mock:server -- [--port 8787] [--host 127.0.0.1] [--seed demo|empty] [--project <id>] [--platform <host>]…
 *   [--extra-logs N] [--extra-sessions N]` (the last two give the demo user bulk data for benchmarks)
 * (or MOCK_PORT / MOCK_HOST / MOCK_PROJECT). Serves the mock Account API under http://host:port/v1, to requests
 * whose Host is loopback or a --platform (so bind a LAN address only with that address as a --platform).
 */
import { DEFAULT_PROJECT_ID } from '../contract/demo.ts';
import { addLogRows, addSessions } from './backend/bulk.ts';
import { createMockHttpServer, nonLoopbackWarning } from './server.ts';

function argValue(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

function argValues(args: string[], name: string): string[] {
  return args.flatMap((arg, i) => (arg === name && args[i + 1] ? [args[i + 1] as string] : []));
}

async function main() {
  const args = process.argv.slice(2);
  const port = Number(argValue(args, '--port') ?? process.env.MOCK_PORT ?? 8787);
  const host = argValue(args, '--host') ?? process.env.MOCK_HOST ?? '127.0.0.1';
  const seed = argValue(args, '--seed') === 'empty' ? 'empty' : 'demo';
  const projectId = argValue(args, '--project') ?? process.env.MOCK_PROJECT;
  const platforms = ['localhost', ...argValues(args, '--platform')];
  const { server, backend } = createMockHttpServer({ seed, project: { ...(projectId ? { $id: projectId } : {}), platforms } });
  const extraLogs = Number(argValue(args, '--extra-logs') ?? 0);
  const extraSessions = Number(argValue(args, '--extra-sessions') ?? 0);
  const demo = backend.state.users[0];
  if (demo && (extraLogs || extraSessions)) {
    backend.state.project.auths.maxSessions = 0;
    backend.state.project.rateLimits = false;
    addLogRows(backend.state, demo, extraLogs, backend.clock.now());
    addSessions(backend.state, demo, extraSessions, backend.clock.now());
  }
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const warning = nonLoopbackWarning(host);
  if (warning) console.warn(warning);
  const address = `http://${host}:${port}/v1`;
  console.log(`Mock Appwrite Account API on ${address} (project "${projectId ?? DEFAULT_PROJECT_ID}", seed ${seed}, platforms ${platforms.join(', ')})`);
  console.log(`Point the dashboard at it with config.json: {"endpoint": "${address}"}`);
}

void main();
