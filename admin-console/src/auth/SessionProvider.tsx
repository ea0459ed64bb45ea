import { Center } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { onUnauthorized } from '../api/unauthorized';
import { ErrorAlert } from '../components/ErrorAlert';
import { FullPageLoader } from '../components/FullPageLoader';
import { SessionContext, type Session, type SignedInUser } from './context';
import { closeSession, fetchCurrentUser, openSession } from './sessionApi';

type State =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'signed-out' }
  | { status: 'signed-in'; user: SignedInUser };

/** Asks the server who is signed in (the session is an HttpOnly cookie the page cannot read) and keeps the answer. */
export function SessionProvider({ children }: { children: ReactNode }) {
  // Bumped by "try again" to ask the server once more.
  const [asked, setAsked] = useState(0);
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    fetchCurrentUser().then(
      (user) => current && setState(user ? { status: 'signed-in', user } : { status: 'signed-out' }),
      (error: unknown) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [asked]);

  // A 401 anywhere means the session ended: back to the sign-in page.
  useEffect(() => onUnauthorized(() => setState({ status: 'signed-out' })), []);

  const signIn = useCallback(async (email: string, password: string) => {
    await openSession(email, password);
    const user = await fetchCurrentUser();
    setState(user ? { status: 'signed-in', user } : { status: 'signed-out' });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await closeSession();
    } finally {
      // Even if the server could not be told, this page forgets the user (the cookie expires on its own).
      setState({ status: 'signed-out' });
      window.location.hash = '#/';
    }
  }, []);

  const session = useMemo<Session>(
    () => ({
      status: state.status === 'failed' ? 'signed-out' : state.status,
      user: state.status === 'signed-in' ? state.user : undefined,
      signIn,
      signOut,
    }),
    [state, signIn, signOut],
  );

  if (state.status === 'loading') return <FullPageLoader />;
  if (state.status === 'failed') {
    return (
      <Center h="100vh" p="md">
        <ErrorAlert
          error={state.error}
          onRetry={() => {
            setState({ status: 'loading' });
            setAsked((n) => n + 1);
          }}
        />
      </Center>
    );
  }
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
