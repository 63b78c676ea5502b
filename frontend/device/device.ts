import Dexie from 'dexie';
import type SignedInUser from 'Frontend/generated/org/hearth/account/SessionEndpoint/SignedInUser.js';
import { DeviceStore } from './store.js';

/**
 * The device's side of signing in: which worker's store is open, and who was signed in last, so the app still opens
 * for them with no signal. Only the name and roles are remembered outside the worker's store, never a family's data.
 */
const REMEMBERED_USER = 'hearth.signed-in-user';
const STORE_PREFIX = 'hearth-device-';

let current: { username: string; store: DeviceStore } | undefined;

/** The signed-in worker's store on this device. */
export function deviceStore(): DeviceStore | undefined {
  return current?.store;
}

/** The worker last signed in here, for opening the app while the server cannot be reached. */
export function rememberedUser(): SignedInUser | undefined {
  try {
    const kept = localStorage.getItem(REMEMBERED_USER);
    return kept ? (JSON.parse(kept) as SignedInUser) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Opens the worker's store, and deletes any other worker's that has nothing waiting to be sent. A store with
 * changes still waiting stays, unread, until its worker signs in here again and they are sent.
 */
export async function openDeviceFor(user: SignedInUser): Promise<DeviceStore> {
  localStorage.setItem(REMEMBERED_USER, JSON.stringify(user));
  if (current?.username !== user.username) {
    current?.store.close();
    const store = new DeviceStore(STORE_PREFIX + user.username);
    await store.open();
    current = { username: user.username, store };
    void deleteOtherWorkersStores(user.username);
  }
  return current.store;
}

async function deleteOtherWorkersStores(username: string) {
  const names = await Dexie.getDatabaseNames();
  for (const name of names) {
    if (!name.startsWith(STORE_PREFIX) || name === STORE_PREFIX + username) {
      continue;
    }
    const other = new DeviceStore(name);
    try {
      await other.open();
      const waiting = await other.outbox.count();
      other.close();
      if (waiting === 0) {
        await Dexie.delete(name);
      }
    } catch {
      other.close();
    }
  }
}

/** How many changes are still waiting to be sent from this device. */
export async function changesNotSent(): Promise<number> {
  return (await current?.store.outbox.count()) ?? 0;
}

/** Signing out: everything kept for the worker leaves the device. */
export async function forgetDevice(): Promise<void> {
  localStorage.removeItem(REMEMBERED_USER);
  const store = current?.store;
  current = undefined;
  if (store) {
    store.close();
    await Dexie.delete(store.name);
  }
}
