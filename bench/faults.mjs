// Hearth's fault test (see bench/README.md, "Faults"): a write load through /graphql while the app is killed with
// kill -9 and restarted, and the database process killed and restarted; then every acknowledged write is looked for
// in the database, and nothing may be missing or there twice. Started by bench/faults (./hearth faults), which builds
// the jar; loopback only, bounded in time. No dependencies beyond Node itself.
//
// Two phases on one data directory:
//   1. the default run: the app on its embedded MariaDB with the demo data, killed with kill -9 (its database is left
//      running, as after any crash) and started again;
//   2. as in production, the database a process of its own (the embedded MariaDB's server, started by this script):
//      the app killed with kill -9 and restarted; then the database killed with kill -9 (readiness must go to 503),
//      started again (readiness back to 200).
// Each write is a step of the early help process for a new family, sent with its client id or request id; a write
// that gets no answer (the app or the database down) is sent again, unchanged, until it is answered, as the tablet's
// queue does.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const options = {
  jar: '', java: 'java', dir: '.hearth/faults', port: 8091, dbPort: 3491, clients: 4,
  embeddedKills: 2, appKills: 3, seconds: 8, user: 'sam', password: 'hearth-demo', deadline: 900,
};
for (let i = 2; i < process.argv.length; i += 2) {
  const name = process.argv[i].replace(/^--/, '').replace(/-([a-z])/g, (_, c) => c.toUpperCase());
  if (!(name in options)) {
    console.error(`Unknown option ${process.argv[i]}`);
    process.exit(2);
  }
  options[name] = typeof options[name] === 'number' ? Number(process.argv[i + 1]) : process.argv[i + 1];
}
const dir = path.resolve(options.dir);
const base = `http://127.0.0.1:${options.port}`;
const run = Date.now().toString(36);
const surname = `Fault${run}`;
const started = Date.now();
const stats = { acknowledged: 0, resent: 0, failedAttempts: 0, signIns: 0, refused: [], appKills: 0, dbKills: 0 };
const ledger = []; // every acknowledged write: { step, episodeId, id }
const events = []; // what happened when, for the report

const log = (message) => {
  const line = `[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}`;
  events.push(line);
  console.log(line);
};
const fail = (message) => {
  console.error(`FAILED: ${message}`);
  cleanUp();
  process.exit(1);
};
setTimeout(() => fail(`still running after ${options.deadline} s`), options.deadline * 1000).unref();

// ------------------------------------------------------------------ processes

let app = null;
let database = null;
let appStarts = 0;

function startApp(embedded) {
  appStarts += 1;
  const database = embedded
    ? [`--hearth.embedded-database.directory=${dir}`, `--hearth.embedded-database.port=${options.dbPort}`]
    : ['--hearth.embedded-database.enabled=false',
        `--spring.datasource.url=jdbc:mysql://127.0.0.1:${options.dbPort}/hearth?useSSL=false&allowPublicKeyRetrieval=true`,
        '--spring.datasource.username=root', '--spring.datasource.password='];
  const out = fs.openSync(path.join(dir, `app-${appStarts}.log`), 'w');
  app = spawn(options.java, ['-Xmx768m', '-jar', options.jar, `--server.port=${options.port}`, '--server.address=127.0.0.1',
    ...database, '--hearth.reminders.enabled=false', '--logging.level.root=WARN', '--logging.level.org.hearth=INFO'],
  { stdio: ['ignore', out, out] });
  app.exited = new Promise((resolve) => app.on('exit', resolve));
}

/** Polls readiness until it answers the wanted status; the seconds it took. */
async function readiness(wanted, timeoutSeconds) {
  const from = Date.now();
  while (Date.now() - from < timeoutSeconds * 1000) {
    const status = await fetch(`${base}/actuator/health/readiness`, { signal: AbortSignal.timeout(10_000) })
      .then((response) => response.status, () => 0);
    if (status === wanted) {
      return (Date.now() - from) / 1000;
    }
    if (app.exitCode !== null) {
      fail(`the app exited (${app.exitCode}); see ${dir}/app-${appStarts}.log`);
    }
    await sleep(250);
  }
  return fail(`readiness did not answer ${wanted} within ${timeoutSeconds} s`);
}

