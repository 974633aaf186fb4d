import { useEffect, useState } from 'react';

/** A route segment decoded; as typed when it is not valid percent-encoding (a hand-edited address). */
function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The current hash route as path segments: `#/records/abc` → `['records', 'abc']`. */
function segments(): string[] {
  return window.location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decode);
}

/** The route segments, updated when the hash changes. */
export function useRoute(): string[] {
  const [route, setRoute] = useState(segments);
  useEffect(() => {
    const update = () => setRoute(segments());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

/** The hash link of a route. */
export function href(...parts: string[]): string {
  return `#/${parts.map(encodeURIComponent).join('/')}`;
}

/** Goes to a route. */
export function navigate(...parts: string[]): void {
  window.location.hash = href(...parts);
}
