/**
 * Signing in from the app: Spring's form login (POST /login) with the CSRF header, marked `source: typescript`
 * as Hilla's `login()` marks it. Hilla's `login()` answers every refusal with the same title, so it cannot tell
 * a locked account from a wrong password; the server says which in the `Result` header (Vaadin's success handler:
 * `success`; Hearth's failure handler: `locked` or `failure`, with the lock's length in `Lock-Seconds`), and this
 * reads it.
 */
export type SignInOutcome =
  | { kind: 'signed-in'; to: string }
  | { kind: 'refused' }
  | { kind: 'locked'; seconds?: number }
  | { kind: 'unreachable' };

function cookie(name: string): string | undefined {
  const prefix = `${name}=`;
  const found = document.cookie.split(/;\s*/).find((part) => part.startsWith(prefix));
  return found ? decodeURIComponent(found.slice(prefix.length)) : undefined;
}

function meta(name: string): string | undefined {
  const value = document.head.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content;
  return value && value.toLowerCase() !== 'undefined' ? value : undefined;
}

/** Where the server suggests going after signing in, as a path on this site. */
function samePath(url: string | null): string {
  if (!url) {
    return '/';
  }
  const target = new URL(url, document.baseURI);
  return target.origin === window.location.origin ? target.pathname + target.search + target.hash : '/';
}

/** How long a lock lasts, as the server says (`hearth.sign-in.lock-duration`); undefined if it says nothing sensible. */
export function lockSeconds(value: string | null): number | undefined {
  const seconds = Number(value);
  return value && Number.isInteger(seconds) && seconds > 0 ? seconds : undefined;
}

/** A lock's length in words: "15 minutes", "1 hour", "1 hour and 30 minutes", "45 seconds". */
export function lockInWords(seconds: number): string {
  const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (seconds < 60) {
    return count(seconds, 'second');
  }
  const minutes = Math.ceil(seconds / 60);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const parts = [
    days > 0 ? count(days, 'day') : '',
    hours > 0 ? count(hours, 'hour') : '',
    minutes % 60 > 0 ? count(minutes % 60, 'minute') : '',
  ].filter((part) => part !== '');
  const last = parts.pop() ?? count(minutes, 'minute');
  return parts.length > 0 ? `${parts.join(', ')} and ${last}` : last;
}

/** The longest a sign-in waits for the app to finish keeping itself on the device. */
const INSTALL_WAIT_MS = 10_000;

const atMost = (ms: number, promise: Promise<unknown>) =>
  Promise.race([promise, new Promise((elapsed) => setTimeout(elapsed, ms))]);

/**
 * Resolves once the app's service worker is active and none is installing (caching the app for use without
 * signal), or after {@link INSTALL_WAIT_MS}. Its caching fetches carry the session cookie from before signing in;
 * one answered after signing in has changed the session's id gets a new anonymous session (and CSRF) cookie that
 * replaces the signed-in one, and the worker lands back on the sign-in page. On a tablet that has opened Hearth
 * before, nothing is installing and this is immediate.
 */
async function appKeptOnDevice(): Promise<void> {
  const workers = navigator.serviceWorker;
  // Vaadin registers the worker (at page load) only where the app is installable: its manifest is linked.
  if (!workers || !document.querySelector('link[rel="manifest"]')) {
    return;
  }
  await atMost(INSTALL_WAIT_MS, workers.ready);
  const registration = await workers.getRegistration().catch(() => undefined);
  const installing = registration?.installing ?? registration?.waiting;
  if (installing) {
    await atMost(
      INSTALL_WAIT_MS,
      new Promise<void>((settled) => {
        const done = () => (installing.state === 'activated' || installing.state === 'redundant') && settled();
        installing.addEventListener('statechange', done);
        done();
      }),
    );
  }
}

export async function signIn(username: string, password: string): Promise<SignInOutcome> {
  await appKeptOnDevice();
  const body = new FormData();
  body.append('username', username);
  body.append('password', password);
  const headers = new Headers({ source: 'typescript' });
  const token = cookie('XSRF-TOKEN') ?? meta('_csrf');
  if (token) {
    headers.set(meta('_csrf_header') ?? 'X-XSRF-TOKEN', token);
  }
  let response: Response;
  try {
    response = await fetch('login', { method: 'POST', body, headers, credentials: 'same-origin' });
  } catch {
    return { kind: 'unreachable' };
  }
  const result = response.headers.get('Result');
  if (response.ok && result === 'success') {
    return { kind: 'signed-in', to: samePath(response.headers.get('Saved-url') ?? response.headers.get('Default-url')) };
  }
  if (result === 'locked') {
    return { kind: 'locked', seconds: lockSeconds(response.headers.get('Lock-Seconds')) };
  }
  if (result === 'failure' || response.status === 401 || response.status === 403) {
    return { kind: 'refused' };
  }
  return { kind: 'unreachable' };
}
