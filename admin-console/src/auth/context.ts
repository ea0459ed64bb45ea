import { createContext } from 'react';

/** Who is signed in, whatever the console (NHA administrators have no districts or facilities). */
export interface SignedInUser {
  id: string;
  name: string;
  /** As the server says it; see roles.ts for the ones the console knows. */
  role: string;
  /** District admins: the districts they run. */
  districtIds: number[];
  /** Facility managers and vaccinators: where they work. */
  facilityIds: number[];
}

export type SessionStatus = 'loading' | 'signed-out' | 'signed-in';

export interface Session {
  status: SessionStatus;
  user: SignedInUser | undefined;
  /** Opens a session (the server sets the cookies); throws ApiError with the server's message on failure. */
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);
