import { z } from 'zod';

/** The roles an officer can hold. */
export const ROLES = [
  'liaison_officer',
  'analyst',
  'supervisor',
  'judicial_authority',
  'data_protection_officer',
  'administrator',
] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** What a route or command may need to be allowed to do. */
export type Permission =
  | 'records:read'
  | 'records:write'
  | 'records:erase'
  | 'records:import'
  | 'retention:review'
  | 'audit:read'
  | 'officers:manage'
  | 'node:read'
  | 'peers:manage'
  | 'agreements:manage'
  | 'exchange:query'
  | 'exchange:decide'
  | 'alerts:issue'
  | 'judicial:read'
  | 'judicial:act';

/**
 * Which role may do what: the one place that decides it. Administrators run the
 * node but do not read personal data (nor the audit log, which holds search
 * criteria); the data-protection officer reads the audit log and decides
 * erasures but does not work cases.
 */
const GRANTS: Record<Role, readonly Permission[]> = {
  liaison_officer: ['records:read', 'records:write', 'node:read', 'exchange:query', 'exchange:decide', 'alerts:issue', 'judicial:read'],
  analyst: ['records:read', 'records:write', 'node:read', 'exchange:query'],
  supervisor: ['records:read', 'records:write', 'records:erase', 'records:import', 'retention:review', 'node:read', 'exchange:query', 'exchange:decide', 'agreements:manage', 'alerts:issue', 'judicial:read'],
  judicial_authority: ['records:read', 'node:read', 'judicial:read', 'judicial:act'],
  data_protection_officer: ['records:erase', 'retention:review', 'audit:read', 'node:read'],
  administrator: ['officers:manage', 'records:import', 'node:read', 'peers:manage', 'agreements:manage'],
};

/** True when any of `roles` grants `permission`. */
export function allows(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => GRANTS[role].includes(permission));
}
