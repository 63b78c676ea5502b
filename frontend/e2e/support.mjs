// Helpers for the browser scenarios and screenshot scripts: the browser itself, and setting things up over HTTP.
import { after, afterEach, before, beforeEach } from 'node:test';
import { chromium } from 'playwright-core';

/** The Hearth under test: HEARTH_BASE_URL, or a local run. */
export const baseUrl = (process.env.HEARTH_BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '');

/**
 * Debian's Chromium (or CHROMIUM_PATH), headless. The flags keep it from calling out to the network, which a
 * locked-down machine refuses.
 */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

/**
 * For a test file: one Chromium for the file, and for each test a fresh context (no cookies, session or storage from
 * the test before) with the given options (viewport, touch), whose page is handed to onPage.
 */
export function freshPagePerTest(contextOptions, onPage) {
  let browser;
  let context;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ baseURL: baseUrl, locale: 'en-GB', ...contextOptions });
    context.setDefaultTimeout(30_000);
    onPage(await context.newPage());
  });
  afterEach(async () => {
    await context?.close();
  });
}

/** How many days ago demo family N asked for early help (the demo replays each history from that day). */
const OPENED_DAYS_AGO = [3, 9, 24, 120, 150, 300];

const yearOpened = (n) => new Date(Date.now() - OPENED_DAYS_AGO[n - 1] * 86400000).getFullYear();

/**
 * Demo family N's reference, e.g. EH-2026-000002: numbered from 1 each year, in the order the demo opens its
 * families, within the year each was opened in.
 */
export const familyRef = (n) => {
  const year = yearOpened(n);
  const number = [...Array(n).keys()].filter((earlier) => yearOpened(earlier + 1) === year).length;
  return `EH-${year}-${String(number).padStart(6, '0')}`;
};

/**
 * Waits until the app's service worker is active, its first caching done: the app then opens on this tablet
 * without signal. (Signing in needs no wait here: the sign-in page itself waits for it.)
 */
export async function appKeptOnDevice(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker?.ready;
  });
}

/** Signs in on the sign-in page as a practitioner, and waits for their caseload. */
export async function signInAs(page, username, password = 'hearth-demo') {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'Username' }).fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();
}

/** A worker on a fresh tablet (no cookies, no storage) at 1024x768 landscape, signed in: its context and page. */
export async function tabletOf(browser, username) {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'en-GB', viewport: { width: 1024, height: 768 }, hasTouch: true });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'Username' }).fill(username);
  await page.getByLabel('Password', { exact: true }).fill('hearth-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The first page of a run can be slow on a busy machine.
  await page.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor({ timeout: 60_000 });
  return { context, page };
}

