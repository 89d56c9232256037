/**
 * Closing announcements that a page runs on in an answer with no separator before them: briefing
 * key (as parsed: `DATE`, `zh-DATE`) → the opening words, verbatim, of the paragraph where the
 * announcement starts. The parser ends the answer there, as at a line of asterisks (turns.ts), so a
 * recess notice, a greeting or a farewell is the closing statement `#s2`, never the answer to the
 * question before it.
 *
 * Nothing on these pages tells such a paragraph from an answer's own (the Chinese page of the day
 * sets asterisks before some of them, the English page before others), and a spokesperson may end an
 * answer with a related remark, so no wording rule decides it: each was read by hand, and only text
 * that answers nothing asked is listed: the briefings' schedule (a recess, a holiday, an earlier
 * start), an event or briefing announced to the press, a holiday greeting or travel advice for the
 * holiday, the WeChat account's birthday, a farewell, a colleague's death. Read and left to the
 * answer: a travel-safety reminder after a question about tourists' safety (2018-12-27#4,
 * zh-2018-04-25#7), a reminder about photographing military sites after a question about such an
 * arrest (2019-12-31#9), an event announced in an answer about it (zh-2017-11-06#1). Today's pages set
 * a line of asterisks before their closing; these are of 2016-2020.
 */
const OPENINGS: readonly (readonly [string, string])[] = [
  ['2018-05-21', 'Due to scheduling reasons, the regular press conference of the Foreign Ministry on May 22'],
  ['2018-06-14', 'Due to scheduling reasons, the regular press conference of the Foreign Ministry on June 15'],
  ['2018-06-15', 'In accordance with the holiday arrangements for the Dragon Boat Festival in 2018,'],
  ['2018-07-23', 'Last but not least, I have something that I know all of you would be very interested to know.'],
  ['2018-08-03', 'The regular press conference of the Ministry of Foreign Affairs will adjourn from Monday, August 6'],
  ['2018-09-21', "According to this year's holiday arrangement during the Mid-autumn Day,"],
  ['2018-09-28', "According to this year's holiday arrangement during the National Day,"],
  ['2018-10-15', 'Due to scheduling reasons, the regular press conferences of the Foreign Ministry on October 16'],
  ['2018-11-09', 'Due to scheduling reasons, the promotion event for Heilongjiang Province'],
  ['2018-12-11', "Due to scheduling reasons, the Foreign Ministry's regular press conference on December 12"],
  ['2018-12-14', "Due to scheduling reasons, the Foreign Ministry's regular press conference on December 17"],
  ['2019-01-08', 'One year ago today, I announced here the opening of the official WeChat account'],
  ['2019-01-17', 'Due to scheduling reasons, the regular press conference of the Foreign Ministry will be adjourned on January 18'],
  ['2019-01-31', 'The Chinese Lunar New Year is just around the corner.'],
  ['2019-02-01', 'According to the holiday schedule for the 2019 Spring Festival,'],
  ['2019-05-27', 'Due to scheduling reasons, the MFA regular press conference on Tuesday, May 28'],
  ['2019-08-02', 'The MFA regular press conference will be in recess from August 5'],
  ['2019-09-20', 'Due to scheduling reasons, our regular press conference will be held here earlier'],
  ['2020-01-21', 'With the Chinese New Year just days away,'],
  ['2020-02-19', 'For scheduling reasons, our online briefing on Thursday, February 20'],
  ['2020-06-05', 'Due to work arrangement, I will be leaving for a new post.'],

  ['zh-2016-12-05', '明天下午4点，中华人民共和国外交部和贵州省人民政府将在蓝厅举行'],
  ['zh-2016-12-30', '今天是2016年最后一场外交部例行记者会。'],
  ['zh-2017-01-26', '根据2017年春节假期放假安排，外交部例行记者会将于1月27日'],
  ['zh-2017-03-31', '根据中国国务院批准的2017年清明节放假安排，'],
  ['zh-2017-04-28', '根据2017年劳动节假期放假安排，'],
  ['zh-2017-05-26', '外交部将于5月27日（星期六）下午3:00在蓝厅举行中外媒体吹风会'],
  ['zh-2017-06-02', '外交部将于6月5日（星期一）上午9:00在南楼新闻发布厅（蓝厅）举行中外媒体吹风会'],
  ['zh-2017-06-12', '外交部和吉林省人民政府将于6月13日'],
  ['zh-2017-07-11', '金砖国家领导人第九次会晤将于9月初在福建厦门举行。'],
  ['zh-2017-07-12', '外交部和内蒙古自治区人民政府将于7月21日'],
  ['zh-2017-07-20', '上周我们在这里发布过，明天下午3点30分，将在这里举行外交部内蒙古全球推介活动'],
  ['zh-2017-07-27', '明天（7月28日）是外交部例行记者会今年暑期休会前的最后一场。'],
  ['zh-2017-07-28', '外交部例行记者会今年暑期休会时间为7月31日'],
  ['zh-2017-09-07', '外交部和江西省人民政府将于9月8日'],
  ['zh-2017-09-12', '因日程安排原因，9月13日（星期三）外交部例行记者会提前至14:00举行'],
  ['zh-2017-09-29', '根据中国国务院公布的2017年国庆节和中秋节放假安排，'],
  ['zh-2017-11-22', '因日程安排原因，明天（11月23日）外交部例行记者会提前至14:30举行'],
  ['zh-2017-12-13', '因日程安排原因，12月14日（星期四）外交部例行记者会提前至14:30举行'],
  ['zh-2017-12-25', '在今天记者会结束之前，我有一个令人伤感的消息要告诉大家。'],
  ['zh-2017-12-29', '如果没有问题了，我宣布一则通知：'],
  ['zh-2018-01-08', '大家可能已经注意到，我们今天上午开通了外交部发言人办公室微信公众号。'],
  ['zh-2018-01-12', '今天晚上，外交部和北京市人民政府将在文化韵味非常浓厚的首都博物馆联合主办2018年外国驻华记者新年招待会。'],
  ['zh-2018-02-01', '为体现新时代中国特色大国外交贴近国情民情、服务国内发展的新特点，外交部省区市全球推介活动'],
  ['zh-2018-02-12', '外交部例行记者会将持续到2月14日（本周三），'],
  ['zh-2018-02-14', '明天是中国农历除夕，后天就要迎来新春佳节了。'],
  ['zh-2018-03-02', '如无其他问题，今天记者会到此结束。'],
  ['zh-2018-03-07', '十三届全国人大一次会议新闻中心将于3月8日10时在梅地亚中心多功能厅举行记者会'],
  ['zh-2018-03-19', '3月20日（星期二）上午十三届全国人大一次会议闭幕后，国务院总理李克强将在人民大会堂三楼金色大厅会见中外记者'],
  ['zh-2018-04-02', '外交部将于4月3日（星期二）上午9:00在新闻发布厅（南楼蓝厅）举行中外媒体吹风会'],
  ['zh-2018-04-04', '国新办定于今天下午4时30分举行吹风会，'],
  ['zh-2018-04-10', '外交部和河南省人民政府将于4月13日'],
  ['zh-2018-04-27', '根据2018年劳动节假期放假安排，'],
  ['zh-2018-05-21', '因日程安排原因，5月22日（星期二）外交部例行记者会提前至14:00举行'],
  ['zh-2018-06-14', '由于日程安排原因，6月15日外交部例行记者会提前至下午2:00举行'],
  ['zh-2018-06-15', '根据2018年端午节假期放假安排，'],
  ['zh-2018-07-23', '最后，我这里有一则通知，和大家都有关系。'],
  ['zh-2018-08-03', '外交部例行记者会将于8月6日(星期一)至8月17日(星期五)进行暑期休会'],
  ['zh-2018-09-21', '根据2018年中秋节假期放假安排，'],
  ['zh-2018-09-28', '根据2018年国庆节放假安排，'],
  ['zh-2018-10-15', '因日程安排原因，10月16日（星期二）、10月17日（星期三）外交部例行记者会提前至14:30举行'],
  ['zh-2018-11-09', '因日程安排原因，外交部黑龙江全球推介活动'],
  ['zh-2018-12-11', '因工作安排原因，12月12日（星期三）外交部例行记者会提前至14:30举行'],
  ['zh-2018-12-14', '因工作安排原因，12月17日（星期一）外交部例行记者会提前至14:00举行'],
  ['zh-2019-05-27', '因日程安排原因，5月28日（星期二）外交部例行记者会提前至14:30举行'],
  ['zh-2019-07-02', '外交部和福建省人民政府将于7月5日'],
  ['zh-2019-08-02', '根据惯例，外交部例行记者会将于8月5日（周一）至16日（周五）休会'],
  ['zh-2019-09-20', '因日程安排原因，9月23日（星期一）外交部例行记者会提前至14:30举行'],
  ['zh-2019-09-24', '“伟大历程 辉煌成就——庆祝中华人民共和国成立70周年大型成就展”已于9月23日在北京展览馆开幕。'],
  ['zh-2019-09-27', '前两天，我在这里向大家介绍过“伟大历程 辉煌成就——庆祝中华人民共和国成立70周年大型成就展”的有关情况。'],
  ['zh-2019-09-30', '明天就是10月1日了，我们即将迎来中华人民共和国70周年华诞。'],
  ['zh-2019-12-31', '明天是2020年元旦假期，外交部例行记者会将按惯例休会一天，'],
  ['zh-2020-01-21', '中国农历新年即将到来。'],
  ['zh-2020-02-19', '因日程安排原因，2月20日（星期四）外交部网上例行记者会提前至14:00举行。'],
  ['zh-2020-04-03', '根据2020年清明节假期放假安排，'],
];

const BY_KEY: ReadonlyMap<string, string> = new Map(OPENINGS);

/** The opening words of the paragraph where briefing `key`'s unmarked closing announcement starts; undefined for a briefing without one. */
export function unmarkedClosingOpening(key: string): string | undefined {
  return BY_KEY.get(key);
}

/** Every briefing key with an unmarked closing, in the order read (for tests and reports). */
export const UNMARKED_CLOSING_KEYS: readonly string[] = OPENINGS.map(([key]) => key);
