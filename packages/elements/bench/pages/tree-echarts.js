// The same objectives as one ECharts tree series (nested data, built before timing), SVG renderer,
// no animation: time until 'finished' and the frame is painted. ?depth=N sets initialTreeDepth
// (-1: everything expanded; ECharts' default is 2).
import { endProfile, startProfile, nextFrame, params, run } from './common.js';

const tree = await (await fetch('/data/echarts-tree.json')).json();
const depth = Number(params.get('depth') ?? -1);
await run(async () => {
  const t0 = performance.now();
  const { init } = await import('/out/echarts-gauge-tree.js');
  const t1 = performance.now();
  startProfile();
  const div = document.createElement('div');
  div.style.cssText = 'width:960px;height:640px';
  document.getElementById('root').append(div);
  const chart = init(div, null, { renderer: 'svg' });
  const finished = new Promise((resolve) => chart.on('finished', resolve));
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'tree',
        data: [tree],
        initialTreeDepth: depth,
        roam: true,
        expandAndCollapse: true,
        symbolSize: 6,
        label: { position: 'left', verticalAlign: 'middle', align: 'right', fontSize: 9 },
        leaves: { label: { position: 'right', verticalAlign: 'middle', align: 'left' } },
      },
    ],
  });
  await finished;
  await nextFrame();
  const t2 = performance.now();
  endProfile();
  const drawn = div.querySelectorAll('svg text').length;
  return { loadMs: t1 - t0, renderMs: t2 - t1, drawn, note: `echarts-gauge-tree.js, svg, initialTreeDepth ${depth}` };
});
