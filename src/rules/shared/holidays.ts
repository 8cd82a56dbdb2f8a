import { defineParameter, type IsoDate, type Source, tryValueAt } from '../engine';

/**
 * Statutory holidays (法定节假日), year by year, as each State Council General Office notice
 * (国务院办公厅关于20xx年部分节假日安排的通知) dates them. A year without a sourced notice is not covered.
 *
 * `statutory` are the holiday days themselves, as 全国年节及纪念日放假办法 第二条 names them (元旦 1 day; 春节 3 days, 4 from
 * 2025 with 除夕; 清明节 1; 劳动节 1, 2 from 2025; 端午节 1; 中秋节 1; 国庆节 3), placed on the calendar by the notice.
 * `periods` are the whole 放假调休 periods the notice announces, swapped rest days included: the other reading of
 * "遇法定节假日顺延", shown only as a notice.
 */

/** A 放假调休 period as the notice gives it, first and last day: "2026-02-15/2026-02-23" (one day: the same date twice). */
export type HolidayPeriod = `${string}/${string}`;

export interface HolidayYear {
  year: number;
  statutory: readonly IsoDate[];
  periods: readonly HolidayPeriod[];
}

/** 全国年节及纪念日放假办法 as revised in 2013 (11 days) and from 2025-01-01 (13 days: + 除夕, + 5月2日). */
export const HOLIDAY_MEASURES_2013: Source = {
  doc: '国务院令第644号',
  title: '全国年节及纪念日放假办法（2013年修订）',
  confidence: 'secondary',
  article: '第二条',
  note: 'Text not read here; the 11 holiday days are the ones each yearly notice of 2022–2024 places (春节 from 初一, 劳动节 one day).',
};

export const HOLIDAY_MEASURES_2025: Source = {
  doc: '国务院令第795号',
  title: '国务院关于修改《全国年节及纪念日放假办法》的决定（自2025年1月1日起施行）',
  url: 'https://www.gov.cn/zhengce/content/202411/content_6986380.htm',
  confidence: 'secondary',
  article: '第二条',
  note: 'Read through the 2025 notice, which cites it: 全体公民放假的假日增加2天，即农历除夕、5月2日 (news reports of 2024-11-12).',
};

const NOTE = 'Statutory days: the days of 全国年节及纪念日放假办法 第二条 within each period of the notice; lunar dates read against the notice (春节 period from 除夕 or the day before).';

function notice(year: number, doc: string, date: IsoDate, url: string, confidence: Source['confidence'], note?: string): Source {
  return { doc, title: `国务院办公厅关于${year}年部分节假日安排的通知（${date}）`, url, confidence, inferred: true, note: note ? `${note} ${NOTE}` : NOTE };
}

const p = (_name: string, from: IsoDate, to: IsoDate = from): HolidayPeriod => `${from}/${to}`;

