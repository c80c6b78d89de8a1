import { toProblem } from '$lib/api/errors';
import { m } from '$lib/paraglide/messages';
import { field } from '$lib/server/forms';
import { requireMember } from '$lib/server/guards';
import { apiFailure, invalid, unwrap } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

const AREA = /^\d{2,5}$/;
const CATEGORY = /^[a-z][a-z0-9_]{1,30}$/;
const CURSOR = /^[A-Za-z0-9_-]{1,120}$/;

export const load: PageServerLoad = async ({ locals, url, params, parent }) => {
  await parent(); // the group's guard first
  const membership = requireMember(locals, url, params.orgId);
  const area = url.searchParams.get('area')?.trim() ?? '';
  const category = url.searchParams.get('category') ?? '';
  const after = url.searchParams.get('after') ?? '';
  const filterErrors: Record<string, string> = {};
  if (area && !AREA.test(area)) filterErrors.area = m.error_area();
  const query = {
    area: area && !filterErrors.area ? area : undefined,
    category: CATEGORY.test(category) ? category : undefined,
    after: CURSOR.test(after) ? after : undefined,
  };
  const [cards, gigs, categories] = await Promise.all([
    locals.api.GET('/api/organisations/{orgId}/cards', { params: { path: { orgId: params.orgId }, query } }),
    locals.api.GET('/api/organisations/{orgId}/gigs', { params: { path: { orgId: params.orgId } } }),
    locals.api.GET('/api/gig-categories'),
  ]);
  const base = {
    orgId: params.orgId,
    organisationName: membership.organisationName,
    filter: { area, category: query.category ?? '' },
    filterErrors,
    paged: !!query.after,
    categories: (categories.data ?? []).filter((c) => c.active),
  };
  if (!cards.response.ok && toProblem(cards.response.status, cards.error).code === 'organisation_unverified')
    return { ...base, unverified: true, cards: [], next: null, gigs: [] };
  const page = unwrap(cards, url);
  const now = Date.now();
  const all = unwrap(gigs, url);
  return {
    ...base,
    unverified: false,
    cards: page.items,
    next: page.next,
    // What an invitation can be for: published gigs still ahead with places left, soonest first.
    gigs: all
      .filter((g) => g.status === 'published' && g.placesLeft > 0 && Date.parse(g.startsAt) > now)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
    // The titles of every gig of the organisation, for "invited to".
    titles: Object.fromEntries(all.map((g) => [g.id, g.title])),
  };
};

export const actions: Actions = {
  invite: async ({ locals, url, params, request }) => {
    requireMember(locals, url, params.orgId);
    const data = await request.formData();
    const cardId = field(data, 'cardId');
    const gigId = field(data, 'gigId');
    const name = field(data, 'name');
    const values = { gigId };
    if (!/^[0-9a-f-]{36}$/i.test(cardId))
      return invalid({ form: cardId, values, errors: { _form: m.error_not_found() } });
    if (!gigId) return invalid({ form: cardId, values, errors: { gigId: m.error_required_choice() } });
    const result = await locals.api.POST('/api/organisations/{orgId}/cards/{cardId}/invitations', {
      params: { path: { orgId: params.orgId, cardId } },
      body: { gigId },
    });
    if (!result.response.ok) return apiFailure(result, { form: cardId, values }, ['gigId']);
    return { form: cardId, invited: { name, created: result.data?.created ?? false } };
  },
};
