// The limits the product ships with, from ../shared/DOMAIN.md (Kela, unemployment funds, the Tax
// Administration, Parliament). They are loaded into limit_rules by a migration and edited there by
// coordinators; this list is their first version, and what tests compute against.
import type { Effect, RuleVersion } from './limits';
import type { PeriodKind } from '../platform/core/helsinki';
import type { Allocation } from './limits';

export interface RuleDefinition {
  key: string;
  kind: 'benefit' | 'programme' | 'other';
  period: PeriodKind;
  allocation: Allocation;
  /** The rule needs a figure of the person's own (an aid's annual limit, a pension's own limit). */
  personal: boolean;
  names: { fi: string; sv: string; en: string };
  source: string;
  versions: {
    amountCents: number;
    effect: Effect;
    reductionRateBp: number;
    validFrom: string;
    validTo: string | null;
    note: string;
  }[];
}

const UNEMPLOYMENT_SOURCE =
  'Työttömyysturvalaki 1290/2002 4 luku 5 § (suojaosa); HE 73/2023 (suojaosan poisto 1.4.2024); Kela';

export const RULE_CATALOGUE: readonly RuleDefinition[] = [
  {
    key: 'unemployment_month',
    kind: 'benefit',
    period: 'month',
    allocation: 'payment_date',
    personal: false,
    names: {
      fi: 'Työttömyysetuus, sovittelu kalenterikuukausittain',
      sv: 'Arbetslöshetsförmån, jämkning per kalendermånad',
      en: 'Unemployment benefit, adjusted per calendar month',
    },
    source: UNEMPLOYMENT_SOURCE,
    versions: [
      {
        amountCents: 30000,
        effect: 'reduction',
        reductionRateBp: 5000,
        validFrom: '2014-01-01',
        validTo: '2020-06-01',
        note: 'Protected portion 300 €',
      },
      {
        amountCents: 50000,
        effect: 'reduction',
        reductionRateBp: 5000,
        validFrom: '2020-06-01',
        validTo: '2021-12-01',
        note: 'Temporary protected portion 500 € (COVID)',
      },
      {
        amountCents: 30000,
        effect: 'reduction',
        reductionRateBp: 5000,
        validFrom: '2021-12-01',
        validTo: '2024-04-01',
        note: 'Protected portion 300 €',
      },
      {
        amountCents: 0,
        effect: 'reduction',
        reductionRateBp: 5000,
        validFrom: '2024-04-01',
        validTo: null,
        note: 'Protected portion abolished: every euro cuts the benefit by 50 cents',
      },
    ],
  },
  {
    key: 'unemployment_4w',
    kind: 'benefit',
    period: 'four_weeks',
    allocation: 'payment_date',
    personal: false,
    names: {
      fi: 'Työttömyysetuus, sovittelu neljän viikon jaksoissa',
      sv: 'Arbetslöshetsförmån, jämkning per fyra veckor',
      en: 'Unemployment benefit, adjusted per 4 weeks',
    },
    source: UNEMPLOYMENT_SOURCE,
    versions: [
      {
        amountCents: 27900,
        effect: 'reduction',
        reductionRateBp: 5000,
        validFrom: '2014-01-01',
        validTo: '2020-06-01',
        note: 'Protected portion 279 €',
      },
      {
        amountCents: 46500,
        effect: 'reduction',
        reductionRateBp: 5000,
        validFrom: '2020-06-01',
        validTo: '2021-12-01',
        note: 'Temporary protected portion 465 € (COVID)',
      },
      {
        amountCents: 27900,
        effect: 'reduction',
        reductionRateBp: 5000,
        validFrom: '2021-12-01',
        validTo: '2024-04-01',
        note: 'Protected portion 279 €',
      },
      {
        amountCents: 0,
        effect: 'reduction',
        reductionRateBp: 5000,
        validFrom: '2024-04-01',
        validTo: null,
        note: 'Protected portion abolished: every euro cuts the benefit by 50 cents',
      },
    ],
  },
  {
    key: 'programme_cap',
    kind: 'programme',
    period: 'month',
    allocation: 'payment_date',
    personal: false,
    names: {
      fi: 'Hankkeen kuukausikatto välitetyille keikoille',
      sv: 'Projektets månadstak för förmedlade uppdrag',
      en: "The project's monthly cap on brokered gigs",
    },
    source: 'Projektin oma sääntö (hankkeiden malli: 300 € kuukaudessa henkilöä kohden)',
    versions: [
      {
        amountCents: 30000,
        effect: 'none',
        reductionRateBp: 0,
        validFrom: '2014-01-01',
        validTo: null,
        note: 'Project default 300 € a month',
      },
    ],
  },
  {
    key: 'social_assistance',
    kind: 'other',
    period: 'month',
    allocation: 'payment_date',
    personal: false,
    names: {
      fi: 'Perustoimeentulotuki, ansiotulojen vähennys',
      sv: 'Grundläggande utkomststöd, avdrag för förvärvsinkomster',
      en: 'Basic social assistance, earnings deduction',
    },
    source: 'Laki toimeentulotuesta 1412/1997 11 §; Kela (tuloa huomioidaan netto, tulon saamiskuukautena)',
    versions: [
      {
        amountCents: 15000,
        effect: 'reduction',
        reductionRateBp: 10000,
        validFrom: '2017-01-01',
        validTo: null,
        note: '150 € a month left out of the income; counted from net earnings in the month they are available',
      },
    ],
  },
  {
    key: 'housing_allowance',
    kind: 'other',
    period: 'month',
    allocation: 'work_date',
    personal: false,
    names: {
      fi: 'Yleinen asumistuki, ansiotulovähennys',
      sv: 'Allmänt bostadsbidrag, avdrag för förvärvsinkomst',
      en: 'General housing allowance, earnings deduction',
    },
    source:
      'Laki yleisestä asumistuesta 938/2014 14 §; poistettu tarkistuksissa 1.4.2024 alkaen (HE 73/2023)',
    versions: [
      {
        amountCents: 30000,
        effect: 'none',
        reductionRateBp: 0,
        validFrom: '2015-09-01',
        validTo: '2024-04-01',
        note: '300 € a household member left out of estimated income',
      },
      {
        amountCents: 0,
        effect: 'none',
        reductionRateBp: 0,
        validFrom: '2024-04-01',
        validTo: null,
        note: 'Deduction abolished at reviews from 1 April 2024',
      },
    ],
  },
  {
    key: 'disability_pension',
    kind: 'other',
    period: 'month',
    allocation: 'payment_date',
    personal: true,
    names: {
      fi: 'Työkyvyttömyyseläke tai kuntoutustuki, ansioraja',
      sv: 'Invalidpension eller rehabiliteringsstöd, inkomstgräns',
      en: 'Disability pension or rehabilitation subsidy, earnings limit',
    },
    source: 'Työeläkelaki; Kela ja eläkelaitokset (vähintään 976,59 € vuonna 2024, indeksoidaan vuosittain)',
    versions: [
      {
        amountCents: 97659,
        effect: 'loses_benefit',
        reductionRateBp: 0,
        validFrom: '2024-01-01',
        validTo: null,
        note: 'At least 976.59 € gross a month (2024); 40 % of earlier earnings for a full, 60 % for a partial pension. Over it, the pension may be suspended.',
      },
    ],
  },
  {
    key: 'student_aid',
    kind: 'other',
    period: 'year',
    allocation: 'payment_date',
    personal: true,
    names: {
      fi: 'Opintotuki, vuositulojen raja',
      sv: 'Studiestöd, årlig inkomstgräns',
      en: 'Student financial aid, annual income limit',
    },
    source: 'Opintotukilaki 65/1994; Kela (esim. 18 720 € 9 tukikuukaudelle vuonna 2023)',
    versions: [
      {
        amountCents: 1872000,
        effect: 'loses_benefit',
        reductionRateBp: 0,
        validFrom: '2023-01-01',
        validTo: null,
        note: 'Depends on the number of aid months (18,720 € for 9 months in 2023). A small overshoot is not recovered.',
      },
    ],
  },
];

/** The catalogue's versions as rule versions, for computing without a database. */
export function catalogueVersions(key: string): RuleVersion[] {
  const def = RULE_CATALOGUE.find((d) => d.key === key);
  if (!def) throw new RangeError(`no rule ${key}`);
  return def.versions.map((v, i) => ({
    id: `${key}-${i + 1}`,
    ruleKey: key,
    amountCents: v.amountCents,
    period: def.period,
    allocation: def.allocation,
    effect: v.effect,
    reductionRateBp: v.reductionRateBp,
    validFrom: v.validFrom,
    validTo: v.validTo,
  }));
}
