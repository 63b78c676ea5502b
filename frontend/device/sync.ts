import {
  EndpointError,
  EndpointResponseError,
  ForbiddenResponseError,
  UnauthorizedResponseError,
} from '@vaadin/hilla-frontend';
import { CaseFileEndpoint, CaseloadEndpoint } from 'Frontend/generated/endpoints.js';
import type CaseFile from 'Frontend/generated/org/hearth/casefile/CaseFile.js';
import EpisodeStatus from 'Frontend/generated/org/hearth/episode/EpisodeStatus.js';
import type UserError from 'Frontend/generated/org/hearth/graphql/UserError.js';
import { CHANGE_KINDS, type ChangeKindName, kindOf } from './changes.js';
import { deviceStore } from './device.js';
import type { Change, DeviceStore } from './store.js';

/**
 * Sending what the worker changed on the device, in the order they changed it, and keeping the device's copy of
 * their caseload fresh. Sending starts when a change is made, when the browser says it is online again, and every
 * so often while anything waits (the background sync API exists only in Chromium).
 */

/** How the device stands with the server, apart from what waits in the outbox. */
export type Connection = 'online' | 'offline' | 'signed-out';

const RETRY_EVERY_MS = 15_000;
/** A server failing the same change this many times is refusing it, not passing through a bad moment. */
const SERVER_FAILURES_BEFORE_REFUSED = 5;
const FILES_PER_CALL = 50;

let connection: Connection = navigator.onLine ? 'online' : 'offline';
const listeners = new Set<() => void>();
let started = false;
let sending: Promise<void> | undefined;

export function connectionState(): Connection {
  return connection;
}

export function onConnectionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setConnection(next: Connection) {
  if (next !== connection) {
    connection = next;
    listeners.forEach((listener) => listener());
  }
}

/** Starts sending and refreshing for the signed-in worker (once per page). */
export function startSync() {
  if (started) {
    return;
  }
  started = true;
  window.addEventListener('online', () => {
    setConnection('online');
    void sendWaiting();
  });
  window.addEventListener('offline', () => setConnection('offline'));
  window.setInterval(() => {
    if (navigator.onLine) {
      void sendWaiting();
    }
  }, RETRY_EVERY_MS);
  void sendWaiting();
}

/**
 * Keeps a change on the device, shows it in the device's copy at once, and sends it when it can.
 * @param input the endpoint's input, with the client's id (a create) or a request id (anything else)
 */
export async function record<K extends ChangeKindName>(
  kind: K,
  episodeId: string,
  input: Parameters<(typeof CHANGE_KINDS)[K]['send']>[0],
  summary: string,
): Promise<number> {
  const store = requireStore();
  const change: Change = {
    kind,
    episodeId,
    input: input as Record<string, unknown>,
    summary,
    madeAt: new Date().toISOString(),
    state: 'waiting',
    attempts: 0,
  };
  const seq = await store.transaction('rw', store.outbox, store.caseFiles, async () => {
    const added = await store.outbox.add(change);
    const file = await store.caseFiles.get(episodeId);
    if (file) {
      await store.caseFiles.put(kindOf(kind).apply(file, change.input));
    }
    return added;
  });
  void sendWaiting();
  return seq!;
}

/** What became of a form's change: on the server, kept on the device to send later, or refused with reasons. */
export type Submitted = { state: 'sent' } | { state: 'queued' } | { state: 'refused'; errors: UserError[] };

/**
 * For a form: keeps the change like {@link record}, then waits for the server's answer when there is signal, so a
 * broken rule is shown at its field while the worker is still on the form (the change is taken back out of the
 * outbox and the form keeps what was typed). Without signal the change stays queued and the form can close.
 */
export async function submit<K extends ChangeKindName>(
  kind: K,
  episodeId: string,
  input: Parameters<(typeof CHANGE_KINDS)[K]['send']>[0],
  summary: string,
): Promise<Submitted> {
  const store = requireStore();
  const seq = await record(kind, episodeId, input, summary);
  await sendWaiting();
  let change = await store.outbox.get(seq);
  if (change?.state === 'waiting' && connection === 'online') {
    // A sending already under way may have ended just before this change was added.
    await sendWaiting();
    change = await store.outbox.get(seq);
  }
  if (!change) {
    return { state: 'sent' };
  }
  if (change.state === 'waiting') {
    return { state: 'queued' };
  }
  await store.outbox.delete(seq);
  await refreshFiles([episodeId]).catch(() => undefined);
  return { state: 'refused', errors: change.errors ?? [] };
}

/** The server's reason for a field of a form (the last step of the error's path), if it gave one. */
export function errorAt(errors: readonly UserError[] | undefined, field: string): string | undefined {
  return errors?.find((error) => error.field?.at(-1) === field)?.message;
}

/** The server's reasons that name no field of the form, for the top of it. */
export function errorsForForm(errors: readonly UserError[] | undefined, fields: readonly string[]): string[] {
  return (errors ?? [])
    .filter((error) => !fields.includes(error.field?.at(-1) ?? ''))
    .map((error) => error.message ?? 'Hearth did not accept this.');
}

function requireStore(): DeviceStore {
  const store = deviceStore();
  if (!store) {
    throw new Error('Nobody is signed in on this device');
  }
  return store;
}

/** Sends every waiting change in order; one sending at a time. */
export function sendWaiting(): Promise<void> {
  sending ??= sendInOrder().finally(() => {
    sending = undefined;
  });
  return sending;
}

