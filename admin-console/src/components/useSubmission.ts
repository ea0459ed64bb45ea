import { useCallback, useState } from 'react';

/** The state of a form's or button's action: whether it is under way and why it last failed, if it did. */
export interface Submission {
  running: boolean;
  /** What the last run threw; `undefined` while running and after a success. */
  failure: unknown;
  /** Runs `task`, clearing the last failure first; resolves to whether it succeeded (it never rejects). */
  run: (task: () => Promise<unknown>) => Promise<boolean>;
  clear: () => void;
}

/**
 * One place for the "saving / failure" state every submit handler of the console needs, instead of each component
 * writing the same two `useState`s and `try / catch / finally` (and forgetting to reset one of them):
 * `onSubmit={form.onSubmit((values) => submission.run(async () => { ... }))}`, then
 * `loading={submission.running}` and `<ErrorAlert error={submission.failure} />`.
 */
export function useSubmission(): Submission {
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  const run = useCallback(async (task: () => Promise<unknown>) => {
    setRunning(true);
    setFailure(undefined);
    try {
      await task();
      return true;
    } catch (error) {
      setFailure(error);
      return false;
    } finally {
      setRunning(false);
    }
  }, []);

  const clear = useCallback(() => setFailure(undefined), []);

  return { running, failure, run, clear };
}
