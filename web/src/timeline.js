// The timeline: events per week stacked by QuadClass, with the mean Goldstein score as a
// line on a second axis. Dragging across it (an ECharts lineX brush) picks a period.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { BrushComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { QUAD_COLORS } from './colors.js';
import { QUAD_NAMES, esc, shortDate } from './text.js';

echarts.use([BarChart, LineChart, BrushComponent, GridComponent, LegendComponent, MarkLineComponent,
  TooltipComponent, CanvasRenderer]);

const DAY = 86400000;

function parseDay(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s || '');
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) : null;
}

function isoDay(t) {
  return new Date(t).toISOString().slice(0, 10);
}

// Consecutive weeks from the first row to the last, so that quiet weeks show as gaps.
function weeks(rows) {
  const byPeriod = new Map(rows.map((r) => [r.period, r]));
  const times = rows.map((r) => parseDay(r.period));
  if (rows.length === 0 || times.some((t) => t === null)) return { cats: rows.map((r) => r.period), byPeriod };
  const first = Math.min(...times);
  const last = Math.max(...times);
  const cats = [];
  for (let t = first; t <= last && cats.length < 2000; t += 7 * DAY) cats.push(isoDay(t));
  for (const r of rows) if (!cats.includes(r.period)) cats.push(r.period);
  cats.sort();
  return { cats, byPeriod };
}

export function weekEnd(period) {
  const t = parseDay(period);
  return t === null ? period : isoDay(t + 6 * DAY);
}

export function createTimeline(el, { onPeriod }) {
  const chart = echarts.init(el, null, { renderer: 'canvas' });
  let cats = [];
  let programmatic = false;

  chart.on('brushEnd', (params) => {
    if (programmatic) return;
    const area = params.areas && params.areas[0];
    if (!area || !cats.length) {
      onPeriod(null, null);
      return;
    }
    const [a, b] = area.coordRange.map((i) => Math.max(0, Math.min(cats.length - 1, Math.round(i))));
    onPeriod(cats[Math.min(a, b)], weekEnd(cats[Math.max(a, b)]));
  });

  function tooltip(items) {
    if (!items.length) return '';
    const period = cats[items[0].dataIndex];
    let html = `<b>Week of ${esc(shortDate(period))}</b>`;
    for (const it of items) {
      if (it.value === null || it.value === undefined || it.value === 0) continue;
      const v = typeof it.value === 'number' && it.seriesType === 'line' ? it.value.toFixed(2) : it.value;
      html += `<br>${it.marker}${esc(it.seriesName)}: <b>${esc(v)}</b>`;
    }
    return html;
  }

  function update(rows, from, to) {
    const w = weeks(rows || []);
    cats = w.cats;
    const quad = [0, 1, 2, 3].map((q) => cats.map((c) => (w.byPeriod.get(c) ? w.byPeriod.get(c).quad[q] || 0 : 0)));
    const mean = cats.map((c) => {
      const r = w.byPeriod.get(c);
      return r && r.events ? Math.round(r.goldstein_mean * 100) / 100 : null;
    });
    el.dataset.points = String((rows || []).reduce((n, r) => n + (r.events || 0), 0));
    el.classList.toggle('empty', !rows || rows.length === 0);
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'inherit' },
      grid: { left: 44, right: 52, top: 34, bottom: 26 },
      legend: { top: 0, left: 36, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 12, color: '#4b5563' } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: tooltip, confine: true },
      brush: {
        xAxisIndex: 0,
        brushType: 'lineX',
        brushMode: 'single',
        transformable: false,
        brushStyle: { color: 'rgba(31, 41, 55, 0.08)', borderColor: 'rgba(31, 41, 55, 0.45)', borderWidth: 1 },
        outOfBrush: { colorAlpha: 0.25 },
        throttleType: 'debounce',
        throttleDelay: 150,
      },
      xAxis: {
        type: 'category',
        data: cats,
        axisTick: { alignWithLabel: true },
        axisLabel: { color: '#6b7280', formatter: (v) => shortDate(v) },
      },
      yAxis: [
        { type: 'value', minInterval: 1,
          axisLabel: { color: '#6b7280' }, splitLine: { lineStyle: { color: '#eef0f3' } } },
        { type: 'value', min: -10, max: 10, interval: 5,
          axisLabel: { color: '#6b7280' }, splitLine: { show: false } },
      ],
      series: [
        ...QUAD_NAMES.map((name, q) => ({
          name,
          type: 'bar',
          stack: 'quad',
          barMaxWidth: 28,
          itemStyle: { color: QUAD_COLORS[q] },
          emphasis: { focus: 'series' },
          data: quad[q],
        })),
        {
          name: 'Mean Goldstein (right axis)',
          type: 'line',
          yAxisIndex: 1,
          data: mean,
          connectNulls: true,
          symbolSize: 6,
          lineStyle: { color: '#1f2937', width: 2 },
          itemStyle: { color: '#1f2937' },
          markLine: { silent: true, symbol: 'none', label: { show: false },
            lineStyle: { color: '#9ca3af', type: 'dashed', width: 1 }, data: [{ yAxis: 0 }] },
        },
      ],
    }, { notMerge: true });
    chart.dispatchAction({ type: 'takeGlobalCursor', key: 'brush', brushOption: { brushType: 'lineX', brushMode: 'single' } });
    showPeriod(from, to);
  }

  function showPeriod(from, to) {
    programmatic = true;
    try {
      let areas = [];
      if ((from || to) && cats.length) {
        let a = from ? cats.findIndex((c) => weekEnd(c) >= from) : 0;
        let b = -1;
        if (to) {
          for (let i = cats.length - 1; i >= 0; i--) if (cats[i] <= to) { b = i; break; }
        } else b = cats.length - 1;
        if (a < 0) a = cats.length - 1;
        if (b >= a) areas = [{ brushType: 'lineX', xAxisIndex: 0, coordRange: [a, b] }];
      }
      chart.dispatchAction({ type: 'brush', areas });
    } finally {
      programmatic = false;
    }
  }

  return { update, resize: () => chart.resize(), chart };
}
