import { describe, expect, it } from 'vitest';
import { resolveWalkIn, type WalkInCalls } from './resolveWalkIn';

const walkIn = {
  mobile: '9876500001',
  name: 'Asha Rao',
  birth_year: 1980,
  gender_id: 2,
  photo_id_type: 4,
  photo_id_number: 'K1234567',
};

const identified = {
  beneficiary_reference_id: '20808180368918',
  name: 'Asha Rao',
  birth_year: 1980,
  doses: [{ dose: 1, vaccine: 'COVISHIELD', date: '01-11-2026' }],
  vaccination_status: 'Partially Vaccinated',
};

function calls(register: Awaited<ReturnType<WalkInCalls['register']>>): WalkInCalls & { lookups: number } {
  const fake = {
    lookups: 0,
    register: async () => register,
    findByDocument: async () => {
      fake.lookups += 1;
      return { kind: 'ok', data: identified } as const;
    },
  };
  return fake;
}

describe('resolveWalkIn', () => {
  it('registers a new person, with no doses yet', async () => {
    const result = await resolveWalkIn(calls({ kind: 'ok', data: { beneficiary_reference_id: '1' } }), walkIn);
    expect(result).toEqual({
      kind: 'person',
      note: 'registered',
      person: { name: 'Asha Rao', birthYear: 1980, reference: '1', history: [] },
    });
  });

  it('finds someone already registered by their document, with their doses', async () => {
    const fake = calls({
      kind: 'refused',
      status: 409,
      errorCode: 'ID_DOCUMENT_ALREADY_REGISTERED',
      error: 'This identity document is already registered.',
    });
    const result = await resolveWalkIn(fake, walkIn);
    expect(result).toMatchObject({ kind: 'person', note: 'found', person: { reference: '20808180368918' } });
    expect(fake.lookups).toBe(1);
  });

  it('keeps the registration for later when the network is down', async () => {
    const result = await resolveWalkIn(calls({ kind: 'unreachable' }), walkIn);
    expect(result).toEqual({
      kind: 'person',
      note: 'offline',
      person: { name: 'Asha Rao', birthYear: 1980, walkIn },
    });
  });

  it('passes on the server\'s words when it refuses the registration', async () => {
    const fake = calls({ kind: 'refused', status: 400, errorCode: 'INVALID_MOBILE', error: 'Not a mobile.' });
    expect(await resolveWalkIn(fake, walkIn)).toEqual({ kind: 'refused', error: 'Not a mobile.' });
    expect(fake.lookups).toBe(0);
  });
});
