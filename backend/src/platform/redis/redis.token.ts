/** The injection token of the shared quick Redis client (see redis.module.ts). */
export const REDIS = Symbol('REDIS');
