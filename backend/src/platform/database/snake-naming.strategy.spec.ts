import { snakeCase } from './snake-naming.strategy';

describe('snakeCase', () => {
  it.each([
    ['createdAt', 'created_at'],
    ['payCents', 'pay_cents'],
    ['OutboxEvent', 'outbox_event'],
    ['userID', 'user_id'],
    ['already_snake', 'already_snake'],
  ])('turns %s into %s', (input, expected) => {
    expect(snakeCase(input)).toBe(expected);
  });
});
