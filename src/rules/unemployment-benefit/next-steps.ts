import type { Source } from '../engine';
import { type NextSteps, RSJ_HOTLINE } from '../engine/next-steps';
import type { UnemploymentResult } from './compute';
import { CLAIM_RULES_2026 } from './parameters';

/** 2026-08-17 Q&A of the bureau: the extension is automatic, no application. */
const EXTENSION_QA: Source = {
  doc: '上海市人力资源和社会保障局 便民问答',
  title: '延长领取失业保险金需要符合什么条件？需要个人申请吗？',
  url: 'https://rsj.sh.gov.cn/tlqtj_17563/20260817/t0035_1443151.html',
  confidence: 'official',
};

/** 沪人社规〔2026〕18号 (claims from 2026-08-16): where and how to claim, when the money comes. */
export const nextSteps: NextSteps<UnemploymentResult> = {
  steps: [
    // 第三条: 用人单位办妥退工手续且不再缴纳社会保险费后，按规定在本市办理失业登记手续。
    { key: 'register', from: '2026-08-16', source: { ...CLAIM_RULES_2026, article: '第三条' } },
    // 第三条: 凭居民身份证或者社会保障卡等有效身份证明前往本市公共就业服务机构办理…申领手续，或在网上办理。
    { key: 'apply', from: '2026-08-16', source: { ...CLAIM_RULES_2026, article: '第三条' } },
    // 第五条: 自受理申请之日起5个工作日内完成审核…自受理次月起…按月发放至申请人个人银行卡，优先发放至申请人社会保障卡。
    { key: 'payment', from: '2026-08-16', source: { ...CLAIM_RULES_2026, article: '第五条' }, applies: (r) => r.eligible },
    // 第十一条: 延长领取失业保险金无需个人提出申请。
    { key: 'extension', from: '2026-08-16', source: EXTENSION_QA, applies: (r) => r.extendedMonths > 0 },
    // 第十三条: 出现停止享受失业保险待遇情形的，应当主动前往…办理停止领取失业保险金手续。
    { key: 'stop', from: '2026-08-16', source: { ...CLAIM_RULES_2026, article: '第十三条' }, applies: (r) => r.eligible },
    { key: 'hotline', source: RSJ_HOTLINE },
  ],
  // 第二条（三）: registration is one of the three conditions; the other two are facts of the past.
  whatIf: [{ reason: 'not-registered', set: { registered: 'true' } }],
  unsourced: true,
};
