import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { APP_CONFIG, AppConfig } from '../config/config';

export const CSRF_HEADER = 'x-csrf-protection';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection for every state-changing request: a custom header that a cross-site page cannot send
 * without a CORS preflight (which this API never grants), and, when the browser names an origin, that
 * origin must be ours. See docs/decisions/002-sessions-and-csrf.md.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(ctx: ExecutionContext): boolean {
    if (ctx.getType() !== 'http') return true;
    const req = ctx.switchToHttp().getRequest<Request>();
    if (SAFE.has(req.method)) return true;
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== this.config.publicOrigin) {
      throw new ForbiddenException({ code: 'csrf', message: 'This request came from another site.' });
    }
    if (req.headers[CSRF_HEADER] !== '1') {
      throw new ForbiddenException({ code: 'csrf', message: `Missing the ${CSRF_HEADER} header.` });
    }
    return true;
  }
}