/** Signs in over HTTP and returns a function that sends GraphQL as that person. */
export async function graphqlAs(baseUrl, username, password = 'hearth-demo') {
  const cookies = new Map();
  const keep = (response) => {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  keep(await fetch(`${baseUrl}/login`));
  const signIn = await fetch(`${baseUrl}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: cookieHeader(), 'X-XSRF-TOKEN': cookies.get('XSRF-TOKEN') },
    body: new URLSearchParams({ username, password }),
  });
  keep(signIn);
  if (!cookies.has('JSESSIONID') || (signIn.headers.get('location') ?? '').includes('?')) {
    throw new Error(`${username} could not sign in`);
  }
  keep(await fetch(`${baseUrl}/login`, { headers: { cookie: cookieHeader() } }));
  return async (query, variables = {}) => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        cookie: cookieHeader(),
        'X-XSRF-TOKEN': cookies.get('XSRF-TOKEN'),
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) {
      throw new Error(JSON.stringify(body.errors));
    }
    return body.data;
  };
}

/** sam, lead practitioner of the demo families, invites a member of family N (by given name); returns the code. */
export async function inviteCode(baseUrl, familyNumber, givenName) {
  const graphql = await graphqlAs(baseUrl, 'sam');
  const { episodes } = await graphql(
    '{ episodes(first: 100) { edges { node { id status family { reference members { id givenName } } } } } }',
  );
  const episode = episodes.edges
    .map((edge) => edge.node)
    .find((node) => node.family.reference === familyRef(familyNumber) && node.status !== 'CLOSED');
  const person = episode.family.members.find((member) => member.givenName === givenName);
  const { inviteFamilyMember } = await graphql(
    'mutation($e: ID!, $p: ID!) { inviteFamilyMember(input: { episodeId: $e, personId: $p }) { code errors { code } } }',
    { e: episode.id, p: person.id },
  );
  if (!inviteFamilyMember.code) {
    throw new Error(`No code for ${givenName}: ${JSON.stringify(inviteFamilyMember.errors)}`);
  }
  return inviteFamilyMember.code;
}

/** Sets up a family member's account with a code, as the join page does (over HTTP, no browser). */
export async function joinWithCode(baseUrl, code, username, password) {
  const page = await fetch(`${baseUrl}/join`);
  const token = page.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .find((pair) => pair.startsWith('XSRF-TOKEN='))
    ?.slice('XSRF-TOKEN='.length);
  const response = await fetch(`${baseUrl}/connect/InvitationEndpoint/accept`, {
    method: 'POST',
    headers: { cookie: `XSRF-TOKEN=${token}`, 'X-XSRF-TOKEN': token, 'content-type': 'application/json' },
    body: JSON.stringify({ code, username, password }),
  });
  const result = await response.json();
  if (!result.joined) {
    throw new Error(`Could not join: ${JSON.stringify(result)}`);
  }
}

/** A plain form post to /login; returns where the server sends the browser next. */
export async function formSignIn(baseUrl, username, password) {
  const page = await fetch(`${baseUrl}/login`);
  const token = page.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .find((pair) => pair.startsWith('XSRF-TOKEN='))
    ?.slice('XSRF-TOKEN='.length);
  const response = await fetch(`${baseUrl}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: `XSRF-TOKEN=${token}`, 'X-XSRF-TOKEN': token },
    body: new URLSearchParams({ username, password }),
  });
  return response.headers.get('location');
}

/**
 * The two workers of the scenarios that make families and change plans: BrowserTests makes them (a family support
 * worker, Robin Hale, and a school's pastoral lead, Kit Moreno) so the demo's people see nothing new; against a
 * demo run, sam and alex.
 */
export const WORKER = process.env.HEARTH_E2E_WORKER ?? 'sam';
export const PARTNER = process.env.HEARTH_E2E_PARTNER ?? 'alex';
export const WORKER_NAME = process.env.HEARTH_E2E_WORKER_NAME ?? 'Sam Okafor';
export const PARTNER_NAME = process.env.HEARTH_E2E_PARTNER_NAME ?? 'Alex Reid';

/**
 * A new family of the scenario worker's whose plan is being written: a parent and a child, consent, a completed assessment, alex
 * (the partner, from a school) on the team, one outcome with an action for each of them. Each test that changes a plan makes its
 * own, so tests never depend on each other's changes.
 */