async function killApp() {
  process.kill(app.pid, 'SIGKILL');
  await app.exited;
  stats.appKills += 1;
}

async function stopApp() {
  process.kill(app.pid, 'SIGTERM');
  await app.exited;
}

/**
 * The embedded database's server, as the app ran it, read from /proc while it runs (the app writes its pid file):
 * phase 2 starts the same server with the same options, only no longer as the app's child.
 */
function embeddedServerCommand() {
  const pid = fs.readFileSync(path.join(dir, 'mariadbd.pid'), 'utf8').trim();
  const [command, ...args] = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  return { command, args };
}

let serverCommand = null;

function startDatabase() {
  const out = fs.openSync(path.join(dir, 'mariadbd.log'), 'a');
  database = spawn(serverCommand.command, serverCommand.args, { stdio: ['ignore', out, out] });
  database.exited = new Promise((resolve) => database.on('exit', resolve));
}

async function databaseAccepts(timeoutSeconds) {
  const from = Date.now();
  while (Date.now() - from < timeoutSeconds * 1000) {
    if (sql('select 1', true) === '1') {
      return;
    }
    await sleep(250);
  }
  fail(`the database did not start within ${timeoutSeconds} s; see ${dir}/mariadbd.log`);
}

async function killDatabase() {
  process.kill(database.pid, 'SIGKILL');
  await database.exited;
  stats.dbKills += 1;
}

function sql(statement, quiet = false) {
  const result = spawnSync(path.join(dir, 'base/bin/mariadb'),
    ['-h127.0.0.1', `-P${options.dbPort}`, '-uroot', '--skip-ssl', '-N', '-B', 'hearth', '-e', statement],
    { encoding: 'utf8' });
  if (result.status !== 0) {
    return quiet ? null : fail(`SQL failed: ${result.stderr}`);
  }
  return result.stdout.trim();
}

function cleanUp() {
  for (const process_ of [app, database]) {
    if (process_ && process_.exitCode === null && process_.signalCode === null) {
      process_.kill('SIGKILL');
    }
  }
  // An embedded database the app left running (phase 1) is found by its pid file.
  const pidFile = path.join(dir, 'mariadbd.pid');
  if (fs.existsSync(pidFile)) {
    try {
      process.kill(Number(fs.readFileSync(pidFile, 'utf8').trim()), 'SIGTERM');
    } catch {
      // not running
    }
  }
}

// ------------------------------------------------------------------ the write load

/** One worker's tablet: its own session, signed in again only if the session is refused. */
class Client {
  cookies = new Map();

  keep(response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }

  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async signIn() {
    this.cookies.clear();
    this.keep(await fetch(`${base}/login`));
    const response = await fetch(`${base}/login`, {
      method: 'POST', redirect: 'manual',
      headers: { cookie: this.header(), 'X-XSRF-TOKEN': this.cookies.get('XSRF-TOKEN') },
      body: new URLSearchParams({ username: options.user, password: options.password }),
    });
    this.keep(response);
    if ((response.headers.get('location') ?? '').includes('?')) {
      throw new Error(`${options.user} could not sign in`);
    }
    this.keep(await fetch(`${base}/login`, { headers: { cookie: this.header() } }));
    stats.signIns += 1;
  }

