// Who may call a route. Every route declares one rule; a route without one is refused (deny by default),
// and a test walks the whole route table and fails on any route that has none.
import { SetMetadata, applyDecorators, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiCookieAuth } from '@nestjs/swagger';
import type { Role } from './roles';
import type { Locale } from '../i18n/locales';

export const ACCESS_RULE = 'hh:access-rule';

export type AccessRule =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'roles'; roles: Role[] }
  /** A member of the organisation named by the route parameter, or one of the listed roles. */
  | { kind: 'org-member'; param: string; orRoles: Role[] };

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/** Any signed-in person. */
export const SignedIn = () =>
  applyDecorators(
    SetMetadata(ACCESS_RULE, { kind: 'signed-in' } satisfies AccessRule),
    ApiCookieAuth('session'),
  );

/** Signed-in people with one of these roles. */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ACCESS_RULE, { kind: 'roles', roles } satisfies AccessRule),
    ApiCookieAuth('session'),
  );

/** Members of the organisation in route parameter `param`, and people with one of `orRoles`. */
export const OrgMember = (param: string, ...orRoles: Role[]) =>
  applyDecorators(
    SetMetadata(ACCESS_RULE, { kind: 'org-member', param, orRoles } satisfies AccessRule),
    ApiCookieAuth('session'),
  );

/** The person a request is made by, as the access guard resolved it. */
export interface AuthUser {
  id: string;
  /** Null for people registered in person without an address. */
  email: string | null;
  name: string;
  role: Role;
  locale: Locale;
  sessionId: string;
  /** Signed in by a sign-up link but not yet chosen a name and role: only signed-in routes answer. */
  pending: boolean;
}

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  const req = ctx.switchToHttp().getRequest<{ user?: AuthUser }>();
  return req.user!;
});

/** What the guard needs from the accounts feature. */
export interface SessionResolver {
  /**
   * The person behind a session token. `readOnly` (a GET or HEAD) lets the answer come from a cache that
   * follows every change; otherwise the caller calls `changed` with the person's id once it has answered.
   */
  resolve(token: string, readOnly: boolean): Promise<AuthUser | null>;
  changed(userId: string): void;
  isMember(userId: string, organisationId: string): Promise<boolean>;
}
export const SESSION_RESOLVER = Symbol('SESSION_RESOLVER');

export const SESSION_COOKIE = 'hh_session';
