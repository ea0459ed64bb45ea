import { useContext } from 'react';
import { SessionContext, type Session, type SignedInUser } from './context';

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside <SessionProvider>');
  return session;
}

/** The signed-in user; only for pages inside the shell, which renders only when someone is signed in. */
export function useUser(): SignedInUser {
  const { user } = useSession();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}
