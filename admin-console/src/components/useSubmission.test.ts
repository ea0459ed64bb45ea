import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSubmission } from './useSubmission';

describe('useSubmission', () => {
  it('runs a task and reports success', async () => {
    const { result } = renderHook(() => useSubmission());
    let ran = false;
    let succeeded: boolean | undefined;
    await act(async () => {
      succeeded = await result.current.run(async () => {
        ran = true;
      });
    });
    expect(ran).toBe(true);
    expect(succeeded).toBe(true);
    expect(result.current.running).toBe(false);
    expect(result.current.failure).toBeUndefined();
  });

  it('keeps what a failed task threw, without rejecting', async () => {
    const { result } = renderHook(() => useSubmission());
    const problem = new Error('refused');
    let succeeded: boolean | undefined;
    await act(async () => {
      succeeded = await result.current.run(() => Promise.reject(problem));
    });
    expect(succeeded).toBe(false);
    expect(result.current.failure).toBe(problem);
    expect(result.current.running).toBe(false);
  });

  it('clears the last failure when the next run starts, and on clear()', async () => {
    const { result } = renderHook(() => useSubmission());
    await act(() => result.current.run(() => Promise.reject(new Error('first'))));
    expect(result.current.failure).toBeInstanceOf(Error);

    let finish!: () => void;
    let pending!: Promise<boolean>;
    act(() => {
      pending = result.current.run(() => new Promise<void>((resolve) => (finish = resolve)));
    });
    expect(result.current.failure).toBeUndefined();
    await act(async () => {
      finish();
      await pending;
    });

    await act(() => result.current.run(() => Promise.reject(new Error('again'))));
    expect(result.current.failure).toBeInstanceOf(Error);
    act(() => result.current.clear());
    expect(result.current.failure).toBeUndefined();
  });

  it('is running while the task is pending', async () => {
    const { result } = renderHook(() => useSubmission());
    let finish!: () => void;
    let pending!: Promise<boolean>;
    act(() => {
      pending = result.current.run(() => new Promise<void>((resolve) => (finish = resolve)));
    });
    expect(result.current.running).toBe(true);
    await act(async () => {
      finish();
      await pending;
    });
    expect(result.current.running).toBe(false);
  });
});
