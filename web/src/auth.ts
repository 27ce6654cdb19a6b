// Login with the council's Keycloak: authorization code + PKCE (S256), tokens kept in memory only,
// refreshed before they expire; never the password grant in the browser.
import Keycloak from 'keycloak-js';

export const ROLES = ['planner', 'author', 'reviewer', 'moderator', 'leadership', 'action-owner', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const keycloak = new Keycloak({
  url: import.meta.env.VITE_KEYCLOAK_URL ?? 'http://localhost:8180',
  realm: import.meta.env.VITE_KEYCLOAK_REALM ?? 'bestvalue',
  clientId: import.meta.env.VITE_KEYCLOAK_CLIENT ?? 'bv-spa',
});

let ready: Promise<boolean> | null = null;

/** Reads a login that just came back from Keycloak; does not send anyone to the login page. */
export function initAuth(): Promise<boolean> {
  ready ??= keycloak
    .init({ pkceMethod: 'S256', checkLoginIframe: false, responseMode: 'fragment', enableLogging: false })
    .then((authenticated) => {
      keycloak.onTokenExpired = () => {
        keycloak.updateToken(30).catch(() => login());
      };
      return authenticated;
    });
  return ready;
}

export function authenticated(): boolean {
  return !!keycloak.authenticated;
}

export function login(path: string = location.pathname + location.search): Promise<void> {
  return keycloak.login({ redirectUri: location.origin + path });
}

export function logout(): Promise<void> {
  return keycloak.logout({ redirectUri: location.origin + '/' });
}

/** A token valid for at least 30 more seconds (refreshed when it is not). */
export async function accessToken(): Promise<string> {
  await keycloak.updateToken(30);
  if (!keycloak.token) throw new Error('not logged in');
  return keycloak.token;
}

export interface CurrentUser {
  id: string;
  username: string;
  name: string;
  council: string;
  roles: Role[];
}

export function currentUser(): CurrentUser | null {
  const t = keycloak.tokenParsed as
    | (Record<string, unknown> & { realm_access?: { roles?: string[] } })
    | undefined;
  if (!t) return null;
  const roles = (t.realm_access?.roles ?? []).filter((r): r is Role => (ROLES as readonly string[]).includes(r));
  return {
    id: String(t.sub ?? ''),
    username: String(t.preferred_username ?? ''),
    name: String(t.name ?? t.preferred_username ?? ''),
    council: String(t.council ?? ''),
    roles,
  };
}

export function hasAnyRole(roles: readonly Role[]): boolean {
  const user = currentUser();
  return !!user && user.roles.some((r) => roles.includes(r));
}
