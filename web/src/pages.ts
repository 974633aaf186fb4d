import type { ComponentType } from 'react';
import type { Officer } from './api.ts';
import { hasRole, POLICE_ROLES } from './components/roles.ts';
import { AlertsPage } from './pages/alerts.tsx';
import { AuditPage } from './pages/audit.tsx';
import { FollowUpsPage } from './pages/follow-ups.tsx';
import { GraphPage } from './pages/graph.tsx';
import { JudicialPage } from './pages/judicial.tsx';
import { MapPage } from './pages/map.tsx';
import { NetworkPage } from './pages/network.tsx';
import { RecordsPage } from './pages/records.tsx';
import { SearchPage } from './pages/search.tsx';

/** What every page is given: the rest of its route (e.g. a record id) and the signed-in officer. */
export interface PageProps {
  route: string[];
  officer: Officer;
}

/** A page of the console and the roles it is for (the node checks every call again). */
export interface PageEntry {
  path: string;
  title: string;
  roles: readonly string[];
  component: ComponentType<PageProps>;
}

/** Every page, in the order of the navigation. */
export const PAGES: readonly PageEntry[] = [
  { path: 'search', title: 'Search', roles: POLICE_ROLES, component: SearchPage },
  { path: 'follow-ups', title: 'Hits and follow-ups', roles: POLICE_ROLES, component: FollowUpsPage },
  { path: 'alerts', title: 'Alerts', roles: POLICE_ROLES, component: AlertsPage },
  { path: 'records', title: 'Records', roles: [...POLICE_ROLES, 'judicial_authority'], component: RecordsPage },
  { path: 'graph', title: 'Link graph', roles: POLICE_ROLES, component: GraphPage },
  { path: 'map', title: 'Map', roles: POLICE_ROLES, component: MapPage },
  { path: 'judicial', title: 'Judicial', roles: ['judicial_authority', 'liaison_officer', 'supervisor'], component: JudicialPage },
  { path: 'network', title: 'Network', roles: ['administrator', 'supervisor', 'liaison_officer'], component: NetworkPage },
  { path: 'audit', title: 'Audit', roles: ['data_protection_officer'], component: AuditPage },
];

/** The pages an officer with these roles sees. */
export function pagesFor(roles: readonly string[]): PageEntry[] {
  return PAGES.filter((p) => hasRole(roles, p.roles));
}
