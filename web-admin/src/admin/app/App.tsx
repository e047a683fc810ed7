// Providers and routes. Screens need a session; without one the browser goes to /signin and
// comes back to the page it asked for.
import { Badge, createTheme, MantineProvider } from '@mantine/core';
import { createBrowserRouter, Navigate, RouterProvider, useLocation, type RouteObject } from 'react-router';
import { CallbackPage } from '../auth/CallbackPage';
import { BASE, SessionProvider, useSession } from '../auth/session';
import { SignInPage } from '../auth/SignInPage';
import { LocaleProvider } from '../i18n/i18n';
import { features } from '../pages';
import { Layout } from './Layout';

function RequireSession({ children }: { children: React.ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (!session) {
    const returnTo = `${location.pathname}${location.search}`;
    return <Navigate to={`/signin?return_to=${encodeURIComponent(returnTo)}`} replace />;
  }
  return <>{children}</>;
}

function Home() {
  const { session } = useSession();
  return <Navigate to={session?.target.kind === 'system' ? '/tenants' : `/t/${session?.target.tenantId}/clients`} replace />;
}

const routes: RouteObject[] = [
  { path: '/signin', element: <SignInPage /> },
  { path: '/callback', element: <CallbackPage /> },
  {
    path: '/',
    element: (
      <RequireSession>
        <Layout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <Home /> },
      ...features.filter((f) => f.scope === 'global').flatMap((f) => f.routes),
      { path: 't/:tenantId', children: features.filter((f) => f.scope === 'tenant').flatMap((f) => f.routes) },
      { path: '*', element: <Home /> },
    ],
  },
];

// Badges in narrow table cells keep their whole text (phone width).
const theme = createTheme({
  components: { Badge: Badge.extend({ styles: { root: { minWidth: 'fit-content' }, label: { overflow: 'visible' } } }) },
});

const router = createBrowserRouter(routes, { basename: BASE.replace(/\/$/, '') });

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <LocaleProvider>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </LocaleProvider>
    </MantineProvider>
  );
}
