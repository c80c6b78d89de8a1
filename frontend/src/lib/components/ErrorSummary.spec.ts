// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { baseLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import ErrorSummary from './ErrorSummary.svelte';

afterEach(() => {
  cleanup();
  overwriteGetLocale(() => baseLocale);
});

describe('ErrorSummary', () => {
  it.each([
    ['fi', 'Korjaa nämä kohdat:'],
    ['sv', 'Rätta till följande:'],
    ['en', 'Please fix the following:'],
  ] as const)('renders its title in %s', (locale, title) => {
    overwriteGetLocale(() => locale);
    render(ErrorSummary, { errors: { email: 'x' }, labels: { email: 'E' } });
    expect(screen.getByRole('alert').textContent).toContain(title);
  });

  it('links each error to its field and takes the focus', () => {
    render(ErrorSummary, {
      errors: { _form: 'Liian monta yritystä.', email: 'Täytä tämä kohta.' },
      labels: { email: 'Sähköposti' },
      idPrefix: 'magic-',
    });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Liian monta yritystä.');
    const link = screen.getByRole('link', { name: 'Sähköposti: Täytä tämä kohta.' });
    expect(link.getAttribute('href')).toBe('#magic-email');
    expect(document.activeElement).toBe(alert);
  });

  it('renders nothing without errors', () => {
    const { container } = render(ErrorSummary, { errors: undefined, labels: {} });
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });
});
