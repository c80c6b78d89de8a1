// The demo a newcomer sees on first start: one admin, one coordinator, two associations and a household with
// a member each, ten job seekers (three with a visible "I can help with" card), a dozen gigs in the coming days and
// two done ones. Never loaded in production.
import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../accounts/password';
import { CandidateQueries } from '../matching/candidates.queries';
import type { GigCategory } from '../gigs/gig.entity';
import { addDays, helsinkiDay, helsinkiTime } from '../platform/core/helsinki';
import { DEFAULT_LIMITS } from '../earnings/earnings.service';
import { recountTotalsSql } from '../earnings/limit-periods.sql';

export const DEMO_PASSWORD = 'demo-salasana-2026';
const DOMAIN = 'demo.hanttihommat.fi';

export const DEMO_SIGN_INS = [
  { email: `admin@${DOMAIN}`, what: 'admin' },
  { email: `koordinaattori@${DOMAIN}`, what: 'coordinator' },
  { email: `yhdistys1@${DOMAIN}`, what: 'organisation member (Porin Lähiöyhdistys ry)' },
  { email: `yhdistys2@${DOMAIN}`, what: 'organisation member (Karhuseudun Kisailijat ry)' },
  { email: `kotitalous@${DOMAIN}`, what: 'household (Virtasen kotitalous)' },
  { email: `hakija1@${DOMAIN}`, what: 'job seeker (hakija1 … hakija10)' },
];

const SEEKERS: [string, 'fi' | 'sv' | 'en'][] = [
  ['Aino Laaksonen', 'fi'],
  ['Mikko Heinonen', 'fi'],
  ['Fatima Ali', 'en'],
  ['Jonas Lindqvist', 'sv'],
  ['Sanna Koskinen', 'fi'],
  ['Oleksandr Melnyk', 'en'],
  ['Veera Salonen', 'fi'],
  ['Ahmed Hassan', 'fi'],
  ['Emilia Nyström', 'sv'],
  ['Jari Mäkelä', 'fi'],
];

const POSTAL_CODES: Record<string, string> = {
  'Pori, Väinölä': '28400',
  'Pori, keskusta': '28100',
  Ulvila: '28400',
  'Pori, Itätulli': '28130',
  'Pori, Herttuan kartano': '28430',
};

/** Rough middle points of the demo's districts (WGS84), so that gigs can say how far they are. */
const POINTS: Record<string, [number, number]> = {
  'Pori, Väinölä': [61.472, 21.853],
  'Pori, keskusta': [61.485, 21.797],
  Ulvila: [61.43, 22.006],
  'Pori, Itätulli': [61.488, 21.822],
  'Pori, Herttuan kartano': [61.496, 21.842],
};

