import { describe, expect, it } from 'vitest';
import { localText } from './localText';

describe('localText', () => {
  const name = { en: 'Karnataka', hi: 'कर्नाटक' };

  it('takes the exact language', () => {
    expect(localText(name, 'hi')).toBe('कर्नाटक');
  });

  it('falls back from a region to its language', () => {
    expect(localText(name, 'hi-IN')).toBe('कर्नाटक');
    expect(localText({ 'pt-BR': 'São Paulo' }, 'pt')).toBe('São Paulo');
  });

  it('falls back to the default, then English, then anything', () => {
    expect(localText(name, 'bn', 'hi')).toBe('कर्नाटक');
    expect(localText(name, 'bn')).toBe('Karnataka');
    expect(localText({ uz: 'Toshkent' }, 'ru')).toBe('Toshkent');
    expect(localText(undefined, 'en')).toBe('');
  });
});
