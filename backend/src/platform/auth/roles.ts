/** Who a signed-in person is to the product; every route's access rule names some of these. */
export const ROLES = ['seeker', 'organisation', 'coordinator', 'admin'] as const;
export type Role = (typeof ROLES)[number];
