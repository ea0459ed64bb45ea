import { describe, expect, it } from 'vitest';
import { pruneCache, reachWithCache } from './deskCache';
import { freshDatabase } from './queueTestSupport';

describe('reachWithCache', () => {
  it('keeps the answer and shows it while the network is down', async () => {
    const db = await freshDatabase();
    const fresh = await reachWithCache(db, 'day', async () => ({ kind: 'ok', data: ['Asha'] }), () => 1_000);
    expect(fresh).toEqual({ kind: 'ok', data: { value: ['Asha'], savedAt: 1_000, fromCache: false } });

    const kept = await reachWithCache(db, 'day', async () => ({ kind: 'unreachable' }));
    expect(kept).toEqual({ kind: 'ok', data: { value: ['Asha'], savedAt: 1_000, fromCache: true } });

    const serverAway = await reachWithCache(db, 'day', async () => ({
      kind: 'refused',
      status: 503,
      errorCode: 'SERVICE_UNAVAILABLE',
      error: 'Later.',
    }));
    expect(serverAway.kind === 'ok' && serverAway.data.fromCache).toBe(true);
  });

  it('never covers a refusal, nor a failure with nothing kept', async () => {
    const db = await freshDatabase();
    await reachWithCache(db, 'day', async () => ({ kind: 'ok', data: 1 }));
    const refused = { kind: 'refused', status: 403, errorCode: 'FORBIDDEN', error: 'No.' } as const;
    expect(await reachWithCache(db, 'day', async () => refused)).toEqual(refused);
    expect(await reachWithCache(db, 'other', async () => ({ kind: 'unreachable' }))).toEqual({ kind: 'unreachable' });
  });

  it('forgets old copies', async () => {
    const db = await freshDatabase();
    await reachWithCache(db, 'old', async () => ({ kind: 'ok', data: 1 }), () => 1_000);
    await reachWithCache(db, 'new', async () => ({ kind: 'ok', data: 2 }), () => 9_000);
    await pruneCache(db, 5_000);
    expect((await db.getAllKeys('cache')).sort()).toEqual(['new']);
  });
});
