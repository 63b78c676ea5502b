import { LoginForm } from '@vaadin/react-components/LoginForm.js';

export const config = { title: 'Sign in', menu: { exclude: true } };

export default function LoginView() {
  return (
    <main>
      <LoginForm action="login" />
    </main>
  );
}
