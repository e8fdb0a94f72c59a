// The same 100 readings as ECharts gauges, one chart per div, SVG renderer, no animation:
// time until every chart has fired 'finished' and the frame is painted.
import { endProfile, startProfile, gaugeReadings, nextFrame, params, run } from './common.js';

const count = Number(params.get('count') || 100);
const option = (r) => ({
  animation: false,
  series: [
    {
      type: 'gauge',
      min: 0,
      max: 100,
      radius: '85%',
      progress: { show: true, width: 10 },
      axisLine: { lineStyle: { width: 10, color: [[r.critical / 100, '#c0392b'], [r.target / 100, '#e6a700'], [1, '#2e8b57']] } },
      axisTick: { show: false },
      splitLine: { length: 6 },
      axisLabel: { distance: 14, fontSize: 10 },
      pointer: { width: 3 },
      title: { offsetCenter: [0, '80%'], fontSize: 12 },
      detail: { valueAnimation: false, fontSize: 18, offsetCenter: [0, '45%'], formatter: `{value} ${r.unit}` },
      data: [{ value: r.value, name: r.label }],
    },
  ],
});

await run(async () => {
  const t0 = performance.now();
  const { init } = await import('/out/echarts-gauge-tree.js');
  const t1 = performance.now();
  startProfile();
  const root = document.getElementById('root');
  const readings = gaugeReadings(count);
  const divs = readings.map(() => {
    const div = document.createElement('div');
    div.style.cssText = 'display:inline-block;width:220px;height:220px;vertical-align:top';
    return div;
  });
  root.append(...divs);
  const finished = divs.map((div, i) => {
    const chart = init(div, null, { renderer: 'svg' });
    const done = new Promise((resolve) => chart.on('finished', resolve));
    chart.setOption(option(readings[i]));
    return done;
  });
  await Promise.all(finished);
  await nextFrame();
  const t2 = performance.now();
  endProfile();
  const drawn = divs.filter((d) => d.querySelector('svg path')).length;
  return { loadMs: t1 - t0, renderMs: t2 - t1, drawn, note: 'echarts-gauge-tree.js, svg' };
});