export async function newFamilyWithAPlan(baseUrl) {
  const sam = await graphqlAs(baseUrl, WORKER);
  const alex = await graphqlAs(baseUrl, PARTNER);
  const { viewer } = await alex('{ viewer { ... on PractitionerViewer { practitioner { id } } } }');
  const day = (fromToday) => new Date(Date.now() + fromToday * 86400000).toISOString().slice(0, 10);
  const id = () => crypto.randomUUID();
  const [episodeId, parentId, childId, alexPlace, outcomeId, samAction, alexAction] = [id(), id(), id(), id(), id(), id(), id()];
  const surname = `Test${Math.random().toString(36).slice(2, 8)}`;
  const person = (personId, givenName, role, years, responsible) => ({
    id: personId,
    givenName,
    familyName: surname,
    role,
    dateOfBirth: day(-years * 366),
    livesInHousehold: true,
    hasParentalResponsibility: responsible,
  });
  const steps = [
    ['requestEarlyHelp', 'RequestEarlyHelpInput', {
      id: episodeId,
      newFamily: { members: [person(parentId, 'Jess', 'PARENT_CARER', 33, true), person(childId, 'Finn', 'CHILD', 9, false)] },
      levelOfNeed: 'LEVEL_2',
      source: 'PRACTITIONER_REQUEST',
      requestReasons: 'Finn is often late and tired',
    }],
    ...['START', 'STORE', 'SHARE'].map((scope) => ['recordConsent', 'RecordConsentInput', {
      episodeId, scope, decision: 'GIVEN', givenByPersonId: parentId, method: 'VERBAL',
    }]),
    ['startAssessment', 'EpisodeRefInput', { episodeId }],
    ['recordPersonView', 'RecordPersonViewInput', { episodeId, personId: parentId, worries: 'Mornings', strengths: 'We are close', wishes: 'Calm school runs' }],
    ['completeAssessment', 'CompleteAssessmentInput', { episodeId, summary: 'Late starts; a loving home that needs a routine' }],
    ['addTeamMember', 'AddTeamMemberInput', { id: alexPlace, episodeId, practitionerId: viewer.practitioner.id, roleDescription: 'Pastoral lead' }],
    ['addOutcome', 'AddOutcomeInput', {
      id: outcomeId, episodeId, forPersonId: childId, needAreaCode: 'EDUCATION',
      description: 'Finn arrives at school on time', measure: 'No late marks for a half term', targetDate: day(90),
    }],
  ];
  for (const [mutation, type, input] of steps) {
    await expectNoErrors(sam, mutation, type, input);
  }
  const { episode } = await sam('query($id: ID!) { episode(id: $id) { reference family { reference } lead { id } } }', { id: episodeId });
  await expectNoErrors(sam, 'addAction', 'AddActionInput', {
    id: samAction, outcomeId, description: 'Make a morning routine chart with Jess', ownerTeamMemberId: episode.lead.id, dueDate: day(20),
  });
  await expectNoErrors(sam, 'addAction', 'AddActionInput', {
    id: alexAction, outcomeId, description: 'Morning check-in at the gate', ownerTeamMemberId: alexPlace, dueDate: day(30),
  });
  return { episodeId, familyRef: episode.family.reference, parentId, samAction, alexAction, sam, alex };
}

async function expectNoErrors(graphql, mutation, type, input) {
  const data = await graphql(`mutation($input: ${type}!) { ${mutation}(input: $input) { errors { field code message } } }`, { input });
  if (data[mutation].errors.length > 0) {
    throw new Error(`${mutation}: ${JSON.stringify(data[mutation].errors)}`);
  }
}

/** A new family whose plan is under way: its first meeting arranged and held today, over GraphQL. */
export async function planUnderWay(baseUrl) {
  const family = await newFamilyWithAPlan(baseUrl);
  const meetingId = crypto.randomUUID();
  const { episode } = await family.sam('query($id: ID!) { episode(id: $id) { lead { id } } }', { id: family.episodeId });
  const today = new Date().toLocaleDateString('en-CA');
  await expectNoErrors(family.sam, 'scheduleMeeting', 'ScheduleMeetingInput', {
    id: meetingId,
    episodeId: family.episodeId,
    kind: 'INITIAL_TAF',
    scheduledFor: new Date(Date.now() + 3600000).toISOString(),
  });
  await expectNoErrors(family.sam, 'recordMeeting', 'RecordMeetingInput', { meetingId, heldOn: today, attendeeIds: [episode.lead.id], familyAttended: true });
  return family;
}

/** An action as the server has it now. */
export async function actionOnServer(graphql, episodeId, actionId) {
  const { episode } = await graphql(
    'query($id: ID!) { episode(id: $id) { outcomes { actions { id status description dueDate version } } familyComments { text } } }',
    { id: episodeId },
  );
  return episode.outcomes.flatMap((outcome) => outcome.actions).find((action) => action.id === actionId);
}

/** The family's comments as the server has them now. */
export async function commentsOnServer(graphql, episodeId) {
  const { episode } = await graphql('query($id: ID!) { episode(id: $id) { familyComments { text } } }', { id: episodeId });
  return episode.familyComments.map((comment) => comment.text);
}

/**
 * A new family of the scenario worker's that has asked for early help and given no consent yet (REQUESTED): a parent
 * with parental responsibility and a child of 9, from the worker's request over GraphQL.
 */
