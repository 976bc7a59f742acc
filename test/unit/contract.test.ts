/**
 * What the widget and the records server must agree on, each declaring it once in its own
 * package (neither installs the other): the receipt's methods, the privacy request's kinds,
 * and the shape of the ids the widget makes.
 */
import { describe, expect, it } from 'vitest';
import { requestKinds as serverKinds } from '../../server/src/privacy-request';
import { methods as serverMethods, uuidV4 } from '../../server/src/receipt';
import { methods } from '../../src/consent/methods';
import { createReceipt } from '../../src/consent/receipt';
import { requestKinds } from '../../src/ui/request';

describe('the widget and the records server', () => {
  it("name the same receipt methods, which the server's schema takes", () => {
    expect([...methods]).toEqual([...serverMethods]);
  });

  it('name the same kinds of privacy request', () => {
    expect([...requestKinds]).toEqual([...serverKinds]);
  });

  it("take the widget's receipt ids as consent ids", () => {
    for (let i = 0; i < 100; i++)
      expect(createReceipt({ necessary: true }, 'api', '1', false, new Date()).id).toMatch(uuidV4);
  });
});
