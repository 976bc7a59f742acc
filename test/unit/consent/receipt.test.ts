import { describe, expect, it } from 'vitest';
import { createReceipt, isCurrent, isReceipt, newId } from '../../../src/consent/receipt';
import { makeChoices, makeReceipt } from '../support/page';

const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const dayMs = 86_400_000;

describe('newId', () => {
  it('makes RFC 4122 version-4 ids', () => {
    for (let i = 0; i < 50; i++) expect(newId()).toMatch(v4);
  });

  it('makes a different id each time', () => {
    const ids = new Set(Array.from({ length: 100 }, newId));
    expect(ids.size).toBe(100);
  });
});

describe('createReceipt', () => {
  it('records the decision with exactly the documented fields', () => {
    const now = new Date('2025-03-01T10:00:00.000Z');
    const receipt = createReceipt(makeChoices({ analytics: true }), 'preferences', '3', true, now);
    expect(Object.keys(receipt).sort()).toEqual(['choices', 'gpc', 'id', 'method', 'revision', 'timestamp']);
    expect(receipt).toEqual({
      id: expect.stringMatching(v4),
      timestamp: '2025-03-01T10:00:00.000Z',
      revision: '3',
      choices: makeChoices({ analytics: true }),
      method: 'preferences',
      gpc: true,
    });
  });

  it('copies the choices, so a later change does not rewrite the record', () => {
    const choices = makeChoices();
    const receipt = createReceipt(choices, 'banner', '1', false, new Date());
    choices.analytics = true;
    expect(receipt.choices.analytics).toBe(false);
  });

  it('is accepted by isReceipt', () => {
    expect(isReceipt(createReceipt(makeChoices(), 'api', '1', false, new Date()))).toBe(true);
  });
});

describe('isReceipt', () => {
  it('accepts a well-formed receipt', () => {
    expect(isReceipt(makeReceipt())).toBe(true);
  });

  it('rejects values that are not objects', () => {
    for (const value of [null, undefined, 'receipt', 1, true, []]) expect(isReceipt(value)).toBe(false);
  });

  it('rejects a receipt with a field missing', () => {
    for (const field of ['id', 'timestamp', 'revision', 'choices', 'method', 'gpc']) {
      const truncated: Record<string, unknown> = { ...makeReceipt() };
      delete truncated[field];
      expect(isReceipt(truncated), field).toBe(false);
    }
  });

  it('rejects a receipt with a field of the wrong type', () => {
    const wrong: Record<string, unknown> = {
      id: 42,
      timestamp: 1700000000000,
      revision: 1,
      choices: [true],
      method: 'cookie-wall',
      gpc: 'false',
    };
    for (const [field, value] of Object.entries(wrong)) {
      expect(isReceipt({ ...makeReceipt(), [field]: value }), field).toBe(false);
    }
  });

  it('rejects an id that is not a v4 uuid', () => {
    expect(isReceipt(makeReceipt({ id: 'not-a-uuid' }))).toBe(false);
    expect(isReceipt(makeReceipt({ id: '3b241101-e2bb-1255-8caf-4136c566a962' }))).toBe(false);
  });

  it('rejects a timestamp that is not a date', () => {
    expect(isReceipt(makeReceipt({ timestamp: 'yesterday' }))).toBe(false);
  });

  it('rejects choices that are not booleans', () => {
    expect(isReceipt({ ...makeReceipt(), choices: { analytics: 'yes' } })).toBe(false);
    expect(isReceipt({ ...makeReceipt(), choices: null })).toBe(false);
  });
});

describe('isCurrent', () => {
  const now = () => new Date('2025-06-01T12:00:00.000Z');
  const decidedDaysBefore = (days: number, revision = '1') =>
    makeReceipt({ revision, timestamp: new Date(now().getTime() - days * dayMs).toISOString() });

  it('accepts a receipt of this revision decided within expiresDays', () => {
    expect(isCurrent(decidedDaysBefore(10), '1', 180, now())).toBe(true);
  });

  it('rejects a receipt of another revision', () => {
    expect(isCurrent(decidedDaysBefore(1, '1'), '2', 180, now())).toBe(false);
  });

  it('rejects a receipt older than expiresDays', () => {
    expect(isCurrent(decidedDaysBefore(180), '1', 180, now())).toBe(false);
    expect(isCurrent(decidedDaysBefore(179.9), '1', 180, now())).toBe(true);
    expect(isCurrent(decidedDaysBefore(31), '1', 30, now())).toBe(false);
  });

  it('rejects a receipt dated in the future', () => {
    expect(isCurrent(decidedDaysBefore(-1), '1', 180, now())).toBe(false);
  });

  it('tolerates a few minutes of clock skew', () => {
    const skewed = makeReceipt({ timestamp: new Date(now().getTime() + 60_000).toISOString() });
    expect(isCurrent(skewed, '1', 180, now())).toBe(true);
  });
});