const GIGS: {
  org: number;
  title: string;
  description: string;
  category: GigCategory;
  district: string;
  /** Extra terms: most demo gigs keep the defaults (per gig pay, first to accept, light work outdoors). */
  terms?: Partial<{
    payKind: 'per_gig' | 'per_hour';
    selection: 'first_come' | 'choose';
    physicalLoad: 'light' | 'moderate' | 'heavy';
    setting: 'indoors' | 'outdoors' | 'both';
    languages: string[];
    skills: string[];
    supported: boolean;
    supportPerson: string;
    supportNotes: string;
  }>;
  day: number;
  hour: number;
  hours: number;
  payCents: number;
  places: number;
}[] = [
  {
    org: 0,
    title: 'Pihatalkoot lähiötalon pihalla',
    terms: {
      supported: true,
      supportPerson: 'Pirjo Ohjaaja',
      supportNotes: 'Ensin haravointi, sitten kahvitauko, lopuksi kantaminen. Taukoja saa pitää.',
      skills: ['haravointi'],
    },
    description: 'Haravointia ja lehtien kantamista. Työkalut ja kahvit löytyvät paikan päältä.',
    category: 'yard',
    district: 'Pori, Väinölä',
    day: 1,
    hour: 10,
    hours: 3,
    payCents: 4500,
    places: 3,
  },
  {
    org: 0,
    title: 'Joulumyyjäisten pöytien kantaminen',
    terms: { physicalLoad: 'heavy', setting: 'indoors' },
    description: 'Kannetaan pöydät ja tuolit saliin ja takaisin. Vaatii jonkin verran nostamista.',
    category: 'moving',
    district: 'Pori, keskusta',
    day: 2,
    hour: 9,
    hours: 2,
    payCents: 3000,
    places: 2,
  },
  {
    org: 0,
    title: 'Myyjäisten järjestyksenvalvonta ja opastus',
    terms: { selection: 'choose', setting: 'indoors', languages: ['fi', 'en'] },
    description: 'Opastetaan kävijöitä ja pidetään käytävät vapaina. Ei vaadi aiempaa kokemusta.',
    category: 'events',
    district: 'Pori, keskusta',
    day: 3,
    hour: 11,
    hours: 4,
    payCents: 6000,
    places: 2,
  },
  {
    org: 0,
    title: 'Lumityöt kerhotalon edessä',
    terms: { payKind: 'per_hour', physicalLoad: 'moderate' },
    description: 'Lumen luontia ja hiekoitusta. Lapio ja hiekka on valmiina.',
    category: 'snow',
    district: 'Pori, Väinölä',
    day: 4,
    hour: 8,
    hours: 2,
    payCents: 1500,
    places: 1,
  },
  {
    org: 1,
    title: 'Kisakahvion apulainen',
    description: 'Kahvin keittoa, myyntiä ja tiskausta junioriturnauksessa.',
    category: 'events',
    district: 'Ulvila',
    day: 2,
    hour: 12,
    hours: 5,
    payCents: 7500,
    places: 2,
  },
  {
    org: 1,
    title: 'Varastosiivous',
    description: 'Järjestetään seuran varasto ja viedään vanhat tavarat kierrätykseen.',
    category: 'cleaning',
    district: 'Ulvila',
    day: 5,
    hour: 10,
    hours: 3,
    payCents: 6000,
    places: 2,
  },
  {
    org: 1,
    title: 'Tietokoneiden päivitys seuran toimistolla',
    terms: { setting: 'indoors', skills: ['tietokoneet'], languages: ['fi'] },
    description: 'Kahden koneen päivitykset ja tulostimen asennus. Perustaidot riittävät.',
    category: 'it',
    district: 'Ulvila',
    day: 6,
    hour: 13,
    hours: 2,
    payCents: 4000,
    places: 1,
  },
  {
    org: 1,
    title: 'Kirjeiden vienti postiin ja kauppa-asiat',
    description:
      'Viedään jäsenkirjeet postiin ja haetaan tarvikkeet kaupasta. Matkat bussilla, liput korvataan.',
    category: 'errands',
    district: 'Pori, keskusta',
    day: 7,
    hour: 10,
    hours: 2,
    payCents: 2500,
    places: 1,
  },
  {
    org: 2,
    title: 'Muuttoapu kerrostalossa',
    terms: { physicalLoad: 'heavy', setting: 'both' },
    description: 'Kannetaan laatikoita ja muutama huonekalu toiseen kerrokseen. Hissi on käytössä.',
    category: 'moving',
    district: 'Pori, Itätulli',
    day: 3,
    hour: 16,
    hours: 3,
    payCents: 5000,
    places: 2,
  },
  {
    org: 2,
    title: 'Ikkunoiden pesu',
    description: 'Kolmion ikkunat sisältä ja ulkoa. Välineet löytyvät.',
    category: 'cleaning',
    district: 'Pori, Itätulli',
    day: 8,
    hour: 10,
    hours: 3,
    payCents: 4500,
    places: 1,
  },
  {
    org: 2,
    title: 'Pihan lumityöt',
    description: 'Omakotitalon pihan ja katon lumityöt. Katolle ei tarvitse nousta.',
    category: 'snow',
    district: 'Pori, Herttuan kartano',
    day: 9,
    hour: 9,
    hours: 2,
    payCents: 3500,
    places: 1,
  },
  {
    org: 0,
    title: 'Kauppa-apu ikäihmiselle',
    description: 'Kaupassa käynti ja ostosten kantaminen sisään. Sopii hyvin ensimmäiseksi keikaksi.',
    category: 'errands',
    district: 'Pori, Väinölä',
    day: 10,
    hour: 14,
    hours: 1,
    payCents: 1500,
    places: 1,
  },
];

