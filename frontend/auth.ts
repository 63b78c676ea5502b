import { configureAuth } from '@vaadin/hilla-react-auth';
import { SessionEndpoint } from 'Frontend/generated/endpoints.js';

/**
 * Who is signed in, for the whole app. The server decides (session cookie); the app asks it once at start and
 * again after signing in. Views with `loginRequired` in their `config` are shown only to a signed-in person.
 */
export const { AuthProvider, useAuth } = configureAuth(SessionEndpoint.currentUser);

/** Roles that may see a caseload (the server checks the same; this only chooses what to show). */
export const CASELOAD_ROLES = ['PRACTITIONER', 'MANAGER', 'EARLY_HELP_TEAM'] as const;

export function canSeeCaseload(roles: readonly string[] | undefined): boolean {
  return (roles ?? []).some((role) => (CASELOAD_ROLES as readonly string[]).includes(role));
}
