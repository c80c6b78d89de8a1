// The choices of the gig form, shared by the form's reader (server) and the form component (page).
export const TIME_KINDS = ['fixed', 'window'] as const;
export const PAY_KINDS = ['per_gig', 'per_hour'] as const;
export const SELECTIONS = ['first_come', 'choose'] as const;
export const LOADS = ['light', 'moderate', 'heavy'] as const;
export const SETTINGS = ['outdoors', 'indoors', 'both'] as const;
/** Languages offered as checkboxes: the national ones and the most spoken others in Finland. */
export const LANGUAGES = ['fi', 'sv', 'en', 'ru', 'et', 'ar', 'so', 'uk', 'fa'] as const;
export const WITHDRAW_HOURS = ['2', '6', '12', '24', '48', '72'] as const;
export const ATTENDANCE_HOURS = ['0', '6', '12', '24'] as const;
