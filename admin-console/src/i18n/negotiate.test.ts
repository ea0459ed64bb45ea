import { describe, expect, it } from 'vitest';
import { directionOf } from './direction';
import { chooseLanguage } from './negotiate';

describe('chooseLanguage', () => {
  const india = ['en', 'hi', 'bn'];

  it("keeps the user's earlier choice when the country offers it", () => {
    expect(chooseLanguage(india, 'bn', ['en-GB'], 'en')).toBe('bn');
  });

  it('ignores an earlier choice the country does not offer', () => {
    expect(chooseLanguage(india, 'ar', ['hi-IN'], 'en')).toBe('hi');
  });

  it("matches the browser's languages exactly, then by primary subtag", () => {
    expect(chooseLanguage(['pt-BR', 'es'], null, ['pt-BR'], 'pt-BR')).toBe('pt-BR');
    expect(chooseLanguage(['pt-BR', 'es'], null, ['pt', 'es-MX'], 'pt-BR')).toBe('pt-BR');
    expect(chooseLanguage(['pt-BR', 'es'], null, ['es-MX'], 'pt-BR')).toBe('es');
  });

  it("falls back to the country's default language", () => {
    expect(chooseLanguage(['uz', 'ru'], null, ['fr-FR'], 'uz')).toBe('uz');
  });
});

describe('directionOf', () => {
  it('is right to left for Arabic only among the console languages', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ar-EG')).toBe('rtl');
    for (const tag of ['en', 'hi', 'bn', 'pt-BR', 'es', 'uz', 'ru']) expect(directionOf(tag)).toBe('ltr');
  });
});
