import { configureAuth } from '@vaadin/hilla-react-auth';
import { EndpointError } from '@vaadin/hilla-frontend';
import { SessionEndpoint } from 'Frontend/generated/endpoints.js';
import type SignedInUser from 'Frontend/generated/org/hearth/account/SessionEndpoint/SignedInUser.js';
import { openDeviceFor, rememberedUser } from 'Frontend/device/device.js';
import { startSync } from 'Frontend/device/sync.js';

/**
 * Who is signed in, and their store on the device. The server decides (session cookie): the app asks it at start and
 * after signing in. Without a connection, the worker last signed in on this device carries on with what the device
 * keeps; their changes wait until the server can be asked again (and, if the session ended meanwhile, until they
 * sign in again). Views with `loginRequired` in their `config` are shown only to a signed-in person.
 */
async function currentUser(): Promise<SignedInUser | undefined> {
  let user: SignedInUser;
  try {
    user = await SessionEndpoint.currentUser();
  } catch (error) {
    const remembered = rememberedUser();
    if (!(error instanceof EndpointError) && remembered) {
      // No answer at all: no signal. Carry on as the worker last signed in here.
      await openDeviceFor(remembered);
      startSync();
      return remembered;
    }
    return undefined;
  }
  // Opening the store also deletes what another worker left here (see openDeviceFor).
  await openDeviceFor(user);
  startSync();
  return user;
}

export const { AuthProvider, useAuth } = configureAuth(currentUser);

/** Roles that may see a caseload (the server checks the same; this only chooses what to show). */
export const CASELOAD_ROLES = ['PRACTITIONER', 'MANAGER', 'EARLY_HELP_TEAM'] as const;

export function canSeeCaseload(roles: readonly string[] | undefined): boolean {
  return (roles ?? []).some((role) => (CASELOAD_ROLES as readonly string[]).includes(role));
}

/** Managers and the Early Help team may see who saw or changed a family's record (the server checks the same). */
export function maySeeAuditTrail(roles: readonly string[] | undefined): boolean {
  return (roles ?? []).some((role) => role === 'MANAGER' || role === 'EARLY_HELP_TEAM');
}

/** Only the Early Help team produces subject access records (the server checks the same). */
export function mayProduceRecords(roles: readonly string[] | undefined): boolean {
  return (roles ?? []).includes('EARLY_HELP_TEAM');
}
