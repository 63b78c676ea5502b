import Dexie, { type EntityTable } from 'dexie';
import type CaseFile from 'Frontend/generated/org/hearth/casefile/CaseFile.js';
import type CaseloadEntry from 'Frontend/generated/org/hearth/episode/CaseloadEntry.js';
import type UserError from 'Frontend/generated/org/hearth/graphql/UserError.js';

/**
 * What the tablet keeps for the worker signed in on it, in IndexedDB (through Dexie): their caseload, the case file
 * of each open family on it, the changes waiting to reach the server, and drafts of forms not yet sent. One database
 * per worker, deleted when they sign out; nothing in it is ever shown to anyone else.
 */
export class DeviceStore extends Dexie {
  caseload!: EntityTable<KeptCaseload, 'key'>;
  caseFiles!: EntityTable<CaseFile, 'episodeId'>;
  outbox!: EntityTable<Change, 'seq'>;
  drafts!: EntityTable<Draft, 'key'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      caseload: 'key',
      caseFiles: 'episodeId',
      outbox: '++seq, state, episodeId',
      drafts: 'key',
    });
  }
}

/** The caseload as last read from the server. */
export interface KeptCaseload {
  key: 'mine';
  entries: CaseloadEntry[];
  readAt: string;
}

/**
 * Where a change stands: waiting to be sent (or being sent), refused by a rule the worker must look at, or in
 * conflict with someone else's change to the same field.
 */
export type ChangeState = 'waiting' | 'refused' | 'conflict';

/**
 * One change made on the device, in the order made, with the ids that make sending it twice harmless (the client's
 * id for a create, a request id for anything else).
 */
export interface Change {
  seq?: number;
  kind: string;
  episodeId: string;
  /** The endpoint's input, as it will be sent. */
  input: Record<string, unknown>;
  /** What the change is, in the worker's words ("Mark ‘Weekly check-in’ done"). */
  summary: string;
  madeAt: string;
  state: ChangeState;
  /** The server's reasons, for a refused change or a conflict. */
  errors?: UserError[];
  /** Tries that failed for the network, for backing off. */
  attempts: number;
}

/** A form the worker has started and not yet sent, kept as typed. */
export interface Draft {
  key: string;
  values: Record<string, unknown>;
  savedAt: string;
}
