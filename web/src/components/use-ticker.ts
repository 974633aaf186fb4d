import { useEffect, useRef, useState } from 'react';

/** The current time, renewed every `ms` milliseconds, so countdowns stay live. */
export function useNow(ms = 15_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), ms);
    return () => window.clearInterval(timer);
  }, [ms]);
  return now;
}

/**
 * Calls `refresh` every `ms` milliseconds while the page is shown (30 s by
 * default). Components keep their state across refreshes, so form input is not lost.
 */
export function useAutoRefresh(refresh: () => void, ms = 30_000): void {
  const latest = useRef(refresh);
  useEffect(() => {
    latest.current = refresh;
  });
  useEffect(() => {
    const timer = window.setInterval(() => latest.current(), ms);
    return () => window.clearInterval(timer);
  }, [ms]);
}
