// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { rawFromCells } from '../../src/batch';
import { fieldApplies } from '../../src/rules/engine';
import { loadCalculator } from '../../src/rules/registry';
import { spec } from './helpers';

const ltc = await loadCalculator('long-term-care');
const ub = await loadCalculator('unemployment-benefit');

describe('a column read only when its field applies, as on the form', () => {
  it('long-term care: the continuity months are read at home care and level 5 or 6 only (two conditions)', () => {
    const { columns } = spec(ltc);
    const fieldAt = ['setting', 'level', 'continuousHomeCareMonths', 'bonusChoice'];
    expect(rawFromCells(['home', '5', '8', 'hours'], fieldAt, columns)).toEqual({ setting: 'home', level: '5', continuousHomeCareMonths: '8', bonusChoice: 'hours' });
    expect(rawFromCells(['home', '4', '8', 'hours'], fieldAt, columns)).toEqual({ setting: 'home', level: '4' });
    expect(rawFromCells(['institution', '6', '8', 'hours'], fieldAt, columns)).toEqual({ setting: 'institution', level: '6' });
  });

  it('unemployment: the age at unemployment is read for claims before 2017-04-01 only (a month alone counts as its first day)', () => {
    const { columns } = spec(ub);
    const fieldAt = ['claimDate', 'ageAtUnemployment'];
    expect(rawFromCells(['2016-09-15', '40'], fieldAt, columns)).toEqual({ claimDate: '2016-09-15', ageAtUnemployment: '40' });
    expect(rawFromCells(['2017年3月', '40'], fieldAt, columns)).toEqual({ claimDate: '2017年3月', ageAtUnemployment: '40' });
    expect(rawFromCells(['2017-04-01', '40'], fieldAt, columns)).toEqual({ claimDate: '2017-04-01' });
  });

  it('fieldApplies: `and` needs both conditions', () => {
    const months = ltc.fields.find((f) => f.name === 'continuousHomeCareMonths')!;
    expect(fieldApplies(months, { setting: 'home', level: '6' })).toBe(true);
    expect(fieldApplies(months, { setting: 'home' })).toBe(false);
    expect(fieldApplies(months, { level: '6' })).toBe(false);
  });
});
