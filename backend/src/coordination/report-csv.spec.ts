import { euros, percent, reportCsv } from './report-csv';

describe('report CSV', () => {
  it('writes euros with a decimal comma, also below a euro and negative', () => {
    expect([euros(123456), euros(5), euros(-5), euros(0)]).toEqual(['1234,56', '0,05', '-0,05', '0,00']);
  });

  it('writes shares in percent, empty when nobody answered', () => {
    expect([percent(1, 3), percent(0, 0), percent(3, 4)]).toEqual(['33,3', '', '75,0']);
  });

  it('has one row per indicator with its key, label and value', () => {
    const csv = reportCsv(
      {
        from: '2026-11-01',
        to: '2026-11-30',
        participants: 4,
        participants18to29: 1,
        gigsDone: 3,
        minutes: 270,
        paidCents: 12050,
        paidSeekers: 2,
        averagePerSeekerCents: 6025,
        movedOn: 1,
        skillsAnswered: 2,
        skillsGrew: 1,
        workAbilityCompared: 2,
        workAbilityChange: 1.5,
      },
      'fi',
    );
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('key;label;value');
    expect(lines).toContain('paidCents;Maksettu (€);120,50');
    expect(lines).toContain('hours;Tunnit;4,50');
    expect(lines).toContain('movedOnShare;Työhön tai opintoihin siirtyneet (%);25,0');
    expect(lines).toContain('workAbilityChange;Työkykyarvion muutos keskimäärin (pistettä, 4–20);1,5');
  });
});
