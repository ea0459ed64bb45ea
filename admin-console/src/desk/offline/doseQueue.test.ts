import { describe, expect, it } from 'vitest';
import { dedupeKeyOf } from './doseQueue';
import { aDose, freshQueue } from './queueTestSupport';

describe('DoseQueue', () => {
  it('queues a dose pending, with its key made once, when queued', async () => {
    const { queue } = await freshQueue();
    const { entry, added } = await queue.enqueue(aDose({ batch: '  B42 ' }));
    expect(added).toBe(true);
    expect(entry).toMatchObject({ idempotencyKey: 'key-1', status: 'pending', attempts: 0, batch: 'B42' });
    expect(await queue.pending()).toEqual([entry]);
    expect(await queue.pendingCount()).toBe(1);
  });

  it('returns the first entry when the same dose is queued twice', async () => {
    const { queue } = await freshQueue();
    const first = await queue.enqueue(aDose());
    const second = await queue.enqueue(aDose({ batch: 'OTHER' }));
    expect(second.added).toBe(false);
    expect(second.entry.idempotencyKey).toBe(first.entry.idempotencyKey);
    expect(await queue.pendingCount()).toBe(1);
  });

  it('knows a walk-in by their document, however it is written', async () => {
    const { queue } = await freshQueue();
    const walkIn = {
      mobile: '9876500001',
      name: 'Asha Rao',
      birth_year: 1980,
      gender_id: 2,
      photo_id_type: 4,
      photo_id_number: 'k1234567',
    };
    await queue.enqueue(aDose({ reference: undefined, walkIn }));
    const again = await queue.enqueue(aDose({ reference: undefined, walkIn: { ...walkIn, photo_id_number: 'K 1234-567' } }));
    expect(again.added).toBe(false);
  });

  it('keeps different doses and different people apart', async () => {
    const { queue } = await freshQueue();
    await queue.enqueue(aDose());
    expect((await queue.enqueue(aDose({ dose: 2 }))).added).toBe(true);
    expect((await queue.enqueue(aDose({ reference: '54175984443945' }))).added).toBe(true);
    expect(await queue.pendingCount()).toBe(3);
  });

  it('queues a dose again after the server refused it, under a new key', async () => {
    const { queue } = await freshQueue();
    const { entry } = await queue.enqueue(aDose());
    await queue.settle(entry.idempotencyKey, { status: 'refused', errorCode: 'AGE_NOT_ELIGIBLE', error: 'No.' });
    const again = await queue.enqueue(aDose());
    expect(again.added).toBe(true);
    expect(again.entry.idempotencyKey).not.toBe(entry.idempotencyKey);
  });

  it('does not queue again a dose the server has already recorded', async () => {
    const { queue } = await freshQueue();
    const { entry } = await queue.enqueue(aDose());
    await queue.settle(entry.idempotencyKey, { status: 'recorded' });
    expect((await queue.enqueue(aDose())).added).toBe(false);
  });

  it('lists entries oldest first and tells subscribers of changes', async () => {
    const { queue, clock } = await freshQueue();
    let changes = 0;
    const unsubscribe = queue.subscribe(() => (changes += 1));
    clock.now = 5_000;
    await queue.enqueue(aDose({ reference: '54175984443945' }));
    clock.now = 2_000;
    await queue.enqueue(aDose());
    unsubscribe();
    clock.now = 9_000;
    await queue.enqueue(aDose({ dose: 2 }));
    expect((await queue.all()).map((entry) => entry.queuedAt)).toEqual([2_000, 5_000, 9_000]);
    expect(changes).toBe(2);
  });

  it('settles only pending entries, and never lets a pending one be dismissed', async () => {
    const { queue } = await freshQueue();
    const { entry } = await queue.enqueue(aDose());
    await queue.dismiss(entry.idempotencyKey);
    expect(await queue.pendingCount()).toBe(1);
    await queue.settle(entry.idempotencyKey, { status: 'recorded' });
    await queue.settle(entry.idempotencyKey, { status: 'refused', error: 'late' });
    expect((await queue.get(entry.idempotencyKey))?.status).toBe('recorded');
    await queue.dismiss(entry.idempotencyKey);
    expect(await queue.all()).toEqual([]);
  });

  it('counts failed attempts and prunes old settled entries only', async () => {
    const { queue, clock } = await freshQueue();
    const kept = await queue.enqueue(aDose());
    const done = await queue.enqueue(aDose({ dose: 2 }));
    await queue.noteAttempt([kept.entry.idempotencyKey]);
    await queue.settle(done.entry.idempotencyKey, { status: 'recorded' });
    clock.now = 100_000;
    await queue.pruneSettled(50_000);
    const left = await queue.all();
    expect(left.map((entry) => entry.idempotencyKey)).toEqual([kept.entry.idempotencyKey]);
    expect(left[0]).toMatchObject({ attempts: 1, lastAttemptAt: 1_000 });
  });
});

describe('dedupeKeyOf', () => {
  it('names the person and the dose number', () => {
    expect(dedupeKeyOf({ reference: ' 208 ', dose: 2 })).toBe('ref:208|dose:2');
  });
});
