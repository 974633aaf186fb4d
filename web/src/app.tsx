import { useEffect, useState } from 'react';
import { storeSession, storedSession, whenSessionEnds, type Session } from './api.ts';
import { JustificationBar } from './components/justification-bar.tsx';
import { pagesFor } from './pages.ts';
import { SignIn } from './pages/sign-in.tsx';
import { href, navigate, useRoute } from './routing.ts';

const CONSULTING_ROLES = ['liaison_officer', 'analyst', 'supervisor', 'judicial_authority'];

/** The console: sign-in, then the pages the officer's roles open, with navigation by role. */
export function App() {
  const [session, setSession] = useState<Session | null>(storedSession);
  const route = useRoute();
  useEffect(() => whenSessionEnds(() => setSession(null)), []);
  if (!session) return <SignIn onSignedIn={setSession} />;

  const pages = pagesFor(session.officer.roles);
  const current = pages.find((p) => p.path === route[0]) ?? pages[0];
  if (!current) return <main id="main"><p>Your roles open no page of the console.</p></main>;
  const Page = current.component;
  // Roles that consult personal data work under a stated purpose and justification.
  const consults = session.officer.roles.some((r) => CONSULTING_ROLES.includes(r));
  const signOut = () => {
    storeSession(null);
    setSession(null);
    navigate('');
  };
  return (
    <div className="shell">
      <a className="skip" href="#main">Skip to content</a>
      <header className="top">
        <span className="brand">Liaison</span>
        {consults && <JustificationBar />}
        <span className="who" title={session.officer.roles.join(', ').replace(/_/g, ' ')}>
          {session.officer.displayName}
        </span>
        <button type="button" onClick={signOut}>Sign out</button>
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
        <Page route={route.slice(1)} officer={session.officer} />
      </main>
    </div>
  );
}

