import { describe, expect, it } from 'vitest';
import { createSyncRunner } from './syncRunner';
import { syncQueue, verdictOf } from './syncQueue';
import { aDose, FakeDeskServer, freshQueue, OWNER } from './queueTestSupport';

const walkIn = {
  mobile: '9876500001',
  name: 'Ravi Kumar',
  birth_year: 1975,
  gender_id: 1,
  photo_id_type: 4,
  photo_id_number: 'M7654321',
};

describe('syncQueue', () => {
  it('sends every pending dose in one upload and records each', async () => {
    const { queue } = await freshQueue();
    const server = new FakeDeskServer();
    await queue.enqueue(aDose());
    await queue.enqueue(aDose({ reference: '54175984443945', vaccine: 'COVAXIN' }));

    const report = await syncQueue(queue, server, OWNER);

    expect(report).toEqual({ recorded: 2, duplicate: 0, refused: 0, pending: 0 });
    expect(server.uploads).toHaveLength(1);
    expect(server.uploads[0]?.[0]).toEqual({
      idempotency_key: 'key-1',
      beneficiary_reference_id: '20808180368918',
      facility_id: 1001,
      vaccine: 'COVISHIELD',
      batch: 'B42',
      dose: 1,
      given_on: '04-12-2026',
    });
    expect((await queue.all()).map((entry) => entry.status)).toEqual(['recorded', 'recorded']);
  });

  it('keeps everything pending while the network is down, then sends with the same keys', async () => {
    const { queue } = await freshQueue();
    const server = new FakeDeskServer();
    server.reachable = false;
    await queue.enqueue(aDose());

    const offline = await syncQueue(queue, server, OWNER);
    expect(offline).toEqual({ recorded: 0, duplicate: 0, refused: 0, pending: 1, stopped: { reason: 'unreachable' } });
    expect((await queue.pending())[0]).toMatchObject({ attempts: 1 });

    server.reachable = true;
    const online = await syncQueue(queue, server, OWNER);
    expect(online.recorded).toBe(1);
    expect([...server.doses.keys()]).toEqual(['key-1']);
  });

  it('records a dose once when it is synced twice (an answer lost on the way)', async () => {
    const { queue } = await freshQueue();
    const server = new FakeDeskServer();
    const { entry } = await queue.enqueue(aDose());
    // The server recorded the first upload but its answer never arrived: the dose is still pending here.
    await server.recordMany([
      {
        idempotency_key: entry.idempotencyKey,
        beneficiary_reference_id: '20808180368918',
        facility_id: 1001,
        vaccine: 'COVISHIELD',
        batch: 'B42',
        dose: 1,
        given_on: '04-12-2026',
      },
    ]);

    const report = await syncQueue(queue, server, OWNER);

    expect(report).toMatchObject({ recorded: 0, duplicate: 1, pending: 0 });
    expect(server.doses.size).toBe(1);
    expect((await queue.get(entry.idempotencyKey))?.status).toBe('duplicate');
  });

  it('shows a dose the server already has under another key as a duplicate, with its words', async () => {
    const { queue } = await freshQueue();
    const server = new FakeDeskServer();
    const first = await queue.enqueue(aDose());
    await syncQueue(queue, server, OWNER);
    await queue.dismiss(first.entry.idempotencyKey);
    // Dismissed from the list, given "again" by mistake: a new key, and the server refuses the second dose.
    await queue.enqueue(aDose());

    const report = await syncQueue(queue, server, OWNER);

    expect(report).toMatchObject({ duplicate: 1, recorded: 0 });
    const [entry] = await queue.all();
    expect(entry).toMatchObject({
      status: 'duplicate',
      errorCode: 'DOSE_ALREADY_RECORDED',
      error: 'This dose has already been recorded for this beneficiary.',
    });
    expect(server.doses.size).toBe(1);
  });

  it('reports each result of a partly refused upload', async () => {
    const { queue } = await freshQueue();
    const server = new FakeDeskServer();
    server.ineligible.add('54175984443945');
    await queue.enqueue(aDose());
    await queue.enqueue(aDose({ reference: '54175984443945', name: 'Ravi Kumar' }));

    const report = await syncQueue(queue, server, OWNER);

    expect(report).toEqual({ recorded: 1, duplicate: 0, refused: 1, pending: 0 });
    const [recorded, refused] = await queue.all();
    expect(recorded?.status).toBe('recorded');
    expect(refused).toMatchObject({ status: 'refused', errorCode: 'AGE_NOT_ELIGIBLE', error: 'Not eligible.' });
  });

  it('keeps doses pending when the session ended, and says why', async () => {
    const { queue } = await freshQueue();
    const server = new FakeDeskServer();
    server.refuseAll = { status: 401, errorCode: 'UNAUTHENTICATED' };
    await queue.enqueue(aDose());

    const report = await syncQueue(queue, server, OWNER);

    expect(report.pending).toBe(1);
    expect(report.stopped).toEqual({
      reason: 'refused',
      status: 401,
      errorCode: 'UNAUTHENTICATED',
      error: 'refused as a whole',
    });
  });

  it('registers a walk-in queued offline before sending their dose', async () => {
    const { queue } = await freshQueue();
    const server = new FakeDeskServer();
    const { entry } = await queue.enqueue(aDose({ reference: undefined, walkIn, name: walkIn.name }));

    const report = await syncQueue(queue, server, OWNER);

    expect(report.recorded).toBe(1);
    const reference = server.registered.get('4:M7654321');
    expect(reference).toBeDefined();
    const sent = await queue.get(entry.idempotencyKey);
    expect(sent?.reference).toBe(reference);
    expect(sent?.walkIn).toBeUndefined();
    expect(server.uploads[0]?.[0]?.beneficiary_reference_id).toBe(reference);
  });

  it('finds a walk-in registered by an earlier sync whose answer was lost, instead of failing', async () => {
    const { queue } = await freshQueue();
    const server = new FakeDeskServer();
    await server.registerWalkIn(1001, walkIn);
    await queue.enqueue(aDose({ reference: undefined, walkIn }));

    const report = await syncQueue(queue, server, OWNER);

    expect(report.recorded).toBe(1);
    expect(server.registered.size).toBe(1);
  });

  it('refuses the dose of a walk-in the server will not register, with its words, and sends the rest', async () => {
    const { queue } = await freshQueue();
    const server = new FakeDeskServer();
    server.registered.set('4:M7654321', 'someone-else');
    const broken = { ...walkIn };
    // Registered, yet not found by the document: the registration's refusal is what the vaccinator sees.
    server.findByDocument = async () =>
      ({ kind: 'refused', status: 404, errorCode: 'VERIFICATION_FAILED', error: 'No match.' }) as const;
    await queue.enqueue(aDose({ reference: undefined, walkIn: broken }));
    await queue.enqueue(aDose({ reference: '54175984443945' }));

    const report = await syncQueue(queue, server, OWNER);

    expect(report).toMatchObject({ recorded: 1, refused: 1, pending: 0 });
    const refused = (await queue.all()).find((entry) => entry.status === 'refused');
    expect(refused).toMatchObject({ errorCode: 'ID_DOCUMENT_ALREADY_REGISTERED' });
  });

  it('does not register a walk-in twice when the network drops between registration and dose', async () => {
    const { queue } = await freshQueue();
    const server = new FakeDeskServer();
    await queue.enqueue(aDose({ reference: undefined, walkIn }));
    const recordMany = server.recordMany.bind(server);
    server.recordMany = async () => ({ kind: 'unreachable' });

    const first = await syncQueue(queue, server, OWNER);
    expect(first).toMatchObject({ pending: 1, stopped: { reason: 'unreachable' } });

    server.recordMany = recordMany;
    const second = await syncQueue(queue, server, OWNER);
    expect(second.recorded).toBe(1);
    expect(server.walkInCalls).toBe(1);
  });

  it('sends nothing while another staff member is signed in in this browser', async () => {
    const { queue } = await freshQueue();
    const server = new FakeDeskServer();
    server.signedIn = 'someone-else';
    await queue.enqueue(aDose());

    const report = await syncQueue(queue, server, OWNER);

    expect(report).toMatchObject({ pending: 1, stopped: { reason: 'other-staff' } });
    expect(server.uploads).toEqual([]);
  });

  it('asks nothing of the server when nothing waits', async () => {
    const { queue } = await freshQueue();
    const server = new FakeDeskServer();
    server.reachable = false;
    expect(await syncQueue(queue, server, OWNER)).toEqual({ recorded: 0, duplicate: 0, refused: 0, pending: 0 });
  });

  it('uploads at most 500 records at once', async () => {
    const { queue } = await freshQueue();
    const server = new FakeDeskServer();
    for (let n = 0; n < 501; n += 1) await queue.enqueue(aDose({ reference: String(10_000_000_000_000 + n) }));

    const report = await syncQueue(queue, server, OWNER);

    expect(report.recorded).toBe(501);
    expect(server.uploads.map((upload) => upload.length)).toEqual([500, 1]);
  });
});

describe('verdictOf', () => {
  it('maps the server outcomes to the desk statuses', () => {
    expect(verdictOf({ idempotency_key: 'k', outcome: 'recorded' })).toEqual({ status: 'recorded' });
    expect(verdictOf({ idempotency_key: 'k', outcome: 'replayed' })).toEqual({ status: 'duplicate' });
    expect(
      verdictOf({ idempotency_key: 'k', outcome: 'refused', errorCode: 'INVALID_PARAMETER', error: 'Bad batch.' }),
    ).toEqual({ status: 'refused', errorCode: 'INVALID_PARAMETER', error: 'Bad batch.' });
  });
});

describe('createSyncRunner', () => {
  it('shares one running sync between callers', async () => {
    const { queue } = await freshQueue();
    const server = new FakeDeskServer();
    await queue.enqueue(aDose());
    const run = createSyncRunner(queue, server, OWNER, 'test-lock', undefined);

    const [a, b] = await Promise.all([run(), run()]);

    expect(a).toBe(b);
    expect(server.uploads).toHaveLength(1);
    expect((await run()).recorded).toBe(0);
  });
});
