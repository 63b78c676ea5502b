import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { Button } from '@vaadin/react-components/Button.js';
import { PasswordField } from '@vaadin/react-components/PasswordField.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { HearthMark, WarningIcon } from 'Frontend/components/icons.js';
import { useTypedValue } from 'Frontend/components/typed.js';
import { InvitationEndpoint } from 'Frontend/generated/endpoints.js';

export const config: ViewConfig = {
  title: 'Set up your account',
  menu: { exclude: true },
  // Like the sign-in page, this page stands alone and needs nobody signed in.
  skipLayouts: true,
};

type FieldName = 'code' | 'username' | 'password' | 'repeat';
type Errors = Partial<Record<FieldName, string>>;

const MIN_PASSWORD_LENGTH = 12;

/** The same rules the server applies, checked here first so that most mistakes are shown at once. */
function check(code: string, username: string, password: string, repeat: string): Errors {
  const errors: Errors = {};
  if (code.trim() === '') {
    errors.code = "Enter the code from your family's worker.";
  }
  if (username.trim() === '') {
    errors.username = 'Choose a username.';
  } else if (!/^[A-Za-z0-9._-]{3,50}$/.test(username.trim())) {
    errors.username = 'Use 3 to 50 letters or numbers, with no spaces. You can also use dots (.), dashes (-) and underscores (_).';
  }
  if (password === '') {
    errors.password = 'Choose a password.';
  } else if ([...password].length < MIN_PASSWORD_LENGTH) {
    errors.password = `Use at least ${MIN_PASSWORD_LENGTH} characters. Three or four words you will remember work well.`;
  } else if (password.trim().toLowerCase() === username.trim().toLowerCase()) {
    errors.password = 'Your password must not be your username.';
  }
  if (!errors.password && repeat !== password) {
    errors.repeat = 'The two passwords are not the same. Type your password again.';
  }
  return errors;
}

const serverField: Record<string, FieldName> = { CODE: 'code', USERNAME: 'username', PASSWORD: 'password' };

export default function JoinView() {
  const navigate = useNavigate();
  const [code, setCode] = useTypedValue('');
  const [username, setUsername] = useTypedValue('');
  const [password, setPassword] = useTypedValue('');
  const [repeat, setRepeat] = useTypedValue('');
  const [errors, setErrors] = useState<Errors>({});
  const [unreachable, setUnreachable] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = 'Set up your account – Hearth';
  }, []);

  useEffect(() => {
    if (attempt > 0) {
      summaryRef.current?.focus();
    }
  }, [attempt]);

  const messages = Object.values(errors).filter((message): message is string => !!message);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy) {
      return;
    }
    setUnreachable(false);
    const found = check(code, username, password, repeat);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const result = await InvitationEndpoint.accept(code, username.trim(), password);
      if (result.joined) {
        navigate('/login?joined', { replace: true, state: { username: username.trim() } });
        return;
      }
      const fromServer: Errors = {};
      for (const problem of result.problems) {
        const field = serverField[String(problem.field)] ?? 'code';
        fromServer[field] ??= problem.message;
      }
      if (Object.keys(fromServer).length === 0) {
        throw new Error('An answer with neither success nor a problem');
      }
      setErrors(fromServer);
      if (fromServer.password) {
        setPassword('');
        setRepeat('');
      }
    } catch {
      setUnreachable(true);
    }
    setBusy(false);
    setAttempt((n) => n + 1);
  }

  function submitOnEnter(event: KeyboardEvent) {
    if (event.key === 'Enter') {
      void submit();
    }
  }

  return (
    <main className="signin join">
      <div className="signin-panel">
        <div className="signin-brand">
          <HearthMark />
          <span className="signin-brand-name">Hearth</span>
        </div>
        <h1 className="join-title">Set up your account</h1>
        <p className="signin-lede">
          Your family's worker gave you a code. Use it to choose a username and a password. Then you can see your
          family's plan whenever you want.
        </p>

        {(unreachable || messages.length > 0) && (
          <div className="message message-error" role="alert" tabIndex={-1} ref={summaryRef}>
            <WarningIcon />
            <div>
              {unreachable ? (
                <>
                  <p>
                    <strong>Hearth could not be reached.</strong>
                  </p>
                  <p>Check your internet connection and try again.</p>
                </>
              ) : (
                <>
                  <p>
                    <strong>{messages.length === 1 ? 'Please check this:' : 'Please check these:'}</strong>
                  </p>
                  <ul className="message-list">
                    {messages.map((message) => (
                      <li key={message}>{message}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          </div>
        )}

        <form className="signin-form" onSubmit={submit} noValidate aria-label="Set up your account">
          <TextField
            label="Your code"
            name="code"
            helperText="It looks like this: KX4P-9TQM-7R"
            autocomplete="one-time-code"
            autoCapitalize="characters"
            autoCorrect="off"
            autofocus
            required
            className="join-code"
            value={code}
            invalid={!!errors.code}
            errorMessage={errors.code}
            onValueChanged={(event) => setCode(event.detail.value.toUpperCase())}
            onKeyDown={submitOnEnter}
          />
          <TextField
            label="Choose a username"
            name="username"
            helperText="You will use it to sign in. Letters and numbers, no spaces."
            autocomplete="username"
            autoCapitalize="none"
            autoCorrect="off"
            required
            value={username}
            invalid={!!errors.username}
            errorMessage={errors.username}
            onValueChanged={(event) => setUsername(event.detail.value)}
            onKeyDown={submitOnEnter}
          />
          <PasswordField
            label="Choose a password"
            name="new-password"
            helperText={`At least ${MIN_PASSWORD_LENGTH} characters. Three or four words you will remember work well.`}
            autocomplete="new-password"
            required
            value={password}
            invalid={!!errors.password}
            errorMessage={errors.password}
            onValueChanged={(event) => setPassword(event.detail.value)}
            onKeyDown={submitOnEnter}
          />
          <PasswordField
            label="Type the password again"
            name="repeat-password"
            autocomplete="new-password"
            required
            value={repeat}
            invalid={!!errors.repeat}
            errorMessage={errors.repeat}
            onValueChanged={(event) => setRepeat(event.detail.value)}
            onKeyDown={submitOnEnter}
          />
          <Button theme="primary large" disabled={busy} onClick={() => void submit()}>
            {busy ? 'Setting up…' : 'Set up my account'}
          </Button>
        </form>

        <p className="signin-join">
          Already have an account? <Link to="/login">Sign in</Link>
        </p>
      </div>
    </main>
  );
}
