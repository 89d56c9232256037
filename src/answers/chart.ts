import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { hasCjk } from '../search/cjk.js';
import type { TopLevelSpec } from 'vega-lite';
import { LANGUAGE_NAMES, questionLanguage } from './held-words.js';
import type { Timeline } from './timeline.js';
import { doubtMark } from './date-doubt.js';

/** The chart's file name, as attached or uploaded. */
export const CHART_FILE = 'timeline.png';

/** The chart's size in pixels: wide enough for 26+ monthly bars with readable labels. */
export const CHART_WIDTH = 960;
export const CHART_HEIGHT = 400;

/** The Ministry's blue, as on the cards. */
const BAR_COLOR = '#2b5797';
/** Months without any indexed briefing. */
const UNHELD_COLOR = '#e3e3e3';
/** Months held only as pairs imported from a research corpus: a pale tint of the bars' blue. */
const IMPORTED_COLOR = '#d5e0f2';

/** Months the search looked through only part of: a lighter blue, the count standing for those days alone. */
const PART_COLOR = '#8ba6d4';

/** Up to this many exchanges in a month, each count is a tick of the axis. */
const EVERY_COUNT_TICKED = 10;


/**
 * A Vega-Lite bar chart of the topic's monthly counts over the index's whole span, the months it
 * holds no briefing of in grey, those it holds only as imported research-corpus pairs in pale blue,
 * those searched only in part in a lighter blue.
 */
export function timelineSpec(timeline: Timeline, fonts: { cjk: boolean } = { cjk: true }): TopLevelSpec {
  const top = Math.max(1, ...timeline.months.map((m) => m.count));
  const unheld = timeline.months.some((m) => !m.held);
  const imported = timeline.months.some((m) => m.imported);
  const partly = timeline.months.some((m) => m.part);
  // The layers share one scale, so one axis: said the same in each, or Vega-Lite merges it away.
  // Counts are whole exchanges: whole-number ticks only. Vega-Lite 5 drops a `tickMinStep` given
  // alone (its default rule wins) and sets it to 1 from the integer format `d`, so both are given;
  // but Vega still ticks 0, 0.5, 1 up to a count of 2 (two ticks asked, d3 steps by halves), so
  // small counts are ticked each whole number.
  const wholeTicks = top <= EVERY_COUNT_TICKED ? { values: Array.from({ length: top + 1 }, (_, i) => i) } : {};
  const yAxis = { title: 'exchanges', axis: { format: 'd', tickMinStep: 1, ...wholeTicks, labelFont: 'DejaVu Sans', titleFont: 'DejaVu Sans' } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    autosize: { type: 'fit', contains: 'padding' },
    padding: 12,
    background: 'white',
    title: {
      // Without a font that has Chinese characters they would be drawn as empty boxes: the topic is
      // then left to the message the chart comes with.
      text: hasCjk(timeline.topic) && !fonts.cjk ? 'Exchanges per month (topic: see the message)' : `“${timeline.topic}”: exchanges per month`,
      // Two lines: one long line would narrow the plot to leave it room (autosize fit).
      subtitle: [
        timeline.first && timeline.last
          ? `${timeline.total} in all · first ${timeline.first}${doubtMark(timeline.doubtedEnds?.first)} · last ${timeline.last}${doubtMark(timeline.doubtedEnds?.last)}`
          : 'never came up in the index',
        [unheld ? `grey: no ${timeline.months.some((m) => m.heldIn) ? `${LANGUAGE_NAMES[questionLanguage(timeline.topic)]} ` : ''}briefing indexed that month` : '', imported ? 'pale blue: only pairs imported from a research corpus' : ''].filter(Boolean).join(' · '),
        // A line of its own: a longer line narrows the plot.
        partly ? 'light blue bars: only part of the month indexed' : '',
      ].filter(Boolean),
      anchor: 'start',
      font: 'DejaVu Sans',
      subtitleFont: 'DejaVu Sans',
    },
    data: { values: timeline.months.map((m) => ({ month: `${m.month}-01`, count: m.count, unheld: m.held ? 0 : top, imported: m.imported ? top : 0, part: m.part ? 1 : 0 })) },
    encoding: {
      x: {
        field: 'month',
        type: 'ordinal',
        timeUnit: 'yearmonth',
        title: null,
        axis: { format: '%b %Y', labelAngle: -60, labelFont: 'DejaVu Sans', labelOverlap: true },
      },
    },
    layer: [
      // Months the index holds no briefing of: a full-height grey bar, so no one reads silence into them.
      { mark: { type: 'bar', color: UNHELD_COLOR }, encoding: { y: { field: 'unheld', type: 'quantitative', ...yAxis } } },
      // Months held only as imported pairs: a pale full-height bar behind the count, which may be short of the truth.
      { mark: { type: 'bar', color: IMPORTED_COLOR }, encoding: { y: { field: 'imported', type: 'quantitative', ...yAxis } } },
      {
        mark: { type: 'bar' },
        encoding: { y: { field: 'count', type: 'quantitative', ...yAxis }, color: { condition: { test: 'datum.part === 1', value: PART_COLOR }, value: BAR_COLOR } },
      },
    ],
    config: { view: { stroke: null } },
  };
}

/**
 * The chart as SVG, rendered by Vega without a browser. Vega is loaded on first use: loaded before
 * discord.js, it breaks discord.js's own start-up (an inspect helper it bundles), and most runs never draw.
 */
export async function timelineSvg(timeline: Timeline, fonts: { cjk: boolean } = { cjk: cjkFontInstalled() }): Promise<string> {
  const [{ parse, View }, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new View(parse(compile(timelineSpec(timeline, fonts)).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The chart as a PNG of CHART_WIDTH × CHART_HEIGHT pixels (resvg, system fonts). */
export async function timelinePng(timeline: Timeline): Promise<Buffer> {
  const svg = await timelineSvg(timeline);
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: CHART_WIDTH },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    background: 'white',
  }).render();
  return png.asPng();
}

/** Where fonts are installed on Linux (resvg's system fonts), and the names of fonts with Chinese characters. */
const FONT_DIRS = ['/usr/share/fonts', '/usr/local/share/fonts', join(process.env.HOME ?? '/nonexistent', '.fonts'), join(process.env.HOME ?? '/nonexistent', '.local/share/fonts')];
const CJK_FONT = /cjk|wqy|wenquanyi|droidsansfallback|notosans(sc|tc|hk)|notoserif(sc|tc)|sourcehan|arphic|uming|ukai|simsun|simhei|msyh|pingfang|heiti|songti/i;
let cjkFont: boolean | undefined;

/** Whether a font with Chinese characters is installed (looked for once, by file name, four folders deep at most). */
export function cjkFontInstalled(): boolean {
  if (cjkFont === undefined) cjkFont = FONT_DIRS.some((dir) => holdsFont(dir, 4));
  return cjkFont;
}

function holdsFont(dir: string, depth: number): boolean {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  return entries.some((e) => (e.isDirectory() ? depth > 0 && holdsFont(join(dir, e.name), depth - 1) : CJK_FONT.test(e.name)));
}
