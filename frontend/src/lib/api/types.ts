// Names for the API's shapes, derived from the generated paths so that they follow the backend's document.
import type { components, paths } from './schema';

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Ok<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: infer R;
}
  ? R extends { 200: infer O }
    ? JsonOf<O>
    : never
  : never;
type Schemas = components['schemas'];

export type Me = Ok<'/api/me', 'get'>;
export type Membership = Me['memberships'][number];
export type Role = Me['role'];
export type Locale = Me['locale'];
export type Gig = Ok<'/api/gigs', 'get'>['items'][number];
/** A code of the managed list of kinds of work (GET /api/gig-categories). */
export type GigCategory = Gig['category'];
/** The kinds of work a seeker may ask to hear about. */
export type MatchCategory = Schemas['MatchPreferencesDto']['categories'][number];
export type GigStatus = Gig['status'];
export type GigDetail = Ok<'/api/gigs/{gigId}', 'get'>;
export type MyGig = Ok<'/api/me/gigs', 'get'>[number];
export type BookingStatus = MyGig['bookingStatus'];
export type GigPerson = Ok<'/api/organisations/{orgId}/gigs/{gigId}/people', 'get'>[number];
export type MyCompletion = Ok<'/api/gigs/{gigId}/completion', 'get'>;
export type CompletionForm = Ok<'/api/organisations/{orgId}/gigs/{gigId}/completion', 'get'>;
export type GigMessage = Schemas['GigMessageDto'];
export type WorkHistory = Ok<'/api/me/work-history', 'get'>;
export type Reference = WorkHistory['items'][number];
export type Earnings = Ok<'/api/me/earnings', 'get'>;
export type Standing = Earnings['limits'][number];
export type LedgerEntry = Earnings['entries'][number];
export type Headroom = Ok<'/api/coordinator/earnings', 'get'>;
export type GigImpact = Ok<'/api/gigs/{gigId}/impact', 'get'>;
export type LimitRule = Ok<'/api/limit-rules', 'get'>[number];
export type WorkProfile = Ok<'/api/me/work-profile', 'get'>;
export type CompletionStatus = MyCompletion['status'];
export type Dispute = Ok<'/api/coordinator/completions', 'get'>[number];
export type CreateGig = Schemas['CreateGigDto'];
export type OrgGig = Schemas['OrgGigDto'];
export type GigCategoryItem = Schemas['GigCategoryDto'];
export type StatusChange = Schemas['StatusChangeDto'];
export type Overview = Ok<'/api/coordinator/overview', 'get'>;
export type OrganisationSummary = Ok<'/api/coordinator/organisations', 'get'>[number];
export type OrganisationKind = OrganisationSummary['kind'];
export type Coordinator = Ok<'/api/admin/coordinators', 'get'>[number];
export type DevMailSummary = Ok<'/api/dev/mail', 'get'>[number];
export type DevMail = Ok<'/api/dev/mail/{id}', 'get'>;

// The document describes these nullable date-time fields loosely (as an object or null); they are ISO strings.
export type FailedJob = Schemas['FailedJobDto'];
export type OpenErasure = Schemas['OpenErasureDto'];
export type Notification = Schemas['NotificationDto'];
export type NotificationKind = Notification['kind'];
export type NotificationPreference = Schemas['PreferenceViewDto'];
export type MailMode = NotificationPreference['mail'];
export type MyCard = Ok<'/api/me/card', 'get'>;
export type CardPage = Ok<'/api/organisations/{orgId}/cards', 'get'>;
export type HelpCard = CardPage['items'][number];
export type Weekday = HelpCard['weekdays'][number];

// The coordinators' console
export type Dashboard = Schemas['DashboardDto'];
export type SeekerRow = Schemas['SeekerRowDto'];
export type SeekerPage = Schemas['SeekerPageDto'];
export type PathStep = Schemas['PathNoteDto']['step'];
export type FunderReport = Schemas['FunderReportDto'];
export type WorkAbility = Schemas['WorkAbilityDto'];
