// The frontend server's settings, read from the environment at run time.
import { env } from '$env/dynamic/private';

export const apiUrl = (): string => env.API_URL || 'http://127.0.0.1:3001';

/** The development mailbox and its links exist only outside production. */
export const isProduction = (): boolean => env.NODE_ENV === 'production';
