import { SetMetadata } from '@nestjs/common';

export const AUTH_RATE_LIMITED = 'hh:auth-rate-limited';

/** Counts the route against the stricter sign-in limit (RATE_LIMIT_AUTH per 15 minutes per client). */
export const AuthRateLimited = () => SetMetadata(AUTH_RATE_LIMITED, true);
