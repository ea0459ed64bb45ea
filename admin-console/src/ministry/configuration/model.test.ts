import { describe, expect, it } from 'vitest';
import { problemsOf, withMessages, withRuleSet, type TenantConfig } from './model';

const config = (): TenantConfig => ({
  code: 'IN',
  locales: ['en', 'hi'],
  default_locale: 'en',
  states: [],
  branding: { issuer: {}, primary_colour: '#000000', accent_colour: '#ffffff', logo: 'l', signature: 's', signatory: {}, certificate_locales: [] },
  vaccines: [
    {
      code: 'COVAXIN',
      name: 'COVAXIN',
      manufacturer: 'Bharat',
      cvx: '502',
      rule_sets: [{ version: 1, effective_from: '2021-01-16', min_age: 18, max_age: null, mix_with: [], doses: [], booster: null }],
    },
    { code: 'CORBEVAX', name: 'CORBEVAX', manufacturer: 'BE', rule_sets: [] },
  ],
  otp: { channel: 'sms', sender: 'CoWIN' },
});

describe('configuration model', () => {
  it('appends a rule set and keeps everything else', () => {
    const next = { version: 2, effective_from: '2027-01-01', min_age: 12, max_age: null, mix_with: [], doses: [], booster: null };
    const changed = withRuleSet(config(), 'COVAXIN', next);
    expect(changed.vaccines[0]?.rule_sets.map((set) => set.version)).toEqual([1, 2]);
    expect(changed.vaccines[0]?.cvx).toBe('502');
    expect(changed.vaccines[1]?.rule_sets).toEqual([]);
    expect(changed.otp).toEqual({ channel: 'sms', sender: 'CoWIN' });
  });

  it('leaves the messages key out when no override is left', () => {
    expect('messages' in withMessages({ ...config(), messages: { en: { a: 'b' } } }, { en: {} })).toBe(false);
    expect(withMessages(config(), { hi: { 'console-x': 'y' } }).messages).toEqual({ hi: { 'console-x': 'y' } });
  });

  it('reads the problems of a refused save', () => {
    expect(
      problemsOf({
        errorCode: 'TENANT_CONFIG_INVALID',
        error: 'The tenant configuration is not valid: \u2068vaccines[0]: version 2 takes effect before version 1; branding.primary_colour: not #RRGGBB\u2069',
      }),
    ).toEqual(['vaccines[0]: version 2 takes effect before version 1', 'branding.primary_colour: not #RRGGBB']);
    expect(
      problemsOf({
        error:
          'The tenant configuration is not valid: /tmp/.tmpgWLVRW/IN/tenant.toml: states[0].name: has no text in the default locale "en"; /tmp/.tmpgWLVRW/IN/tenant.toml: branding.primary_colour: "blue" is not a colour',
      }),
    ).toEqual(['states[0].name: has no text in the default locale "en"', 'branding.primary_colour: "blue" is not a colour']);
    expect(problemsOf({ errorCode: 'CONFIGURATION_INVALID', error: 'x', problems: ['a', 'b'] })).toEqual(['a', 'b']);
    expect(problemsOf(undefined)).toEqual([]);
  });
});
