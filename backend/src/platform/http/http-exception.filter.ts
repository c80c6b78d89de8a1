// Every error leaves as JSON { statusCode, error, code, message, errors? }; unexpected ones become a 500
// whose details stay in the log (without request bodies, so no personal data there).
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import type { Response } from 'express';
import { BodyTooDeepError } from './body';

const CODE_BY_STATUS: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    let status = HttpStatus.INTERNAL_SERVER_ERROR;
    let body: Record<string, unknown> = { message: 'Something went wrong on our side. Please try again.' };

    if (exception instanceof ThrottlerException) {
      status = 429;
      body = { code: 'rate_limited', message: 'Too many tries. Wait a moment and try again.' };
    } else if (exception instanceof HttpException) {
      status = exception.getStatus();
      const r = exception.getResponse();
      body = typeof r === 'string' ? { message: r } : { ...(r as Record<string, unknown>) };
      if (Array.isArray(body.message)) body.message = body.message.join('; ');
      // Nest hands body-parser errors over as HttpExceptions caused by them.
      if (exception.cause instanceof BodyTooDeepError) body.code = 'too_deep';
    } else if (constraintProblem(exception)) {
      // The database's constraints are the last line of defence: a rule the code missed answers as a
      // conflict or bad input, and the log names the constraint (never the data).
      const p = constraintProblem(exception)!;
      status = p.status;
      body = { code: p.code, message: p.message };
      this.logger.warn(
        { constraint: p.constraint, sqlState: p.sqlState },
        'a database constraint refused a change',
      );
    } else if (isBodyParserError(exception)) {
      status = exception.status;
      body = {
        code: status === 413 ? 'too_large' : 'bad_request',
        message: 'The request body could not be read.',
      };
    } else {
      const e = exception as Error;
      this.logger.error({ err: { type: e?.name, message: e?.message, stack: e?.stack } }, 'unhandled error');
    }
    delete body.statusCode;
    delete body.error;
    res.status(status).json({
      statusCode: status,
      error: HttpStatus[status] ?? 'Error',
      code: (body.code as string | undefined) ?? CODE_BY_STATUS[status] ?? 'error',
      ...body,
    });
  }
}

function isBodyParserError(e: unknown): e is { status: number; type: string } {
  const x = e as { status?: unknown; type?: unknown };
  return typeof x?.status === 'number' && typeof x?.type === 'string' && x.status >= 400 && x.status < 500;
}

const CONSTRAINTS: Record<string, { status: number; code: string; message: string }> = {
  '23505': { status: 409, code: 'conflict', message: 'This exists already.' },
  '23P01': { status: 409, code: 'overlap', message: 'This overlaps with something that exists already.' },
  '23503': {
    status: 409,
    code: 'conflict',
    message: 'Something this refers to has changed. Reload and try again.',
  },
  '23514': { status: 400, code: 'invalid', message: 'A value is not allowed.' },
  '23502': { status: 400, code: 'invalid', message: 'A required value is missing.' },
  '22001': { status: 400, code: 'too_long', message: 'A value is too long.' },
  '22003': { status: 400, code: 'invalid', message: 'A number is out of range.' },
  '22P02': { status: 400, code: 'invalid', message: 'A value has the wrong form.' },
  '22021': { status: 400, code: 'invalid', message: 'A value has characters that are not allowed.' },
  '40001': {
    status: 409,
    code: 'retry',
    message: 'Someone else changed this at the same moment. Please try again.',
  },
  '40P01': {
    status: 409,
    code: 'retry',
    message: 'Someone else changed this at the same moment. Please try again.',
  },
};

function constraintProblem(
  e: unknown,
): { status: number; code: string; message: string; constraint?: string; sqlState: string } | null {
  const x = e as {
    code?: unknown;
    constraint?: unknown;
    driverError?: { code?: unknown; constraint?: unknown };
  };
  const sqlState =
    typeof x?.driverError?.code === 'string' ? x.driverError.code : typeof x?.code === 'string' ? x.code : '';
  const known = CONSTRAINTS[sqlState];
  if (!known) return null;
  const constraint = x.driverError?.constraint ?? x.constraint;
  return { ...known, sqlState, constraint: typeof constraint === 'string' ? constraint : undefined };
}
