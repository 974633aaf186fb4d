import { useCallback, useEffect, useRef, useState } from 'react';

/** What `useLoad` gives a page: the value, the error, whether it is loading, and a reload. */
export interface Loaded<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads data for a page, again whenever `deps` change or `reload` is called.
 * Only the latest load's outcome is kept (a slower earlier one is dropped), and
 * when `deps` change the previous value is cleared at once, so that a quick
 * navigation never shows one record's data under another's heading.
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const run = useCallback(load, deps);
  const lastRun = useRef(run);
  useEffect(() => {
    let live = true;
    if (lastRun.current !== run) {
      lastRun.current = run;
      setData(null);
    }
    setLoading(true);
    setError(null);
    Promise.resolve()
      .then(run)
      .then((value) => live && setData(value))
      .catch((e: unknown) => live && setError(e))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [run, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload };
}
