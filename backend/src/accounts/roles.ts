export { ROLES, type Role } from '../platform/auth/roles';
export { LOCALES, type Locale } from '../platform/i18n/locales';

export const ORGANISATION_KINDS = ['association', 'household', 'company'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const MEMBER_ROLES = ['owner', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