export async function newRequestedFamily(baseUrl) {
  const sam = await graphqlAs(baseUrl, WORKER);
  const day = (fromToday) => new Date(Date.now() + fromToday * 86400000).toISOString().slice(0, 10);
  const [episodeId, parentId, childId] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
  const surname = `Test${Math.random().toString(36).slice(2, 8)}`;
  const person = (id, givenName, role, years, responsible) => ({
    id, givenName, familyName: surname, role, dateOfBirth: day(-years * 366), livesInHousehold: true, hasParentalResponsibility: responsible,
  });
  await expectNoErrors(sam, 'requestEarlyHelp', 'RequestEarlyHelpInput', {
    id: episodeId,
    newFamily: { members: [person(parentId, 'Rae', 'PARENT_CARER', 31, true), person(childId, 'Ola', 'CHILD', 9, false)] },
    levelOfNeed: 'LEVEL_2',
    source: 'PRACTITIONER_REQUEST',
    requestReasons: 'Ola is struggling to settle at a new school',
  });
  const { episode } = await sam('query($id: ID!) { episode(id: $id) { status family { reference } } }', { id: episodeId });
  return { episodeId, familyRef: episode.family.reference, status: episode.status, parentId, childId, surname, sam };
}

/**
 * A new family of the scenario worker's being assessed: a parent (Jess) and a child (Finn, 9) asked for early help
 * and agreed to it (consent moves the episode to ASSESSING), with the partner (a school) on the team; nobody has
 * started the assessment. `sam` and `alex` send GraphQL as the worker and the partner, whose names come with them.
 */
export async function newAssessingFamily(baseUrl) {
  const sam = await graphqlAs(baseUrl, WORKER);
  const alex = await graphqlAs(baseUrl, PARTNER);
  const practitioner = '{ viewer { ... on PractitionerViewer { practitioner { id name } } } }';
  const { viewer } = await alex(practitioner);
  const workerName = (await sam(practitioner)).viewer.practitioner.name;
  const day = (fromToday) => new Date(Date.now() + fromToday * 86400000).toISOString().slice(0, 10);
  const id = () => crypto.randomUUID();
  const [episodeId, parentId, childId, alexPlace] = [id(), id(), id(), id()];
  const surname = `Test${Math.random().toString(36).slice(2, 8)}`;
  const person = (personId, givenName, role, years, responsible) => ({
    id: personId,
    givenName,
    familyName: surname,
    role,
    dateOfBirth: day(-years * 366),
    livesInHousehold: true,
    hasParentalResponsibility: responsible,
  });
  const steps = [
    ['requestEarlyHelp', 'RequestEarlyHelpInput', {
      id: episodeId,
      newFamily: { members: [person(parentId, 'Jess', 'PARENT_CARER', 33, true), person(childId, 'Finn', 'CHILD', 9, false)] },
      levelOfNeed: 'LEVEL_2',
      source: 'PRACTITIONER_REQUEST',
      requestReasons: 'Finn is often late and tired',
    }],
    ...['START', 'STORE', 'SHARE'].map((scope) => ['recordConsent', 'RecordConsentInput', {
      episodeId, scope, decision: 'GIVEN', givenByPersonId: parentId, method: 'VERBAL',
    }]),
    ['addTeamMember', 'AddTeamMemberInput', { id: alexPlace, episodeId, practitionerId: viewer.practitioner.id, roleDescription: 'Pastoral lead' }],
  ];
  for (const [mutation, type, input] of steps) {
    await expectNoErrors(sam, mutation, type, input);
  }
  const { episode } = await sam('query($id: ID!) { episode(id: $id) { status family { reference } } }', { id: episodeId });
  if (episode.status !== 'ASSESSING') {
    throw new Error(`The new family is ${episode.status}, not ASSESSING`);
  }
  return { episodeId, familyRef: episode.family.reference, surname, parentId, childId, sam, alex, workerName, partnerName: viewer.practitioner.name };
}

/** The assessment and the plan as the server has them now. */
export async function assessmentAndPlanOnServer(graphql, episodeId) {
  const { episode } = await graphql(
    `query($id: ID!) { episode(id: $id) {
      status
      assessment { completedOn summary servicesInvolved needAreas { code }
        views { person { id } worries strengths wishes isOpinion }
        childVoices { child { id } worries goodThings dreams } }
      outcomes { description measure needArea { code } forPerson { id } targetDate
        actions { description dueDate owner { practitioner { name } } } }
    } }`,
    { id: episodeId },
  );
  return episode;
}
