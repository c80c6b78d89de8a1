// Guards against an empty messages module (a wrong plugin path in project.inlang only warns) and
// against a message missing from one language.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { baseLocale, locales } from '$lib/paraglide/runtime';

const files = Object.fromEntries(
  locales.map((locale) => [
    locale,
    JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), 'utf8')) as Record<
      string,
      string
    >,
  ]),
);
const keys = (locale: string) => Object.keys(files[locale]).filter((key) => key !== '$schema');
const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('messages', () => {
  it('has Finnish as the base language and three languages', () => {
    expect(baseLocale).toBe('fi');
    expect([...locales]).toEqual(['fi', 'sv', 'en']);
  });

  it('renders a message in each language', () => {
    expect(m.sign_in_title({}, { locale: 'fi' })).toBe('Kirjaudu sisään');
    expect(m.sign_in_title({}, { locale: 'sv' })).toBe('Logga in');
    expect(m.sign_in_title({}, { locale: 'en' })).toBe('Sign in');
    expect(m.check_mail_sent({ email: 'a@b.fi' }, { locale: 'sv' })).toBe('Vi skickade en länk till a@b.fi.');
  });

  it('uses the labels the browser tests look for', () => {
    expect(m.field_email({}, { locale: 'fi' })).toBe('Sähköposti');
    expect(m.field_name({}, { locale: 'fi' })).toBe('Nimi');
  });

  it('has every message, with the same placeholders, in every language', () => {
    for (const locale of locales) {
      expect(keys(locale).sort()).toEqual(keys('fi').sort());
      for (const key of keys(locale)) {
        expect(files[locale][key], `${locale}.${key}`).not.toBe('');
        expect(params(files[locale][key]), `${locale}.${key}`).toEqual(params(files.fi[key]));
      }
    }
  });

  it('compiles every message of the files', () => {
    for (const key of keys('fi')) {
      expect(typeof (m as Record<string, unknown>)[key], key).toBe('function');
    }
  });
});
