import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale, baseLocale } from '$lib/paraglide/runtime';
import { fieldErrorMessage, formErrorsFromProblem, problemMessage, toProblem } from './errors';

afterEach(() => overwriteGetLocale(() => baseLocale));

describe('toProblem', () => {
  it('reads the code and the field errors of a validation error', () => {
    const problem = toProblem(400, {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Validation failed',
      code: 'validation',
      errors: [{ field: 'email', code: 'email', message: 'must be an email' }],
    });
    expect(problem).toEqual({
      status: 400,
      code: 'validation',
      fieldErrors: [{ field: 'email', code: 'email' }],
    });
  });

  it('derives a code from the status when the body has none', () => {
    expect(toProblem(429, 'Too Many Requests').code).toBe('rate_limited');
    expect(toProblem(401, null).code).toBe('unauthenticated');
    expect(toProblem(500, {}).code).toBeUndefined();
  });
});

describe('error messages', () => {
  it('maps each field code to a Finnish message', () => {
    expect(fieldErrorMessage('required')).toBe('Täytä tämä kohta.');
    expect(fieldErrorMessage('email')).toMatch(/^Tarkista sähköpostiosoite/);
    expect(fieldErrorMessage('too_long')).toBe('Teksti on liian pitkä.');
    expect(fieldErrorMessage('too_short')).toBe('Teksti on liian lyhyt.');
    expect(fieldErrorMessage('too_short', 'password')).toBe('Salasanassa pitää olla vähintään 10 merkkiä.');
    expect(fieldErrorMessage('invalid_choice')).toBe('Valitse yksi vaihtoehdoista.');
    expect(fieldErrorMessage('invalid')).toBe('Tarkista tämä kohta.');
    expect(fieldErrorMessage('taken')).toBe('Tällä sähköpostiosoitteella on jo tili.');
    expect(fieldErrorMessage('wrong_password')).toBe('Nykyinen salasana on väärin.');
    expect(fieldErrorMessage('something_new')).toBe('Tarkista tämä kohta.');
  });

  it('maps request-level codes to messages', () => {
    expect(problemMessage({ status: 401, code: 'bad_credentials' })).toBe(
      'Sähköposti tai salasana on väärin.',
    );
    expect(problemMessage({ status: 429, code: 'rate_limited' })).toMatch(/^Liian monta yritystä/);
    expect(problemMessage({ status: 400, code: 'link_invalid' })).toMatch(/^Linkki on vanhentunut/);
    expect(problemMessage({ status: 403, code: 'forbidden' })).toBe('Sinulla ei ole oikeutta tähän sivuun.');
    expect(problemMessage({ status: 404, code: 'not_found' })).toBe('Sivua ei löytynyt.');
    expect(problemMessage({ status: 409, code: 'conflict' })).toMatch(
      /^Tällä sähköpostiosoitteella on jo tili/,
    );
    expect(problemMessage({ status: 503, code: 'mail_failed' })).toMatch(/^Emme saaneet viestiä lähetettyä/);
    expect(problemMessage({ status: 500, code: undefined })).toMatch(/^Jokin meni vikaan/);
  });

  it('follows the current language', () => {
    overwriteGetLocale(() => 'sv');
    expect(problemMessage({ status: 401, code: 'bad_credentials' })).toBe(
      'E-postadressen eller lösenordet är fel.',
    );
    overwriteGetLocale(() => 'en');
    expect(fieldErrorMessage('required')).toBe('Please fill this in.');
  });
});

describe('formErrorsFromProblem', () => {
  it('puts field errors on the fields of the form', () => {
    const problem = toProblem(400, {
      errors: [
        { field: 'name', code: 'too_long' },
        { field: 'email', code: 'required' },
      ],
    });
    expect(formErrorsFromProblem(problem, ['email', 'name'])).toEqual({
      name: 'Teksti on liian pitkä.',
      email: 'Täytä tämä kohta.',
    });
  });

  it('gives a general message when no error belongs to a field of the form', () => {
    const problem = toProblem(400, { errors: [{ field: 'somethingElse', code: 'invalid' }] });
    expect(formErrorsFromProblem(problem, ['email'])).toEqual({
      _form: 'Jokin meni vikaan. Yritä hetken päästä uudelleen.',
    });
    expect(formErrorsFromProblem(toProblem(429, {}), ['email'])._form).toMatch(/^Liian monta/);
  });
});

describe('gig errors', () => {
  it('explains the refusals of taking a gig and of publishing', () => {
    expect(problemMessage({ status: 409, code: 'gig_full' })).toMatch(/kaikki paikat on jo otettu/);
    expect(problemMessage({ status: 409, code: 'gig_closed' })).toMatch(/^Keikkaa ei voi enää ottaa/);
    expect(problemMessage({ status: 409, code: 'gig_started' })).toMatch(/^Keikka on jo alkanut/);
    expect(problemMessage({ status: 403, code: 'organisation_unverified' })).toMatch(
      /ei ole vielä tarkistanut organisaatiotanne/,
    );
  });

  it("puts the API's fields on the form's own fields, with words for times, pay and places", () => {
    const problem = toProblem(400, {
      code: 'validation',
      errors: [
        { field: 'startsAt', code: 'in_past' },
        { field: 'endsAt', code: 'too_long' },
        { field: 'payCents', code: 'invalid' },
        { field: 'places', code: 'invalid' },
      ],
    });
    expect(
      formErrorsFromProblem(problem, ['startTime', 'endTime', 'pay', 'places'], {
        startsAt: 'startTime',
        endsAt: 'endTime',
        payCents: 'pay',
      }),
    ).toEqual({
      startTime: 'Aika on jo mennyt. Valitse myöhempi aika.',
      endTime: 'Keikka voi kestää enintään 24 tuntia.',
      pay: 'Palkka voi olla enintään 1 000 euroa.',
      places: 'Kirjoita tekijöiden määrä numerona 1–50.',
    });
    expect(fieldErrorMessage('before_start', 'endsAt')).toBe('Lopetusajan pitää olla aloitusajan jälkeen.');
  });
});
