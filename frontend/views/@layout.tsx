import { Suspense, useEffect, useState } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { useViewConfig } from '@vaadin/hilla-file-router/runtime.js';
import { logout } from '@vaadin/hilla-frontend';
import { Button } from '@vaadin/react-components/Button.js';
import { ConfirmDialog } from '@vaadin/react-components/ConfirmDialog.js';
import { i18n, key, translate } from '@vaadin/hilla-react-i18n';
import { canSeeCaseload, useAuth } from 'Frontend/auth.js';
import { configureFamilyI18n, shownLanguage } from 'Frontend/components/familyview/i18n.js';
import { HearthMark, WarningIcon } from 'Frontend/components/icons.js';
import { SyncStatus } from 'Frontend/components/sync/SyncStatus.js';
import { changesNotSent, forgetDevice } from 'Frontend/device/device.js';

/** The app shell around every signed-in screen: who is signed in, a way out, and the screen itself. */
export default function MainLayout() {
  const { state } = useAuth();
  const title = useViewConfig()?.title;
  const [signingOut, setSigningOut] = useState(false);
  const [signOutFailed, setSignOutFailed] = useState(false);
  const [unsent, setUnsent] = useState(0);
  // A family member reads the header in the language they chose for their plan; the practitioners' screens are in
  // English for now.
  const familyMember = !!state.user && !canSeeCaseload(state.user.roles);
  const translated = familyMember && i18n.initialized.value;
  const words = {
    skip: translated ? translate(key`shell.skip`) : 'Skip to main content',
    signedInAs: translated ? translate(key`shell.signedInAs`) : 'Signed in as',
    signOut: translated ? translate(key`shell.signOut`) : 'Sign out',
    signingOut: translated ? translate(key`shell.signingOut`) : 'Signing out…',
    signOutFailed: translated
      ? translate(key`shell.signOutFailed`)
      : 'You are still signed in: Hearth could not be reached. Check your connection and try again.',
  };
  const lang = translated && shownLanguage() === 'cy' ? 'cy' : 'en-GB';

  useEffect(() => {
    if (familyMember) {
      void configureFamilyI18n();
    }
  }, [familyMember]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    document.title = title ? `${title} – Hearth` : 'Hearth';
  }, [title]);

  /** Signing out takes everything kept for the worker off the tablet, so first warn of changes not yet sent. */
  async function askToSignOut() {
    const waiting = await changesNotSent();
    if (waiting > 0) {
      setUnsent(waiting);
    } else {
      await signOut();
    }
  }

  async function signOut() {
    setUnsent(0);
    setSigningOut(true);
    setSignOutFailed(false);
    try {
      // Passing navigate makes logout() POST /logout with fetch and the CSRF header (its form fallback
      // sends the token as a form field, which Spring's "spa" CSRF mode does not accept).
      await logout({ navigate: () => {} });
      await forgetDevice();
      // A full page load, so nothing about any family stays in this page's memory.
      window.location.replace('/login?signed-out');
    } catch {
      setSignOutFailed(true);
      setSigningOut(false);
    }
  }

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {words.skip}
      </a>
      <header className="shell-header">
        <Link className="shell-brand" to="/">
          <HearthMark />
          Hearth
        </Link>
        {state.user && (
          <div className="shell-user">
            <span className="shell-user-name">
              <span className="visually-hidden">{words.signedInAs} </span>
              {state.user.displayName ?? state.user.username}
            </span>
            {canSeeCaseload(state.user.roles) && <SyncStatus />}
            <Button onClick={() => void askToSignOut()} disabled={signingOut}>
              {signingOut ? words.signingOut : words.signOut}
            </Button>
          </div>
        )}
      </header>
      {state.user && canSeeCaseload(state.user.roles) && (
        <nav className="shell-nav" aria-label="Main">
          <NavLink to="/" end>
            My caseload
          </NavLink>
          {state.user.roles.includes('EARLY_HELP_TEAM') ? (
            <NavLink to="/team">All teams</NavLink>
          ) : (
            state.user.roles.includes('MANAGER') && <NavLink to="/team">My team</NavLink>
          )}
          <NavLink to="/notifications">Notifications</NavLink>
          {state.user.roles.includes('EARLY_HELP_TEAM') && <NavLink to="/retention">Records and retention</NavLink>}
          {state.user.roles.includes('EARLY_HELP_TEAM') && <NavLink to="/reporting">Supporting Families</NavLink>}
        </nav>
      )}
      <main id="main" className="shell-main" tabIndex={-1}>
        {signOutFailed && (
          <div className="message message-error shell-alert" role="alert">
            <WarningIcon />
            <p>{words.signOutFailed}</p>
          </div>
        )}
        <Suspense>
          <Outlet />
        </Suspense>
        <ConfirmDialog
          opened={unsent > 0}
          header="Changes not yet sent"
          cancelButtonVisible
          cancelText="Stay signed in"
          confirmText="Sign out and lose them"
          confirmTheme="error primary"
          onConfirm={() => void signOut()}
          onCancel={() => setUnsent(0)}
        >
          {unsent === 1 ? '1 change has' : `${unsent} changes have`} not reached Hearth yet. Signing out removes
          everything kept on this tablet, and they would be lost. Stay signed in until there is signal and they are
          sent.
        </ConfirmDialog>
      </main>
    </div>
  );
}
