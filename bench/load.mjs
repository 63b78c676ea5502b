// Drives bounded HTTP load at a running Hearth and reports, per cell (a call at a number of concurrent clients):
// requests per second, latency percentiles, errors, SQL statements per request (from the database's own counter)
// and the app's resident memory. Called by bench/run; see bench/README.md.
//
//   node load.mjs --base http://localhost:8090 --pid 1234 --db "mariadb -h127.0.0.1 -P3407 -uroot" \
//     --clients 10,50 --duration 30 --warmup 10 --out results/x.md --title "..."

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import * as hdr from 'hdr-histogram-js';

const { values: options } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://localhost:8090' },
    pid: { type: 'string' },
    db: { type: 'string' },
    clients: { type: 'string', default: '10,50' },
    duration: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '10' },
    cells: { type: 'string', default: 'nested,caseload,team,compliance,service' },
    out: { type: 'string' },
    title: { type: 'string', default: 'Hearth benchmark' },
    driver: { type: 'string', default: 'autocannon' },
  },
});

const PASSWORD = 'hearth-demo';
const here = dirname(new URL(import.meta.url).pathname);

/** Signs in through the form as a browser would, and returns the headers every later call sends. */
async function signIn(username) {
  const cookies = new Map();
  const keep = (response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, value] = pair.split('=');
      cookies.set(name, value);
    }
  };
  const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  keep(await fetch(`${options.base}/login`, { redirect: 'manual' }));
  keep(
    await fetch(`${options.base}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        cookie: cookieHeader(),
        'x-xsrf-token': cookies.get('XSRF-TOKEN'),
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ username, password: PASSWORD }),
    }),
  );
  // Signing in replaces the CSRF token: fetch the new one for this session.
  keep(await fetch(`${options.base}/login`, { redirect: 'manual', headers: { cookie: cookieHeader() } }));
  if (!cookies.get('JSESSIONID')) {
    throw new Error(`Could not sign in as ${username}`);
  }
  return { cookie: cookieHeader(), 'x-xsrf-token': cookies.get('XSRF-TOKEN'), 'content-type': 'application/json' };
}

function statements() {
  const [command, ...args] = options.db.split(' ');
  const out = execFileSync(command, [...args, '-N', '-B', '-e', "show global status like 'Questions'"]);
  return Number(out.toString().trim().split(/\s+/)[1]);
}

function residentMemoryMb() {
  const status = readFileSync(`/proc/${options.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

function loadAverage() {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

/**
 * Clients each sending one request after another, timed by this driver around each whole request and response; at
 * 1 client, a view opened by one person while nobody else is asking. (Autocannon's own timings at one connection came
 * out several times longer than the time between its responses, so one client never uses it; `--driver own` uses
 * this for every number of clients.)
 */
async function driven(name, request, clients) {
  const send = () =>
    fetch(`${options.base}${request.path}`, { method: 'POST', headers: request.headers, body: request.body }).then(
      async (response) => ({ ok: response.status === 200 && request.ok(await response.text()) }),
    );
  const histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 600000, numberOfSignificantValueDigits: 3 });
  let errors = 0;
  let requests = 0;
  const loop = async (end, record) => {
    while (performance.now() < end) {
      const started = performance.now();
      const { ok } = await send();
      if (record) {
        histogram.recordValue(Math.max(1, Math.round(performance.now() - started)));
        errors += ok ? 0 : 1;
        requests++;
      }
    }
  };
  const run = (seconds, record) => {
    const end = performance.now() + seconds * 1000;
    return Promise.all(Array.from({ length: clients }, () => loop(end, record)));
  };
  await run(Number(options.warmup), false);
  let rss = residentMemoryMb();
  const sampler = setInterval(() => (rss = Math.max(rss, residentMemoryMb())), 500);
  const before = statements();
  const loadBefore = loadAverage();
  await run(Number(options.duration), true);
  const after = statements();
  clearInterval(sampler);
  return {
    name,
    clients: clients === 1 ? '1, one at a time' : `${clients}, timed by the driver`,
    rps: requests / Number(options.duration),
    p50: histogram.getValueAtPercentile(50),
    p95: histogram.getValueAtPercentile(95),
    p99: histogram.getValueAtPercentile(99),
    errors,
    completed: requests,
    statementsPerRequest: (after - before - 1) / Math.max(1, requests),
    rssMb: rss,
    load: `${loadBefore} -> ${loadAverage()}`,
  };
}

/** One cell: warm up, then run for the duration, recording every latency and every error. */
async function cell(name, request, clients) {
  if (clients === 1 || options.driver === 'own') {
    return driven(name, request, clients);
  }
  const run = (seconds, record) =>
    new Promise((resolve, reject) => {
      const histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 600000, numberOfSignificantValueDigits: 3 });
      let errors = 0;
      let completed = 0;
      const instance = autocannon(
        {
          url: `${options.base}${request.path}`,
          method: 'POST',
          headers: request.headers,
          body: request.body,
          connections: clients,
          duration: seconds,
          timeout: 30,
          requests: [
            {
              // A GraphQL error comes with status 200: look at every body.
              onResponse: (status, body) => {
                completed++;
                if (status !== 200 || !request.ok(body)) {
                  errors++;
                }
              },
            },
          ],
        },
        (error, result) => (error ? reject(error) : resolve({ result, histogram, errors, completed })),
      );
      instance.on('response', (client, statusCode, bytes, responseTime) => {
        if (record) {
          histogram.recordValue(Math.max(1, Math.round(responseTime)));
        }
      });
    });
  await run(Number(options.warmup), false);
  let rss = residentMemoryMb();
  const sampler = setInterval(() => (rss = Math.max(rss, residentMemoryMb())), 500);
  const before = statements();
  const loadBefore = loadAverage();
  const { result, histogram, errors, completed } = await run(Number(options.duration), true);
  const after = statements();
  clearInterval(sampler);
  const requests = result.requests.total;
  return {
    name,
    clients,
    rps: requests / Number(options.duration),
    p50: histogram.getValueAtPercentile(50),
    p95: histogram.getValueAtPercentile(95),
    p99: histogram.getValueAtPercentile(99),
    errors: errors + result.errors + result.timeouts + result.non2xx,
    completed,
    // Minus the one statement that reads the counter itself.
    statementsPerRequest: (after - before - 1) / Math.max(1, requests),
    rssMb: rss,
    load: `${loadBefore} -> ${loadAverage()}`,
  };
}

