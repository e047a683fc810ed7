// The redirect URI: redeems the code and opens the page the administrator wanted.
import { Alert, Anchor, Center, Stack } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Loading } from '../components/PageState';
import { defineMessages, useT } from '../i18n/i18n';
import { completeSignIn } from './oidc';
import { BASE, useSession } from './session';

const m = defineMessages({
  en: { failed: 'Sign-in failed: {message}', again: 'Sign in again' },
  ja: { failed: 'サインインに失敗しました: {message}', again: 'もう一度サインイン' },
});

export function CallbackPage() {
  const t = useT(m);
  const { start } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const once = useRef(false);
  useEffect(() => {
    if (once.current) return;  // the code is redeemed once, also under StrictMode
    once.current = true;
    completeSignIn(new URL(window.location.href), { origin: window.location.origin, base: BASE }).then(
      ({ target, tokens, returnTo }) => {
        start({ target, tokens });
        navigate(returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/', { replace: true });
      },
      (e) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [start, navigate]);
  if (!error) return <Loading />;
  return (
    <Center mih="100vh" p="md">
      <Stack>
        <Alert color="red" role="alert">{t('failed', { message: error })}</Alert>
        <Anchor component={Link} to="/signin">{t('again')}</Anchor>
      </Stack>
    </Center>
  );
}
