import { describe, expect, it } from 'vitest';
import { overrideProblems, overrideRows, overridesOf } from './messagesForm';

describe('message overrides', () => {
  it('turns overrides into rows and back', () => {
    const messages = { hi: { 'sms-otp': 'आपका ओटीपी' }, en: { 'sms-otp': 'Your OTP', 'certificate-title': 'Certificate' } };
    const rows = overrideRows(messages);
    expect(rows.map((row) => `${row.locale}:${row.id}`)).toEqual(['en:certificate-title', 'en:sms-otp', 'hi:sms-otp']);
    expect(overridesOf(rows)).toEqual(messages);
  });

  it('refuses empty, duplicate and platform messages', () => {
    expect(
      overrideProblems([
        { locale: 'en', id: 'sms-otp', text: 'a' },
        { locale: 'en', id: 'sms-otp', text: 'b' },
        { locale: 'hi', id: 'platform-attribution', text: 'c' },
        { locale: 'hi', id: 'Bad Id', text: '' },
      ]),
    ).toEqual({
      'rows.1.id': 'console-ministry-messages-duplicate',
      'rows.2.id': 'console-ministry-messages-platform',
      'rows.3.id': 'console-ministry-messages-id-invalid',
      'rows.3.text': 'console-required',
    });
  });
});
