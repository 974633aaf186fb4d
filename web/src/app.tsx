import { useEffect, useRef, useState } from 'react';
import { signOut, storedSession, whenSessionEnds, type Session } from './api.ts';
import { JustificationBar } from './components/justification-bar.tsx';
import { words } from './components/format.ts';
import { CONSULTING_ROLES, hasRole } from './components/roles.ts';
import { pagesFor } from './pages.ts';
import { SignIn } from './pages/sign-in.tsx';
import { href, navigate, useRoute } from './routing.ts';

/** The console: sign-in, then the pages the officer's roles open, with navigation by role. */
export function App() {
  const [session, setSession] = useState<Session | null>(storedSession);
  const [signOutError, setSignOutError] = useState<unknown>(null);
  const route = useRoute();
  useEffect(() => whenSessionEnds(() => setSession(null)), []);
  // After a navigation, keyboard and screen-reader users continue at the new page's content.
  const routeKey = route.join('/');
  const shownRoute = useRef(routeKey);
  useEffect(() => {
    if (shownRoute.current === routeKey) return;
    shownRoute.current = routeKey;
    document.getElementById('main')?.focus();
  }, [routeKey]);
  if (!session) {
    const signedIn = (next: Session) => {
      setSignOutError(null);
      setSession(next);
    };
    return <SignIn onSignedIn={signedIn} signOutError={signOutError} />;
  }

  const pages = pagesFor(session.officer.roles);
  const current = pages.find((p) => p.path === route[0]) ?? pages[0];
  // Roles that consult personal data work under a stated purpose and justification.
  const consults = hasRole(session.officer.roles, CONSULTING_ROLES);
  const leave = async () => {
    try {
      await signOut();
    } catch (error) {
      setSignOutError(error);
    } finally {
      setSession(null);
      navigate('');
    }
  };
  return (
    <div className="shell">
      {/* The hash holds the route: following `#main` would leave the page, so the link moves the focus instead. */}
      <a className="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>Skip to content</a>
      <header className="top">
        <span className="brand">Liaison</span>
        {consults && <JustificationBar />}
        <span className="who" title={words(session.officer.roles.join(', '))}>
          {session.officer.displayName}
        </span>
        <button type="button" onClick={() => void leave()}>Sign out</button>
      </header>
      <nav aria-label="Pages" className="side">
        <ul>
          {pages.map((p) => (
            <li key={p.path}>
              <a href={href(p.path)} aria-current={p === current ? 'page' : undefined}>{p.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        {current ? (
          <current.component route={route.slice(1)} officer={session.officer} />
        ) : (
          <>
            <h1>Liaison</h1>
            <p>Your roles open no page of the console.</p>
          </>
        )}
      </main>
    </div>
  );
}

