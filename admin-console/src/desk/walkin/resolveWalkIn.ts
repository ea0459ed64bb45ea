import type { TenantSchema } from '../../api/types';
import type { WalkInRegistration } from '../offline/deskDatabase';
import type { Reached } from '../offline/reached';
import { personOf, type PersonAtDesk } from '../record/person';

/** The server calls a walk-in needs (deskCalls.ts in the page, fakes in tests). */
export interface WalkInCalls {
  register(walkIn: WalkInRegistration): Promise<Reached<TenantSchema<'Registered'>>>;
  findByDocument(documentType: number, number: string): Promise<Reached<TenantSchema<'Identified'>>>;
}

/** How the desk came to know the walk-in: registered now, found already registered, or to register later. */
export type WalkInNote = 'registered' | 'found' | 'offline';

export type WalkInResult =
  | { kind: 'person'; person: PersonAtDesk; note: WalkInNote }
  | { kind: 'refused'; error: string };

const DOCUMENT_REGISTERED = 'ID_DOCUMENT_ALREADY_REGISTERED';

/**
 * Registers the walk-in. Someone registered before (by the citizen app, or at another desk) is found by their
 * document instead, with their doses; without a network their registration waits in the queue with their dose.
 */
export async function resolveWalkIn(calls: WalkInCalls, walkIn: WalkInRegistration): Promise<WalkInResult> {
  const registered = await calls.register(walkIn);
  if (registered.kind === 'ok') {
    return {
      kind: 'person',
      note: 'registered',
      person: {
        name: walkIn.name,
        birthYear: walkIn.birth_year,
        reference: registered.data.beneficiary_reference_id,
        history: [],
      },
    };
  }
  if (registered.kind === 'unreachable') {
    return { kind: 'person', note: 'offline', person: { name: walkIn.name, birthYear: walkIn.birth_year, walkIn } };
  }
  if (registered.errorCode === DOCUMENT_REGISTERED) {
    const found = await calls.findByDocument(walkIn.photo_id_type, walkIn.photo_id_number);
    if (found.kind === 'ok') return { kind: 'person', note: 'found', person: personOf(found.data) };
  }
  return { kind: 'refused', error: registered.error };
}
