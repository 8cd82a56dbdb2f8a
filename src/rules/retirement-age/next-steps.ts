import { type NextSteps, RSJ_HOTLINE } from '../engine/next-steps';
import { FLEXIBLE_MEASURES_2024, REFORM_2025_FLEXIBLE, SOCIAL_INSURANCE_LAW_16 } from './parameters';
import type { RetirementAgeResult } from './table';

/** Some category of the table in this phase today (the as-of date the result was worked out for). */
const inPhase = (r: RetirementAgeResult, ...phases: string[]) => (r.tables ?? []).some((tb) => phases.includes(tb.phase));

export const nextSteps: NextSteps<RetirementAgeResult> = {
  steps: [
    // 社会保险法 第十六条: 达到法定退休年龄时累计缴费满十五年的，按月领取基本养老金 — the statutory age is reached today.
    { key: 'applyNow', source: SOCIAL_INSURANCE_LAW_16, applies: (r) => inPhase(r, 'statutory-reached', 'late-over') },
    // 办法 第三条 / 人社部发〔2024〕94号 第七条: inside the early window, with the minimum contribution years of the chosen year.
    { key: 'earlyNow', source: FLEXIBLE_MEASURES_2024, applies: (r) => inPhase(r, 'early-open') },
    // 办法 第三条: 职工达到法定退休年龄，所在单位与职工协商一致的，可以弹性延迟退休。
    { key: 'late', source: REFORM_2025_FLEXIBLE, applies: (r) => r.latestMonth !== null && !inPhase(r, 'late-over') },
    { key: 'hotline', source: RSJ_HOTLINE },
  ],
  whatIf: [],
  unsourced: true,
};
