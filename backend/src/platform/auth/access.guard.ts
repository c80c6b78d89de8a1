import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  Logger,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import {
  ACCESS_RULE,
  AccessRule,
  AuthUser,
  SESSION_COOKIE,
  SESSION_RESOLVER,
  SessionResolver,
} from './access';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function accessRuleOf(reflector: Reflector, ctx: ExecutionContext): AccessRule | undefined {
  return reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [ctx.getHandler(), ctx.getClass()]);
}

/**
 * Resolves the session of a request. A reading request may be answered from the session cache; after any
 * other the person's cached sessions go, so that what the request changed (a name, a password, a sign-out)
 * holds from their very next request.
 */
export async function resolveSession(
  sessions: SessionResolver,
  token: string,
  req: Pick<Request, 'method'>,
  res: Pick<Response, 'once'>,
): Promise<AuthUser | null> {
  const readOnly = req.method === 'GET' || req.method === 'HEAD';
  const user = await sessions.resolve(token, readOnly);
  if (user && !readOnly) res.once('close', () => sessions.changed(user.id));
  return user;
}

/** Deny by default: resolves the session cookie and applies the route's declared rule. */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    @Inject(SESSION_RESOLVER) private readonly sessions: SessionResolver,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType() !== 'http') return true;
    const req = ctx.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const rule = accessRuleOf(this.reflector, ctx);
    if (!rule) {
      this.logger.error(`route without an access rule refused: ${req.method} ${req.route?.path ?? ''}`);
      throw new ForbiddenException({ code: 'forbidden', message: 'This route declares no access rule.' });
    }
    const token = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const user = token
      ? await resolveSession(this.sessions, token, req, ctx.switchToHttp().getResponse())
      : null;
    if (user) req.user = user;
    if (rule.kind === 'public') return true;
    if (!user) throw new UnauthorizedException({ code: 'unauthenticated', message: 'Sign in first.' });
    if (rule.kind === 'signed-in') return true;
    if (user.pending) {
      throw new ForbiddenException({
        code: 'account_pending',
        message: 'Finish creating your account first: choose your name and what you use the service for.',
      });
    }
    switch (rule.kind) {
      case 'roles':
        if (rule.roles.includes(user.role)) return true;
        break;
      case 'org-member': {
        if (rule.orRoles.includes(user.role)) return true;
        const orgId = String(req.params[rule.param] ?? '');
        if (UUID.test(orgId) && (await this.sessions.isMember(user.id, orgId))) return true;
        break;
      }
    }
    throw new ForbiddenException({ code: 'forbidden', message: 'You do not have access to this.' });
  }
}
