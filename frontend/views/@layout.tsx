import { Suspense, useEffect, useState } from 'react';
import { Link, Outlet } from 'react-router';
import { useViewConfig } from '@vaadin/hilla-file-router/runtime.js';
import { logout } from '@vaadin/hilla-frontend';
import { Button } from '@vaadin/react-components/Button.js';
import { useAuth } from 'Frontend/auth.js';
import { HearthMark, WarningIcon } from 'Frontend/components/icons.js';

/** The app shell around every signed-in screen: who is signed in, a way out, and the screen itself. */
export default function MainLayout() {
  const { state } = useAuth();
  const title = useViewConfig()?.title;
  const [signingOut, setSigningOut] = useState(false);
  const [signOutFailed, setSignOutFailed] = useState(false);

  useEffect(() => {
    document.title = title ? `${title} – Hearth` : 'Hearth';
  }, [title]);

  async function signOut() {
    setSigningOut(true);
    setSignOutFailed(false);
    try {
      // Passing navigate makes logout() POST /logout with fetch and the CSRF header (its form fallback
      // sends the token as a form field, which Spring's "spa" CSRF mode does not accept).
      await logout({ navigate: () => {} });
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
        Skip to main content
      </a>
      <header className="shell-header">
        <Link className="shell-brand" to="/">
          <HearthMark />
          Hearth
        </Link>
        {state.user && (
          <div className="shell-user">
            <span className="shell-user-name">
              <span className="visually-hidden">Signed in as </span>
              {state.user.displayName ?? state.user.username}
            </span>
            <Button onClick={() => void signOut()} disabled={signingOut}>
              {signingOut ? 'Signing out…' : 'Sign out'}
            </Button>
          </div>
        )}
      </header>
      <main id="main" className="shell-main" tabIndex={-1}>
        {signOutFailed && (
          <div className="message message-error shell-alert" role="alert">
            <WarningIcon />
            <p>You are still signed in: Hearth could not be reached. Check your connection and try again.</p>
          </div>
        )}
        <Suspense>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
