import { useEffect, useState, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type CaseFile from 'Frontend/generated/org/hearth/casefile/CaseFile.js';
import { deviceStore } from './device.js';
import type { Change, KeptCaseload } from './store.js';
import { connectionState, onConnectionChange, refreshCaseload, refreshFiles } from './sync.js';

/** How the last attempt to read from the server went. */
export type Freshness = 'reading' | 'fresh' | 'unreachable' | 'not-found';

/** Online, offline or signed out, as the device last found it. */
export function useConnection() {
  return useSyncExternalStore(onConnectionChange, connectionState);
}

/** The changes kept on the device, oldest first (empty until the store is open). */
export function useChanges(): Change[] {
  const store = deviceStore();
  return useLiveQuery(() => store?.outbox.orderBy('seq').toArray() ?? [], [store], []);
}

/**
 * A family's case file as the device keeps it, refreshed from the server when it can be; the device's copy (with the
 * worker's waiting changes over it) is shown meanwhile, and without signal.
 */
export function useCaseFile(episodeId: string): { file: CaseFile | undefined; kept: boolean; freshness: Freshness } {
  const store = deviceStore();
  const kept = useLiveQuery(async () => ({ file: await store?.caseFiles.get(episodeId) }), [store, episodeId]);
  const [freshness, setFreshness] = useState<Freshness>('reading');
  useEffect(() => {
    let current = true;
    setFreshness('reading');
    refreshFiles([episodeId]).then(
      (files) => current && setFreshness(files.length > 0 ? 'fresh' : 'not-found'),
      () => current && setFreshness('unreachable'),
    );
    return () => {
      current = false;
    };
  }, [episodeId]);
  return { file: kept?.file, kept: kept !== undefined, freshness };
}

/** The worker's caseload as the device keeps it, refreshed (with every open family's case file) when it can be. */
export function useKeptCaseload(attempt: number): { caseload: KeptCaseload | undefined; kept: boolean; freshness: Freshness; error?: unknown } {
  const store = deviceStore();
  const kept = useLiveQuery(async () => ({ caseload: await store?.caseload.get('mine') }), [store]);
  const [state, setState] = useState<{ freshness: Freshness; error?: unknown }>({ freshness: 'reading' });
  useEffect(() => {
    let current = true;
    setState({ freshness: 'reading' });
    refreshCaseload().then(
      () => current && setState({ freshness: 'fresh' }),
      (error: unknown) => current && setState({ freshness: 'unreachable', error }),
    );
    return () => {
      current = false;
    };
  }, [attempt]);
  return { caseload: kept?.caseload, kept: kept !== undefined, ...state };
}
