import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { Button } from '@vaadin/react-components/Button.js';
import { PasswordField } from '@vaadin/react-components/PasswordField.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useAuth } from 'Frontend/auth.js';
import { HearthMark, InfoIcon, WarningIcon } from 'Frontend/components/icons.js';
import { useTypedValue } from 'Frontend/components/typed.js';
import { lockInWords, lockSeconds, signIn } from 'Frontend/sign-in.js';

export const config: ViewConfig = {
  title: 'Sign in',
  menu: { exclude: true },
  // The sign-in page stands alone: no app shell around it.
  skipLayouts: true,
};

type Problem = 'credentials' | 'locked' | 'connection';

/** Where to go after signing in: the page that sent the person here, or the caseload. Same site only. */
function afterSignIn(path: string) {
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/login')) {
    return '/';
  }
  const url = new URL(path, window.location.origin);
  url.searchParams.delete('continue'); // Spring's marker on a saved request; not for people to see
  return url.pathname + url.search + url.hash;
}

export default function LoginView() {
  const { state } = useAuth();
  const [searchParams] = useSearchParams();
  const signedOut = searchParams.has('signed-out');
  // Set up an account on the join page: their username comes along (in the history state, not the address).
  const joined = searchParams.has('joined');
  const joinedAs = (useLocation().state as { username?: unknown } | null)?.username;
  const [username, setUsername] = useTypedValue(typeof joinedAs === 'string' ? joinedAs : '');
  const [password, setPassword] = useTypedValue('');
  const [missing, setMissing] = useState<{ username: boolean; password: boolean }>({
    username: false,
    password: false,
  });
  // A plain form post (no JavaScript) comes back as /login?locked=<seconds> or /login?error.
  const [problem, setProblem] = useState<Problem | undefined>(
    searchParams.has('locked') ? 'locked' : searchParams.has('error') ? 'credentials' : undefined,
  );
  // How long a lock lasts, from the server (hearth.sign-in.lock-duration).
  const [lockedFor, setLockedFor] = useState<number | undefined>(lockSeconds(searchParams.get('locked')));
  const [busy, setBusy] = useState(false);
  const problemRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = 'Sign in – Hearth';
  }, []);

  useEffect(() => {
    if (problem) {
      problemRef.current?.focus();
    }
  }, [problem]);

  if (state.user) {
    // Already signed in (for example the back button after signing in).
    return <Navigate to="/" replace />;
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy) {
      return;
    }
    const empty = { username: username.trim() === '', password: password === '' };
    setMissing(empty);
    if (empty.username || empty.password) {
      return;
    }
    setBusy(true);
    setProblem(undefined);
    // Spring's form login (POST /login) with the CSRF header. On success a full page load starts the app again
    // as the signed-in person, with the session's new CSRF token, so there is no auth state to refresh here.
    const outcome = await signIn(username.trim(), password);
    if (outcome.kind === 'signed-in') {
      window.location.assign(afterSignIn(outcome.to));
      return;
    }
    setLockedFor(outcome.kind === 'locked' ? outcome.seconds : undefined);
    setProblem(outcome.kind === 'locked' ? 'locked' : outcome.kind === 'refused' ? 'credentials' : 'connection');
    setPassword('');
    setBusy(false);
  }

  function submitOnEnter(event: KeyboardEvent) {
    if (event.key === 'Enter') {
      void submit();
    }
  }

  return (
    <main className="signin">
      <div className="signin-panel">
        <div className="signin-brand">
          <HearthMark />
          <h1>Hearth</h1>
        </div>
        <p className="signin-lede">Early help for families: plans, visits and reviews in one place.</p>

        {problem && (
          <div className="message message-error" role="alert" tabIndex={-1} ref={problemRef}>
            <WarningIcon />
            <div>
              {problem === 'credentials' ? (
                <>
                  <p>
                    <strong>Your username or password is not right.</strong>
                  </p>
                  <p>Check them and try again.</p>
                </>
              ) : problem === 'locked' ? (
                <>
                  <p>
                    <strong>
                      Too many attempts. This account is locked
                      {lockedFor ? ` for ${lockInWords(lockedFor)}` : ' for a while'}.
                    </strong>
                  </p>
                  <p>Try again later. If you need to get in sooner, ask your manager or your family&rsquo;s worker.</p>
                </>
              ) : (
                <>
                  <p>
                    <strong>Hearth could not be reached.</strong>
                  </p>
                  <p>Check your internet connection and try again.</p>
                </>
              )}
            </div>
          </div>
        )}
        {!problem && signedOut && (
          <div className="message message-info" role="status">
            <InfoIcon />
            <p>You have signed out.</p>
          </div>
        )}
        {!problem && joined && (
          <div className="message message-info" role="status">
            <InfoIcon />
            <div>
              <p>
                <strong>Your account is ready.</strong>
              </p>
              <p>You can now sign in with your new username and password.</p>
            </div>
          </div>
        )}

        <form className="signin-form" onSubmit={submit} noValidate aria-label="Sign in">
          <TextField
            label="Username"
            name="username"
            autocomplete="username"
            autoCapitalize="none"
            autoCorrect="off"
            autofocus={!username}
            required
            value={username}
            invalid={missing.username}
            errorMessage={missing.username ? 'Enter your username' : undefined}
            onValueChanged={(event) => setUsername(event.detail.value)}
            onKeyDown={submitOnEnter}
          />
          <PasswordField
            label="Password"
            name="password"
            autocomplete="current-password"
            autofocus={!!username}
            required
            value={password}
            invalid={missing.password}
            errorMessage={missing.password ? 'Enter your password' : undefined}
            onValueChanged={(event) => setPassword(event.detail.value)}
            onKeyDown={submitOnEnter}
          />
          <Button theme="primary large" disabled={busy} onClick={() => void submit()}>
            {busy ? 'Signing in…' : 'Sign in'}
          </Button>
        </form>

        <p className="signin-join">
          Got a code from your family's worker? <Link to="/join">Set up your account</Link>
        </p>
      </div>
    </main>
  );
}