const graphqlOk = (body) => !body.includes('"errors"');
const cells = {
  nested: async () => ({
    label: 'nested read, 50 episodes (Early Help team)',
    path: '/graphql',
    headers: await signIn('bench-hub'),
    body: JSON.stringify({ query: readFileSync(`${here}/nested-read.graphql`, 'utf8'), variables: { first: 50 } }),
    ok: graphqlOk,
  }),
  caseload: async () => ({
    label: 'caseload of the practitioner on most teams (app endpoint)',
    path: '/connect/CaseloadEndpoint/myCaseload',
    headers: await signIn('bench-lead'),
    body: '{}',
    ok: (body) => body.startsWith('['),
  }),
  // The manager's view (/team): their team's figures per worker, then the last three months' timescales.
  team: () => oversightCell("manager's view: team figures", 'oversight', 'bench-manager', {}),
  compliance: () =>
    oversightCell("manager's view: timescales kept, last 3 months", 'compliance', 'bench-manager', lastThreeMonths()),
  // The Early Help team's view of the whole service, team by team.
  service: () => oversightCell('all teams: figures per team (Early Help team)', 'oversight', 'bench-hub', {}),
};

/** A call of the app's OversightEndpoint (the /team screen), signed in as the user given. */
async function oversightCell(label, method, username, body) {
  return {
    label: `${label} (app endpoint)`,
    path: `/connect/OversightEndpoint/${method}`,
    headers: await signIn(username),
    body: JSON.stringify(body),
    ok: (response) => response.includes('"totals"'),
  };
}

/** The period the manager's view opens with, as the screen asks for it. */
function lastThreeMonths() {
  const to = new Date();
  const from = new Date(to);
  from.setMonth(from.getMonth() - 3);
  const day = (date) => date.toISOString().slice(0, 10);
  return { from: day(from), to: day(to) };
}

const rows = [];
for (const key of options.cells.split(',')) {
  const request = await cells[key]();
  for (const clients of options.clients.split(',').map(Number)) {
    const row = await cell(request.label, request, clients);
    rows.push(row);
    console.log(JSON.stringify(row));
  }
}

const table = [
  `## ${options.title}`,
  '',
  '| call | clients | req/s | p50 ms | p95 ms | p99 ms | errors | SQL statements / request | app RSS max (MB) | load average before -> after |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ...rows.map(
    (row) =>
      `| ${row.name} | ${row.clients} | ${row.rps.toFixed(1)} | ${row.p50} | ${row.p95} | ${row.p99} | ${row.errors} | ${row.statementsPerRequest.toFixed(1)} | ${row.rssMb.toFixed(0)} | ${row.load} |`,
  ),
  '',
].join('\n');
console.log(table);
if (options.out) {
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, table, { flag: 'a' });
}