export const statutoryHolidays = defineParameter<HolidayYear>({
  id: 'shared.statutory-holidays',
  unit: 'table',
  values: [
    {
      from: '2022-01-01',
      published: '2021-10-25',
      value: {
        year: 2022,
        statutory: ['2022-01-01', '2022-02-01', '2022-02-02', '2022-02-03', '2022-04-05', '2022-05-01', '2022-06-03', '2022-09-10', '2022-10-01', '2022-10-02', '2022-10-03'],
        periods: [p('newYear', '2022-01-01', '2022-01-03'), p('springFestival', '2022-01-31', '2022-02-06'), p('qingming', '2022-04-03', '2022-04-05'), p('labourDay', '2022-04-30', '2022-05-04'), p('dragonBoat', '2022-06-03', '2022-06-05'), p('midAutumn', '2022-09-10', '2022-09-12'), p('nationalDay', '2022-10-01', '2022-10-07')],
      },
      source: notice(2022, '国办发明电〔2021〕11号', '2021-10-25', 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202110/t20211026_2520500.html', 'official', 'Full text on the Beijing municipal government site.'),
    },
    {
      from: '2023-01-01',
      published: '2022-12-08',
      value: {
        year: 2023,
        statutory: ['2023-01-01', '2023-01-22', '2023-01-23', '2023-01-24', '2023-04-05', '2023-05-01', '2023-06-22', '2023-09-29', '2023-10-01', '2023-10-02', '2023-10-03'],
        periods: [p('newYear', '2022-12-31', '2023-01-02'), p('springFestival', '2023-01-21', '2023-01-27'), p('qingming', '2023-04-05'), p('labourDay', '2023-04-29', '2023-05-03'), p('dragonBoat', '2023-06-22', '2023-06-24'), p('midAutumnNationalDay', '2023-09-29', '2023-10-06')],
      },
      source: notice(2023, '国办发明电〔2022〕16号', '2022-12-08', 'https://zh.wikisource.org/wiki/国务院办公厅关于2023年部分节假日安排的通知', 'secondary', 'Text as in 国务院公报 2023年第1号 (Wikisource copy; also news.china.com.cn, Xinhua 2022-12-08).'),
    },
    {
      from: '2024-01-01',
      published: '2023-10-25',
      value: {
        year: 2024,
        statutory: ['2024-01-01', '2024-02-10', '2024-02-11', '2024-02-12', '2024-04-04', '2024-05-01', '2024-06-10', '2024-09-17', '2024-10-01', '2024-10-02', '2024-10-03'],
        periods: [p('newYear', '2024-01-01'), p('springFestival', '2024-02-10', '2024-02-17'), p('qingming', '2024-04-04', '2024-04-06'), p('labourDay', '2024-05-01', '2024-05-05'), p('dragonBoat', '2024-06-10'), p('midAutumn', '2024-09-15', '2024-09-17'), p('nationalDay', '2024-10-01', '2024-10-07')],
      },
      source: notice(2024, '国办发明电〔2023〕7号', '2023-10-25', 'http://paper.people.com.cn/rmrb/html/2023-10/26/nw.D110000renmrb_20231026_3-06.htm', 'secondary', 'Full text in 人民日报 2023-10-26 第6版 (Xinhua); 国务院公报 2023年第31号. The notice names 除夕 as 2月9日.'),
    },
    {
      from: '2025-01-01',
      published: '2024-11-12',
      value: {
        year: 2025,
        statutory: ['2025-01-01', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-04-04', '2025-05-01', '2025-05-02', '2025-05-31', '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06'],
        periods: [p('newYear', '2025-01-01'), p('springFestival', '2025-01-28', '2025-02-04'), p('qingming', '2025-04-04', '2025-04-06'), p('labourDay', '2025-05-01', '2025-05-05'), p('dragonBoat', '2025-05-31', '2025-06-02'), p('midAutumnNationalDay', '2025-10-01', '2025-10-08')],
      },
      source: notice(2025, '国办发明电〔2024〕12号', '2024-11-12', 'https://m.gmw.cn/2024-11/12/content_1303894933.htm', 'secondary', 'Full text via Xinhua on gmw.cn; the notice names 1月28日 as 农历除夕.'),
    },
    {
      from: '2026-01-01',
      published: '2025-11-04',
      until: '2026-12-31',
      value: {
        year: 2026,
        statutory: ['2026-01-01', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-04-05', '2026-05-01', '2026-05-02', '2026-06-19', '2026-09-25', '2026-10-01', '2026-10-02', '2026-10-03'],
        periods: [p('newYear', '2026-01-01', '2026-01-03'), p('springFestival', '2026-02-15', '2026-02-23'), p('qingming', '2026-04-04', '2026-04-06'), p('labourDay', '2026-05-01', '2026-05-05'), p('dragonBoat', '2026-06-19', '2026-06-21'), p('midAutumn', '2026-09-25', '2026-09-27'), p('nationalDay', '2026-10-01', '2026-10-07')],
      },
      source: notice(2026, '国办发明电〔2025〕7号', '2025-11-04', 'https://politics.gmw.cn/2025-11/04/content_38391083.htm', 'secondary', 'Full text via Xinhua on gmw.cn; document number from the norbital register (CN-N03). The notice names 2月15日 as 腊月二十八. The 2027 notice was not found.'),
    },
  ],
});

/** The year's table under the rules known on `asOf`, or undefined where no sourced notice covers it. */
export function holidayYear(year: number, asOf: IsoDate): { value: HolidayYear; source: Source } | undefined {
  const l = tryValueAt(statutoryHolidays, `${year}-06-30`, asOf);
  return l && l.value.year === year ? { value: l.value, source: l.entry.source } : undefined;
}

/** Whether a day is a statutory holiday; undefined when its year is not covered. */
export function isStatutoryHoliday(date: IsoDate, asOf: IsoDate): boolean | undefined {
  const y = holidayYear(Number(date.slice(0, 4)), asOf);
  return y ? y.value.statutory.includes(date) : undefined;
}

/** Whether a day falls in a notice's 放假调休 period (the wider reading); undefined when a notice that could hold it is missing. */
export function inHolidayPeriod(date: IsoDate, asOf: IsoDate): boolean | undefined {
  const year = Number(date.slice(0, 4));
  const here = holidayYear(year, asOf);
  if (!here) return undefined;
  if (here.value.periods.some((q) => within(q, date))) return true;
  // A New Year period may begin in the last days of the year before (2022-12-31 in the 2023 notice).
  if (date.slice(5) >= '12-29') {
    const next = holidayYear(year + 1, asOf);
    if (!next) return undefined;
    return next.value.periods.some((q) => within(q, date));
  }
  return false;
}

function within(period: HolidayPeriod, date: IsoDate): boolean {
  const [from, to] = period.split('/') as [IsoDate, IsoDate];
  return from <= date && date <= to;
}
