import { type NextSteps, RSJ_HOTLINE } from '../engine/next-steps';
import type { RetirementAgeResult } from './table';
import { REFORM_2025_FLEXIBLE } from './parameters';

export const nextSteps: NextSteps<RetirementAgeResult> = {
  steps: [
    // 办法 第三条: 职工达到法定退休年龄，所在单位与职工协商一致的，可以弹性延迟退休。
    { key: 'late', source: REFORM_2025_FLEXIBLE, applies: (r) => r.latestMonth !== null },
    { key: 'hotline', source: RSJ_HOTLINE },
  ],
  whatIf: [],
  unsourced: true,
};
