export const ROLES = ['seeker', 'organisation', 'coordinator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const ORGANISATION_KINDS = ['association', 'household', 'company'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const MEMBER_ROLES = ['owner', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