async function sendInOrder() {
  const store = deviceStore();
  if (!store) {
    return;
  }
  const sent = new Set<string>();
  for (;;) {
    const next = await store.outbox.where('state').equals('waiting').first();
    if (!next) {
      break;
    }
    const outcome = await send(next);
    if (outcome === 'stop') {
      break;
    }
    if (outcome === 'sent') {
      sent.add(next.episodeId);
    }
  }
  if (sent.size > 0) {
    await refreshFiles([...sent]).catch(() => undefined);
  }
}

async function send(change: Change): Promise<'sent' | 'kept' | 'stop'> {
  const store = requireStore();
  let errors: UserError[];
  try {
    const payload = await kindOf(change.kind).send(change.input);
    errors = (payload.errors ?? []).filter((error): error is UserError => !!error);
  } catch (error) {
    if (error instanceof UnauthorizedResponseError || error instanceof ForbiddenResponseError) {
      // The session ended (or its CSRF token with it): keep everything until the worker signs in again.
      setConnection('signed-out');
      return 'stop';
    }
    const serverFailed = error instanceof EndpointResponseError && error.response.status >= 500;
    if (!(error instanceof EndpointError) || (serverFailed && change.attempts + 1 < SERVER_FAILURES_BEFORE_REFUSED)) {
      // No answer (no signal, or the server down): try again later, in the same order.
      setConnection(navigator.onLine ? 'online' : 'offline');
      await store.outbox.update(change.seq!, { attempts: change.attempts + 1 });
      return 'stop';
    }
    errors = [{ code: 'REFUSED', message: error.message, field: [] }];
  }
  setConnection('online');
  if (errors.length === 0) {
    await store.outbox.delete(change.seq!);
    return 'sent';
  }
  const conflict = errors.some((error) => error.code === 'CONFLICT');
  await store.outbox.update(change.seq!, { state: conflict ? 'conflict' : 'refused', errors });
  return 'kept';
}

/**
 * Reads the worker's caseload and the case file of each open family on it into the device, and drops the files of
 * families no longer on it (unless a change to them still waits).
 */
export async function refreshCaseload(): Promise<void> {
  const store = requireStore();
  const entries = await CaseloadEndpoint.myCaseload();
  setConnection('online');
  await store.caseload.put({ key: 'mine', entries, readAt: new Date().toISOString() });
  const open = entries.filter((entry) => entry.status !== EpisodeStatus.CLOSED).map((entry) => entry.episodeId);
  await refreshFiles(open);
  const keep = new Set([...open, ...(await store.outbox.toArray()).map((change) => change.episodeId)]);
  await store.caseFiles.filter((file) => !keep.has(file.episodeId)).delete();
}

/**
 * Reads these families' case files into the device, with the changes still waiting shown over them; a family the
 * worker may no longer see is removed from it.
 */
export async function refreshFiles(episodeIds: string[]): Promise<CaseFile[]> {
  const store = requireStore();
  const files: CaseFile[] = [];
  for (let from = 0; from < episodeIds.length; from += FILES_PER_CALL) {
    files.push(...(await CaseFileEndpoint.caseFiles(episodeIds.slice(from, from + FILES_PER_CALL))));
  }
  setConnection('online');
  await store.transaction('rw', store.outbox, store.caseFiles, async () => {
    // A family the server no longer shows this worker leaves the device too.
    const returned = new Set(files.map((file) => file.episodeId));
    await store.caseFiles.bulkDelete(episodeIds.filter((id) => !returned.has(id)));
    const pending = await store.outbox.orderBy('seq').toArray();
    for (const file of files) {
      const mine = pending.filter((change) => change.episodeId === file.episodeId && change.state !== 'refused');
      await store.caseFiles.put(mine.reduce((shown, change) => kindOf(change.kind).apply(shown, change.input), file));
    }
  });
  return files;
}

/** The worker keeps the other person's value for a field: that part of their change is dropped. */
export async function keepTheirs(change: Change, field: string) {
  const store = requireStore();
  const rest = kindOf(change.kind).without?.(change.input, field);
  if (rest) {
    await store.outbox.update(change.seq!, {
      input: { ...rest, requestId: crypto.randomUUID() },
      errors: change.errors?.filter((error) => error.field?.at(-1) !== field),
    });
    await settleIfDecided(change.seq!);
  } else {
    await store.outbox.delete(change.seq!);
  }
  await refreshFiles([change.episodeId]).catch(() => undefined);
  void sendWaiting();
}

/** The worker keeps their own value for a field: sent again over the version now on the server. */
export async function keepMine(change: Change, field: string) {
  const store = requireStore();
  const [fresh] = await CaseFileEndpoint.caseFiles([change.episodeId]);
  const rebased = fresh ? kindOf(change.kind).rebase?.(fresh, change.input) : undefined;
  if (!rebased) {
    await store.outbox.update(change.seq!, {
      state: 'refused',
      errors: [{ code: 'GONE', message: 'This record is no longer in the plan.', field: [] }],
    });
    return;
  }
  await store.outbox.update(change.seq!, {
    input: { ...rebased, requestId: crypto.randomUUID() },
    errors: change.errors?.filter((error) => error.field?.at(-1) !== field),
  });
  await settleIfDecided(change.seq!);
  void sendWaiting();
}

/** Once every conflicting field is decided, the change waits to be sent again. */
async function settleIfDecided(seq: number) {
  const store = requireStore();
  const change = await store.outbox.get(seq);
  if (change && !(change.errors ?? []).some((error) => error.code === 'CONFLICT')) {
    await store.outbox.update(seq, { state: 'waiting', errors: undefined });
  }
}

/** The worker gives up a change the server refused. */
export async function discard(change: Change) {
  const store = requireStore();
  await store.outbox.delete(change.seq!);
  await refreshFiles([change.episodeId]).catch(() => undefined);
}