  /** Sends the mutation until it is answered; an answer with errors is a refusal (recorded, and the chain ends). */
  async write(episodeId, step, type, input, selection = '') {
    const query = `mutation($input: ${type}!) { ${step}(input: $input) { ${selection} errors { field code message } } }`;
    for (let attempt = 1; ; attempt += 1) {
      try {
        if (!this.cookies.has('JSESSIONID')) {
          await this.signIn();
        }
        const response = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: this.header(), 'X-XSRF-TOKEN': this.cookies.get('XSRF-TOKEN') },
          body: JSON.stringify({ query, variables: { input } }),
          signal: AbortSignal.timeout(30_000),
        });
        if (response.status === 401) {
          this.cookies.delete('JSESSIONID');
          throw new Error('session refused');
        }
        if (!response.ok) {
          throw new Error(`HTTP ${response.status}`);
        }
        const body = await response.json();
        if (body.errors?.length) {
          throw new Error(body.errors[0].extensions?.classification ?? body.errors[0].message);
        }
        const payload = body.data[step];
        if (payload.errors.length > 0) {
          stats.refused.push({ step, input, errors: payload.errors });
          return null;
        }
        stats.acknowledged += 1;
        stats.resent += attempt > 1 ? 1 : 0;
        ledger.push({ step, episodeId, id: input.id ?? input.requestId });
        return payload;
      } catch (error) {
        stats.failedAttempts += 1;
        if (stopping && Date.now() > stopping + 120_000) {
          fail(`a write was still unanswered two minutes after the load stopped: ${step} (${error.message})`);
        }
        await sleep(300 + Math.random() * 400);
      }
    }
  }

  /** A new family through the process, step by step, until the load stops. */
  async family() {
    const id = () => crypto.randomUUID();
    const day = (fromToday) => new Date(Date.now() + fromToday * 86400000).toISOString().slice(0, 10);
    const [episodeId, parentId, childId] = [id(), id(), id()];
    // Each family its own people: the same child twice would be refused as already having a plan.
    families += 1;
    const n = families;
    const person = (personId, givenName, role, years, responsible) => ({
      id: personId, givenName: `${givenName}${n}`, familyName: surname, role, dateOfBirth: day(-years * 366 - n),
      livesInHousehold: true, hasParentalResponsibility: responsible,
    });
    const requested = await this.write(episodeId, 'requestEarlyHelp', 'RequestEarlyHelpInput', {
      id: episodeId,
      newFamily: { members: [person(parentId, 'Robin', 'PARENT_CARER', 35, true), person(childId, 'Kit', 'CHILD', 8, false)] },
      levelOfNeed: 'LEVEL_2', source: 'PRACTITIONER_REQUEST', requestReasons: `Fault test ${run}`,
    }, 'episode { lead { id } }');
    if (!requested) {
      return;
    }
    const steps = [
      ...['START', 'STORE', 'SHARE'].map((scope) => ['recordConsent', 'RecordConsentInput',
        { id: id(), episodeId, scope, decision: 'GIVEN', givenByPersonId: parentId, method: 'VERBAL' }]),
      ['startAssessment', 'EpisodeRefInput', { episodeId, requestId: id() }],
      ['recordPersonView', 'RecordPersonViewInput', { episodeId, personId: parentId, worries: 'Mornings', requestId: id() }],
      ['completeAssessment', 'CompleteAssessmentInput', { episodeId, summary: 'Mornings are hard', requestId: id() }],
    ];
    const outcomeId = id();
    steps.push(['addOutcome', 'AddOutcomeInput', {
      id: outcomeId, episodeId, forPersonId: childId, needAreaCode: 'EDUCATION', description: 'Kit gets to school on time',
      measure: 'No late marks for a half term', targetDate: day(90),
    }]);
    steps.push(['addAction', 'AddActionInput', {
      id: id(), outcomeId, description: 'A morning routine chart', ownerTeamMemberId: requested.episode.lead.id, dueDate: day(20),
    }]);
    for (const [step, type, input] of steps) {
      if (stopping || !(await this.write(episodeId, step, type, input))) {
        return;
      }
    }
  }
}

let stopping = 0;
let families = 0;

async function load(clients) {
  await Promise.all(clients.map(async (client) => {
    while (!stopping) {
      await client.family();
    }
  }));
}

const loadFor = (seconds) => sleep((seconds * (0.6 + Math.random() * 0.8)) * 1000);

// ------------------------------------------------------------------ the run

if (!options.jar || !fs.existsSync(options.jar)) {
  fail('give --jar: the jar with the embedded database (bench/faults builds it)');
}
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
for (const port of [options.port, options.dbPort]) {
  const inUse = await new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => { socket.destroy(); resolve(true); });
    socket.on('error', () => resolve(false));
  });
  if (inUse) {
    fail(`port ${port} is in use on loopback: stop what runs there first`);
  }
}
process.on('SIGINT', () => fail('interrupted'));

