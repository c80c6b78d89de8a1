import { describe, expect, it } from 'vitest';
import { qrSvg } from './qr';

describe('qrSvg', () => {
  it('draws the address as an SVG QR code', async () => {
    const svg = await qrSvg('https://hanttihommat.example/sign-in/code?code=ABCDE-FGHJK');
    expect(svg).toMatch(/^<svg[^>]*viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('<path');
  });

  it('draws a different code for a different address', async () => {
    expect(await qrSvg('https://x.example/a')).not.toBe(await qrSvg('https://x.example/b'));
  });
});
