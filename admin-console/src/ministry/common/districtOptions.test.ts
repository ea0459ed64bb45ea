import { describe, expect, it } from 'vitest';
import { districtOptions } from './districtOptions';

const areas = [
  { id: 294, name: 'BBMP', stateId: 16, stateName: 'Karnataka' },
  { id: 266, name: 'Mysore', stateId: 16, stateName: 'Karnataka' },
  { id: 140, name: 'New Delhi', stateId: 9, stateName: 'Delhi' },
];

describe('districtOptions', () => {
  it('groups districts by state', () => {
    expect(districtOptions(areas)).toEqual([
      { group: 'Karnataka', items: [{ value: '294', label: 'BBMP' }, { value: '266', label: 'Mysore' }] },
      { group: 'Delhi', items: [{ value: '140', label: 'New Delhi' }] },
    ]);
  });

  it('keeps to the districts allowed', () => {
    expect(districtOptions(areas, [140])).toEqual([{ group: 'Delhi', items: [{ value: '140', label: 'New Delhi' }] }]);
  });
});