log(`Phase 1: the app on its embedded database (${dir}), demo data loaded`);
startApp(true);
log(`ready in ${await readiness(200, 300)} s`);
const clients = Array.from({ length: options.clients }, () => new Client());
const writing = load(clients);
for (let kill = 1; kill <= options.embeddedKills; kill += 1) {
  await loadFor(options.seconds);
  const before = stats.acknowledged;
  await killApp();
  log(`kill -9 of the app (${before} writes acknowledged so far); its database is left running`);
  startApp(true);
  log(`app restarted; ready in ${await readiness(200, 300)} s`);
}
await loadFor(options.seconds);

log('Phase 2: the database a process of its own, as in production');
stopping = Date.now();
await writing;
stopping = 0;
serverCommand = embeddedServerCommand();
await stopApp();
startDatabase();
await databaseAccepts(60);
startApp(false);
log(`database started; app ready in ${await readiness(200, 300)} s`);
const writingAgain = load(clients);
for (let kill = 1; kill <= options.appKills; kill += 1) {
  await loadFor(options.seconds);
  const before = stats.acknowledged;
  await killApp();
  log(`kill -9 of the app (${before} writes acknowledged so far)`);
  startApp(false);
  log(`app restarted; ready in ${await readiness(200, 300)} s`);
}
await loadFor(options.seconds);
const beforeDb = stats.acknowledged;
await killDatabase();
log(`kill -9 of the database (${beforeDb} writes acknowledged so far)`);
const unready = await readiness(503, 120);
const liveness = await fetch(`${base}/actuator/health/liveness`).then((response) => response.status, () => 0);
log(`readiness 503 after ${unready} s (liveness ${liveness}); writes wait and are sent again`);
await sleep(5000);
startDatabase();
await databaseAccepts(120);
log(`database restarted; readiness 200 after ${await readiness(200, 120)} s`);
await loadFor(options.seconds);
stopping = Date.now();
await writingAgain;
log(`load stopped: ${stats.acknowledged} writes acknowledged`);

// ------------------------------------------------------------------ what the database holds

const hex = (uuid) => uuid.replaceAll('-', '').toLowerCase();
const inList = (ids) => ids.map((uuid) => `unhex('${hex(uuid)}')`).join(',');
const present = (table, ids) => (ids.length === 0 ? 0
  : Number(sql(`select count(*) from ${table} where id in (${inList(ids)})`)));
const episodes = ledger.filter((write) => write.step === 'requestEarlyHelp').map((write) => write.episodeId);
const acknowledged = (step) => ledger.filter((write) => write.step === step);
const inRun = `(select id from episode where request_reasons = 'Fault test ${run}')`;
const checks = [];
const check = (what, expected, actual) => checks.push({ what, expected, actual, ok: expected === actual });

check('episodes acknowledged, present', episodes.length, present('episode', episodes));
check('episodes of this run in the database (none twice)', episodes.length,
  Number(sql(`select count(*) from episode where request_reasons = 'Fault test ${run}'`)));
check('families of this run (none twice)', episodes.length,
  Number(sql(`select count(distinct family_id) from person where family_name = '${surname}'`)));
check('people of this run (two per family)', 2 * episodes.length,
  Number(sql(`select count(*) from person where family_name = '${surname}'`)));
const consents = acknowledged('recordConsent').map((write) => write.id);
check('consent decisions acknowledged, present', consents.length, present('consent', consents));
check('consent decisions of this run (none twice)', consents.length,
  Number(sql(`select count(*) from consent where episode_id in ${inRun}`)));
check('assessments started', acknowledged('startAssessment').length,
  Number(sql(`select count(*) from assessment where episode_id in ${inRun}`)));
check('views recorded', acknowledged('recordPersonView').length,
  Number(sql(`select count(*) from person_view v join assessment a on a.id = v.assessment_id where a.episode_id in ${inRun}`)));