/** Loads the demo once; returns false when it was already loaded. */
export async function seedDemo(db: DataSource): Promise<boolean> {
  const hash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (m) => {
    const first: unknown[] = await m.query(
      `INSERT INTO seed_runs (name) VALUES ('demo') ON CONFLICT DO NOTHING RETURNING name`,
    );
    if (!first.length) return false;
    const user = async (email: string, name: string, role: string, locale = 'fi'): Promise<string> => {
      const rows: { id: string }[] = await m.query(
        `INSERT INTO users (email, name, role, locale, password_hash, is_demo) VALUES ($1, $2, $3, $4, $5, true)
         ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
        [email, name, role, locale, hash],
      );
      return rows[0].id;
    };
    await user(`admin@${DOMAIN}`, 'Anna Ylläpitäjä', 'admin');
    await user(`koordinaattori@${DOMAIN}`, 'Kaisa Koordinaattori', 'coordinator');
    const orgs: [string, string, string, string][] = [
      ['Porin Lähiöyhdistys ry', 'association', `yhdistys1@${DOMAIN}`, 'Pekka Puheenjohtaja'],
      ['Karhuseudun Kisailijat ry', 'association', `yhdistys2@${DOMAIN}`, 'Liisa Lajivastaava'],
      ['Virtasen kotitalous', 'household', `kotitalous@${DOMAIN}`, 'Helena Virtanen'],
    ];
    const orgIds: string[] = [];
    for (const [name, kind, email, person] of orgs) {
      const [org]: { id: string }[] = await m.query(
        `INSERT INTO organisations (name, kind, verified_at) VALUES ($1, $2, now()) RETURNING id`,
        [name, kind],
      );
      const uid = await user(email, person, 'organisation');
      await m.query(
        `INSERT INTO organisation_members (organisation_id, user_id, role) VALUES ($1, $2, 'owner') ON CONFLICT DO NOTHING`,
        [org.id, uid],
      );
      orgIds.push(org.id);
    }
    const seekerIds: string[] = [];
    for (const [i, [name, locale]] of SEEKERS.entries()) {
      seekerIds.push(await user(`hakija${i + 1}@${DOMAIN}`, name, 'seeker', locale));
    }
    // Fatima (hakija3) has told what work she wants: yard work, carrying and events around Väinölä, at most
    // 15 km from home, so "For you" has reasons (and distances) to show when such a gig is posted.
    await m.query(
      `INSERT INTO match_preferences (user_id, categories, postal_codes, travel, languages, home_latitude,
         home_longitude, max_km)
       VALUES ($1, '{yard,moving,events}', '{28400}', 'nearby', '{fi,en}', 61.47, 21.86, 15)
       ON CONFLICT (user_id) DO NOTHING`,
      [seekerIds[2]],
    );
    await seedPastGigs(m, orgIds, seekerIds);
    await seedCards(m, seekerIds);
    for (const g of GIGS) {
      const starts = helsinkiTime(addDays(helsinkiDay(new Date()), g.day), g.hour, 0);
      const ends = new Date(starts.getTime() + g.hours * 3_600_000);
      const t = g.terms ?? {};
      const [gig] = await m.query(
        `INSERT INTO gigs (organisation_id, title, description, category, district, postal_code, street_address,
           starts_at, ends_at, estimated_minutes, pay_kind, pay_cents, places, selection, physical_load, setting,
           languages, skills, tools_provided, contact_name, contact_phone, supported, support_person, support_notes,
           latitude, longitude, status, published_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, true, $19, $20,
           $21, $22, $23, $24, $25, 'published', now())
         RETURNING id`,
        [
          orgIds[g.org],
          g.title,
          g.description,
          g.category,
          g.district,
          POSTAL_CODES[g.district] ?? null,
          'Yhdistyksentie 1',
          starts,
          ends,
          Math.round(g.hours * 60),
          t.payKind ?? 'per_gig',
          g.payCents,
          g.places,
          t.selection ?? 'first_come',
          t.physicalLoad ?? 'light',
          t.setting ?? 'outdoors',
          t.languages ?? ['fi'],
          t.skills ?? [],
          'Pirjo Yhteyshenkilö',
          '040 123 4567',
          t.supported ?? false,
          t.supportPerson ?? '',
          t.supportNotes ?? '',
          POINTS[g.district]?.[0] ?? null,
          POINTS[g.district]?.[1] ?? null,
        ],
      );
      await m.query(
        `INSERT INTO gig_status_changes (gig_id, from_status, to_status, action) VALUES ($1, NULL, 'published', 'create')`,
        [gig.id],
      );
    }
    // Fatima's "For you": the demo's gigs that matching's own filters find for her, with their reasons.
    const candidates = new CandidateQueries();
    for (const { id } of await m.query(`SELECT id FROM gigs WHERE status = 'published' ORDER BY starts_at`)) {
      const [fit] = await candidates.candidates(m, id, 1, seekerIds[2]);
      if (fit)
        await m.query(`INSERT INTO matches (gig_id, seeker_id, wave, reasons) VALUES ($1, $2, 1, $3)`, [
          id,
          fit.seekerId,
          fit.reasons,
        ]);
    }
    return true;
  });
}

/** Three seekers' visible "I can help with" cards, for organisations to find and invite. */
const CARDS: {
  seeker: number;
  text: string;
  categories: GigCategory[];
  postalCodes: string[];
  district: string;
  weekdays: string[];
  times: string;
}[] = [
  {
    seeker: 1,
    text: 'Haravoin, lapioin lunta ja kannan tavaraa. Minulla on ajokortti ja pakettiauto käytössä viikonloppuisin.',
    categories: ['yard', 'snow', 'moving'],
    postalCodes: ['28100', '28130'],
    district: 'Keskusta, Itätulli',
    weekdays: ['fri', 'sat', 'sun'],
    times: 'Perjantaisin iltapäivällä ja viikonloppuisin',
  },
  {
    seeker: 4,
    text: 'Autan siivouksessa ja tapahtumissa: kahvinkeitto, järjestely, lipunmyynti. Puhun suomea ja ruotsia.',
    categories: ['cleaning', 'events'],
    postalCodes: ['28400'],
    district: 'Väinölä, Ulvila',
    weekdays: ['mon', 'tue', 'wed'],
    times: 'Arkisin aamupäivisin',
  },
  {
    seeker: 7,
    text: 'Autan tietokoneen ja puhelimen kanssa sekä asioinnissa ja kaupassa käymisessä. Kärsivällinen opastaja.',
    categories: ['it', 'errands'],
    postalCodes: [],
    district: 'Koko Pori',
    weekdays: [],
    times: 'Sovitaan erikseen',
  },
];

async function seedCards(m: EntityManager, seekerIds: string[]): Promise<void> {
  for (const [i, c] of CARDS.entries()) {
    await m.query(
      `INSERT INTO help_cards (seeker_id, text, categories, postal_codes, district, weekdays, times, visible,
         published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, true, now() - make_interval(hours => $8))`,
      [seekerIds[c.seeker], c.text, c.categories, c.postalCodes, c.district, c.weekdays, c.times, i + 1],
    );
  }
}

/**
 * Gigs that have already been done, so that the demo shows what comes after: yesterday's yard work whose
 * two people the association has still to report, a flea-market clear-up three days ago whose pay
 * Aino (hakija1) has still to confirm, and a move that took Jari (hakija10) to 260 € of the 300 € cap.
 */
async function seedPastGigs(m: EntityManager, orgIds: string[], seekerIds: string[]): Promise<void> {
  const today = helsinkiDay(new Date());
  const past = async (org: string, title: string, description: string, daysAgo: number, hours: number) => {
    const starts = helsinkiTime(addDays(today, -daysAgo), 10, 0);
    const ends = new Date(starts.getTime() + hours * 3_600_000);
    const [gig]: { id: string }[] = await m.query(
      `INSERT INTO gigs (organisation_id, title, description, category, district, postal_code, street_address,
         starts_at, ends_at, estimated_minutes, pay_kind, pay_cents, places, selection, physical_load, setting,
         languages, skills, tools_provided, contact_name, contact_phone, status, published_at, created_at)
       VALUES ($1, $2, $3, 'yard', 'Pori, Väinölä', '28400', 'Yhdistyksentie 1', $4, $5, $6, 'per_gig', 4500, 2,
         'first_come', 'moderate', 'outdoors', '{fi}', '{}', true, 'Pirjo Yhteyshenkilö', '040 123 4567', 'done',
         $4::timestamptz - interval '5 days', $4::timestamptz - interval '5 days')
       RETURNING id`,
      [org, title, description, starts, ends, hours * 60],
    );
    for (const [from, to, action] of [
      [null, 'published', 'create'],
      ['published', 'in_progress', 'start'],
      ['in_progress', 'done', 'finish'],
    ])
      await m.query(
        `INSERT INTO gig_status_changes (gig_id, from_status, to_status, action) VALUES ($1, $2, $3, $4)`,
        [gig.id, from, to, action],
      );
    return { id: gig.id, starts, ends, day: addDays(today, -daysAgo) };
  };
  const book = async (gig: { id: string; starts: Date; ends: Date }, seekerId: string, status: string) => {
    const [b]: { id: string }[] = await m.query(
      `INSERT INTO bookings (gig_id, seeker_id, status, during, attendance_confirmed_at, created_at)
       VALUES ($1, $2, $3, tstzrange($4, $5), $4::timestamptz - interval '1 day', $4::timestamptz - interval '4 days')
       RETURNING id`,
      [gig.id, seekerId, status, gig.starts, gig.ends],
    );
    await m.query(
      `INSERT INTO booking_status_changes (booking_id, from_status, to_status) VALUES ($1, NULL, 'booked')`,
      [b.id],
    );
    return b.id;
  };
  const yard = await past(
    orgIds[0],
    'Syystalkoot: lehtien haravointi',
    'Haravoimme lehdet kerhotalon pihalta ja viemme ne kompostiin.',
    1,
    3,
  );
  await book(yard, seekerIds[0], 'booked');
  await book(yard, seekerIds[1], 'booked');
  const market = await past(
    orgIds[1],
    'Kirpputorin purku',
    'Pöytien ja telineiden purku ja kantaminen varastoon kirpputorin jälkeen.',
    3,
    3,
  );
  // Jari (hakija10) has earned 260 € from the project's gigs this month: 40 € left under its 300 € cap.
  const moving = await past(
    orgIds[0],
    'Muuttolaatikoiden kantaminen',
    'Laatikoiden kantaminen kerrostalon kolmanteen kerrokseen.',
    2,
    6,
  );
  const carried = await book(moving, seekerIds[9], 'completed');
  await m.query(
    `INSERT INTO completions (booking_id, gig_id, seeker_id, status, minutes, amount_cents, work_date, payment_date,
       reported_at, responded_at, confirmed_at)
     VALUES ($1, $2, $3, 'confirmed', 360, 26000, $4, $5, now(), now(), now())`,
    [carried, moving.id, seekerIds[9], moving.day, today],
  );
  await m.query(
    `INSERT INTO ledger_entries (seeker_id, kind, payer_name, payer_organisation_id, gig_id, booking_id, amount_cents,
       work_date, payment_date)
     VALUES ($1, 'gig', 'Porin Lähiöyhdistys ry', $2, $3, $4, 26000, $5, $6)`,
    [seekerIds[9], orgIds[0], moving.id, carried, moving.day, today],
  );
  await m.query(recountTotalsSql(), [seekerIds[9], DEFAULT_LIMITS]);
  // What that entry would have set off: the alert at 80 % of the cap, for the coordinators' dashboard.
  await m.query(
    `INSERT INTO limit_alerts (seeker_id, rule_key, period_start, threshold, amount_cents)
     VALUES ($1, 'programme_cap', date_trunc('month', $2::date)::date, 80, 26000)`,
    [seekerIds[9], today],
  );
  const done = await book(market, seekerIds[0], 'completed');
  await m.query(
    `INSERT INTO completions (booking_id, gig_id, seeker_id, status, minutes, amount_cents, work_date, payment_date,
       reported_at)
     VALUES ($1, $2, $3, 'reported', 180, 4500, $4, $4, now())`,
    [done, market.id, seekerIds[0], market.day],
  );
}

export function demoBanner(publicUrl: string): string {
  const lines = DEMO_SIGN_INS.map((s) => `  ${s.email.padEnd(38)} ${s.what}`);
  return [
    '',
    `Hanttihommat is running at ${publicUrl}`,
    `Demo sign-ins (password "${DEMO_PASSWORD}", or ask for a sign-in link):`,
    ...lines,
    `Development mailbox: ${publicUrl}/dev/mail`,
    '',
  ].join('\n');
}
