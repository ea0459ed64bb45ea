import { describe, expect, it } from 'vitest';
import { suggestDose, vaccineOptions } from './suggestDose';

describe('suggestDose', () => {
  const todaysVaccines = ['COVAXIN', 'COVISHIELD'];

  it('takes what the appointment says', () => {
    expect(suggestDose({ appointment: { vaccine: 'COVISHIELD', dose: 2 }, todaysVaccines })).toEqual({
      vaccine: 'COVISHIELD',
      dose: 2,
    });
  });

  it('continues a series with its vaccine', () => {
    const history = [
      { vaccine: 'COVAXIN', dose: 1 },
      { vaccine: 'COVAXIN', dose: 2 },
    ];
    expect(suggestDose({ history, todaysVaccines: ['COVISHIELD'] })).toEqual({ vaccine: 'COVAXIN', dose: 3 });
  });

  it('gives a first dose of the vial last used today, if a session offers it', () => {
    expect(suggestDose({ todaysVaccines, lastVaccine: 'COVISHIELD' })).toEqual({ vaccine: 'COVISHIELD', dose: 1 });
    expect(suggestDose({ todaysVaccines, lastVaccine: 'SPUTNIK' })).toEqual({ vaccine: 'COVAXIN', dose: 1 });
  });

  it('leaves the vaccine to the vaccinator when nothing says', () => {
    expect(suggestDose({ todaysVaccines: [] })).toEqual({ vaccine: '', dose: 1 });
  });
});

describe('vaccineOptions', () => {
  it('offers the suggestion and today\'s vaccines once each', () => {
    expect(vaccineOptions(['COVAXIN', 'COVISHIELD'], 'COVISHIELD')).toEqual(['COVAXIN', 'COVISHIELD']);
    expect(vaccineOptions(['COVAXIN'], 'COVISHIELD')).toEqual(['COVAXIN', 'COVISHIELD']);
    expect(vaccineOptions([], '')).toEqual([]);
  });
});