check('assessments completed', acknowledged('completeAssessment').length,
  Number(sql(`select count(*) from assessment where completed_on is not null and episode_id in ${inRun}`)));
const outcomes = acknowledged('addOutcome').map((write) => write.id);
check('outcomes acknowledged, present', outcomes.length, present('outcome', outcomes));
check('outcomes of this run (none twice)', outcomes.length, Number(sql(`select count(*) from outcome where episode_id in ${inRun}`)));
const actions = acknowledged('addAction').map((write) => write.id);
check('actions acknowledged, present', actions.length, present('plan_action', actions));
check('actions of this run (none twice)', actions.length, Number(sql(
  `select count(*) from plan_action p join outcome o on o.id = p.outcome_id where o.episode_id in ${inRun}`)));
// Each write is audited once, replayed or not: every family whose nine steps were all acknowledged has the same trail.
const complete = new Set(acknowledged('addAction').map((write) => write.episodeId));
const trails = sql(`select lower(hex(episode_id)), count(*) from audit_event where episode_id in ${inRun}
  and operation not like 'read %' and operation not like 'list %' and operation not like 'existing plan check%'
  group by episode_id`).split('\n').filter(Boolean)
  .map((line) => line.split('\t')).filter(([episode]) => [...complete].some((uuid) => hex(uuid) === episode))
  .map(([, count]) => Number(count));
const trailLengths = [...new Set(trails)];
check('audit events per complete family (the same for all)', 1, trailLengths.length);
// What the app logged as its own failures (an INTERNAL_ERROR answer): each was sent again by its client.
const serverErrors = {};
for (const file of fs.readdirSync(dir).filter((name) => /^app-\d+\.log$/.test(name))) {
  for (const match of fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/Unresolved (\w+)/g)) {
    serverErrors[match[1]] = (serverErrors[match[1]] ?? 0) + 1;
  }
}
const lost = checks.filter((c) => c.what.endsWith('present')).reduce((sum, c) => sum + Math.max(0, c.expected - c.actual), 0);
const duplicated = checks.filter((c) => c.what.includes('none twice')).reduce((sum, c) => sum + Math.max(0, c.actual - c.expected), 0);

await stopApp();
process.kill(database.pid, 'SIGTERM');
await database.exited;

const summary = [
  `Fault test ${run}: ${options.clients} clients writing as ${options.user}, ${((Date.now() - started) / 1000).toFixed(0)} s`,
  `writes acknowledged: ${stats.acknowledged} (${episodes.length} families, ${complete.size} through all nine steps)`,
  `app kills (kill -9): ${stats.appKills} (${options.embeddedKills} on the embedded database, ${options.appKills} on the database process)`,
  `database kills (kill -9): ${stats.dbKills}; readiness 503 after ${unready} s, liveness ${liveness} meanwhile`,
  `attempts that got no answer (app or database down) and were sent again: ${stats.failedAttempts}; writes answered only on a resend: ${stats.resent}`,
  `sign-ins: ${stats.signIns} (one per client unless a session was lost)`,
  `errors the app answered (INTERNAL_ERROR, sent again): ${JSON.stringify(serverErrors)}`,
  `writes refused: ${stats.refused.length}${stats.refused.length ? ` ${JSON.stringify(stats.refused.slice(0, 3))}` : ''}`,
  `audit events per complete family: ${trailLengths.join(', ') || 'none complete'}`,
  `lost: ${lost}`,
  `duplicated: ${duplicated}`,
  '',
  ...checks.map((c) => `${c.ok ? 'ok  ' : 'FAIL'} ${c.what}: expected ${c.expected}, found ${c.actual}`),
];
const report = [...summary, '', 'Timeline:', ...events].join('\n');
fs.writeFileSync(path.join(dir, 'summary.txt'), `${report}\n`);
console.log(`\n${summary.join('\n')}\n\n(written to ${path.join(options.dir, 'summary.txt')})`);
const passed = checks.every((c) => c.ok) && stats.refused.length === 0 && stats.appKills > 0 && stats.dbKills > 0;
process.exit(passed ? 0 : 1);
