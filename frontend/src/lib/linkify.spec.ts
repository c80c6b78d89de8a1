import { describe, expect, it } from 'vitest';
import { linkify } from './linkify';

describe('linkify', () => {
  it('turns web addresses into links and keeps the rest as text', () => {
    expect(linkify('Kirjaudu: http://localhost:3000/auth/verify?token=abc_123-X\nTerveisin')).toEqual([
      { text: 'Kirjaudu: ' },
      {
        text: 'http://localhost:3000/auth/verify?token=abc_123-X',
        href: 'http://localhost:3000/auth/verify?token=abc_123-X',
      },
      { text: '\nTerveisin' },
    ]);
  });

  it('leaves the full stop after an address out of the link', () => {
    expect(linkify('Open https://hanttihommat.fi/x.')).toEqual([
      { text: 'Open ' },
      { text: 'https://hanttihommat.fi/x', href: 'https://hanttihommat.fi/x' },
      { text: '.' },
    ]);
  });

  it('makes no links of other schemes', () => {
    expect(linkify('javascript:alert(1) and mailto:a@b.fi')).toEqual([
      { text: 'javascript:alert(1) and mailto:a@b.fi' },
    ]);
  });
});
