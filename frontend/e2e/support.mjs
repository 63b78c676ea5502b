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
    context.setDefaultTimeout(15_000);
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
