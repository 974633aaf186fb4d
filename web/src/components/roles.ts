/** The police roles: they search, follow up, issue alerts and draw graphs and maps. */
export const POLICE_ROLES: readonly string[] = ['liaison_officer', 'analyst', 'supervisor'];

/** The roles that consult personal data, and so work under a stated purpose and justification. */
export const CONSULTING_ROLES: readonly string[] = [...POLICE_ROLES, 'judicial_authority'];

/** Whether any of the officer's roles is among `allowed`. */
export function hasRole(roles: readonly string[], allowed: readonly string[]): boolean {
  return roles.some((r) => allowed.includes(r));
}

/** Whether the officer's roles allow deciding on partners' requests and issuing alerts (the node checks again). */
export function canDecide(roles: readonly string[]): boolean {
  return hasRole(roles, ['liaison_officer', 'supervisor']);
}

/** Whether the officer's roles allow reading the audit log (the data-protection officer's; the node checks again). */
export function canReadAudit(roles: readonly string[]): boolean {
  return roles.includes('data_protection_officer');
}
