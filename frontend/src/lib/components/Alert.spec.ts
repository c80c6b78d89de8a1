// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import Alert from './Alert.svelte';

afterEach(cleanup);

describe('Alert', () => {
  it('shows the message as an alert and takes the focus', () => {
    render(Alert, { message: 'Kaikki paikat on jo otettu.' });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Kaikki paikat on jo otettu.');
    expect(document.activeElement).toBe(alert);
  });

  it('renders nothing without a message', () => {
    const { container } = render(Alert, { message: undefined });
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });
});
