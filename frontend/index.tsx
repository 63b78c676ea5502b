import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { router } from 'Frontend/generated/routes.js';
import { AuthProvider } from 'Frontend/auth.js';
import '@vaadin/vaadin-lumo-styles/lumo.css';
import 'Frontend/styles/hearth.css';

// The app's entry point: the generated one, wrapped in the sign-in state so that routes marked
// `loginRequired` can send an unknown visitor to /login.
function App() {
  return (
    <AuthProvider>
      <RouterProvider router={router} />
    </AuthProvider>
  );
}

const outlet = document.getElementById('outlet')!;
const root = (outlet as any)._root ?? createRoot(outlet);
(outlet as any)._root = root;
root.render(createElement(App));
