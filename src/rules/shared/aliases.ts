/**
 * Short forms shared by several calculators' field specs (FieldSpec.aliases). Words only: what each stands for is an
 * option code the schema already accepts.
 */

/** The retirement categories as a counter sheet writes them: 男 / 男职工, 女50 / 女工人, 女55 / 女干部. */
export const RETIREMENT_CATEGORY_ALIASES = {
  male: ['男', '男职工', '男性', '男工', '男工人', '男干部', '男60', '男职工60岁', 'm'],
  'female-50': ['女50', '女50岁', '女(50)', '女工人', '女工', '女职工50', '女职工50岁', '女工人岗位'],
  'female-55': ['女55', '女55岁', '女(55)', '女干部', '女职工55', '女职工55岁', '女管理岗', '女技术岗', '女管理技术岗'],
} as const;

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** "2级", "二级", "2类", "二类" for the option "2" (levels, classes, bands). */
export function numberedAliases(options: readonly string[], suffixes: readonly string[]): Record<string, string[]> {
  return Object.fromEntries(options.map((o) => [o, suffixes.flatMap((s) => [`${o}${s}`, `${CN[Number(o)] ?? o}${s}`])]));
}
