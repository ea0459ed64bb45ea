import { describe, expect, it } from 'vitest';
import { buildBundle, formatAttribute, formatMessage } from './bundle';

describe('Fluent bundles', () => {
  const hindi = buildBundle('hi', ['console-a = नमस्ते { $name }']);
  const english = buildBundle('en', ['console-a = Hello { $name }\nconsole-b = Only English\n    .title = Tip']);
  const arabic = buildBundle('ar', ['console-a = مرحبًا { $name }']);

  it('formats from the chosen language, then English, then shows the id', () => {
    expect(formatMessage([hindi, english], 'console-a', { name: 'Asha' })).toBe('नमस्ते Asha');
    expect(formatMessage([hindi, english], 'console-b')).toBe('Only English');
    expect(formatMessage([hindi, english], 'console-missing')).toBe('console-missing');
    expect(formatAttribute([hindi, english], 'console-b', 'title')).toBe('Tip');
  });

  it('isolates placeables only in right-to-left languages', () => {
    expect(formatMessage([arabic], 'console-a', { name: 'Asha' })).toBe('مرحبًا \u2068Asha\u2069');
    expect(formatMessage([english], 'console-a', { name: 'Asha' })).toBe('Hello Asha');
  });
});
