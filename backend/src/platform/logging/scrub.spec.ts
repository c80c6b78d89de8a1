import { scrubPersonalData } from './scrub';

describe('scrubPersonalData', () => {
  it('removes e-mail addresses and phone numbers from error texts', () => {
    expect(scrubPersonalData('550 5.1.1 <maija.meikalainen@example.fi>: Recipient address rejected')).toBe(
      '550 5.1.1 <[address]>: Recipient address rejected',
    );
    expect(scrubPersonalData('call +358 40 123 4567 now')).toBe('call [number] now');
    expect(scrubPersonalData('queue did not answer in 5000 ms')).toBe('queue did not answer in 5000 ms');
  });
});
