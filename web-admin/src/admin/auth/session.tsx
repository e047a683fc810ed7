// The signed-in administrator: where they signed in and their tokens, in memory only (a reload
// signs in again, through the tenant's SSO session when it is still alive). Tokens are refreshed
// before they expire; a failed refresh ends the session.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiClient } from '../api/client';
import { refresh, refreshDelay, signOutUrl, type Tokens } from './oidc';
import { managementBase, type SignInTarget } from './target';

export interface Session {
  target: SignInTarget;
  tokens: Tokens;
}

interface SessionState {
  session?: Session;
  api?: ApiClient;
  expired: boolean;
  start: (s: Session) => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionState | undefined>(undefined);
export const BASE = import.meta.env.BASE_URL;

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | undefined>();
  const [expired, setExpired] = useState(false);
  const current = useRef<Session | undefined>(undefined);
  current.current = session;

  // One refresh at a time: the timer and API calls near expiry share it (a rotated refresh token
  // used twice would end the grant).
  const inflight = useRef<Promise<Session | undefined> | undefined>(undefined);
  const renew = useCallback((): Promise<Session | undefined> => {
    const s = current.current;
    if (!s) return Promise.resolve(undefined);
    inflight.current ??= refresh(s.target, s.tokens, window.location.origin)
      .then((tokens) => {
        const next = { target: s.target, tokens };
        current.current = next;
        setSession(next);
        return next;
      })
      .catch(() => {
        current.current = undefined;
        setSession(undefined);
        setExpired(true);
        return undefined;
      })
      .finally(() => {
        inflight.current = undefined;
      });
    return inflight.current;
  }, []);

  useEffect(() => {
    if (!session?.tokens.refreshToken) return;
    const timer = window.setTimeout(() => void renew(), refreshDelay(session.tokens.expiresAt, Date.now()));
    return () => window.clearTimeout(timer);
  }, [session, renew]);

  const api = useMemo(() => {
    if (!session) return undefined;
    const token = async () => {
      const s = current.current;
      if (s && s.tokens.expiresAt - Date.now() < 10_000 && s.tokens.refreshToken) {
        const renewed = await renew();
        if (renewed) return renewed.tokens.accessToken;
      }
      return (current.current ?? session).tokens.accessToken;
    };
    return new ApiClient(managementBase(session.target), token, undefined, () => {
      current.current = undefined;
      setSession(undefined);
      setExpired(true);
    });
    // a new client only when the administrator or the place they signed in changes
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session?.target, session?.tokens.subject]);

  const start = useCallback((s: Session) => {
    current.current = s;
    setExpired(false);
    setSession(s);
  }, []);

  const signOut = useCallback(async () => {
    const s = current.current;
    current.current = undefined;
    setSession(undefined);
    if (!s) return;
    window.location.assign(await signOutUrl(s.target, s.tokens, window.location.origin, BASE));
  }, []);

  const value = useMemo(() => ({ session, api, expired, start, signOut }), [session, api, expired, start, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

// The API client of the signed-in administrator (screens render only when signed in).
export function useApi(): ApiClient {
  const { api } = useSession();
  if (!api) throw new Error('useApi without a session');
  return api;
}
