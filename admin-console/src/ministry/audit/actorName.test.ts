import { describe, expect, it } from 'vitest';
import { actorName } from './actorName';

describe('actorName', () => {
  const names = new Map([['3c15aeed-c9d5-47e2-b4fc-47b9251a35f0', 'Demo IN ministry']]);

  it('names known staff members', () => {
    expect(actorName('staff:3c15aeed-c9d5-47e2-b4fc-47b9251a35f0', names)).toBe('Demo IN ministry');
  });

  it('leaves other actors as written', () => {
    expect(actorName('staff:unknown', names)).toBe('staff:unknown');
    expect(actorName('cli:root', names)).toBe('cli:root');
    expect(actorName('nha:7', names)).toBe('nha:7');
  });
});
