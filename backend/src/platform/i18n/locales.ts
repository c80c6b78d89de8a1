/** The languages of the product: Finnish first, then Swedish and English. */
export const LOCALES = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
