/**
 * The ECharts side of the size and render comparison: what a page with gauges and a tree needs,
 * through ECharts' tree-shakable entry points. bench/sizes.ts builds it with vite (minified, like
 * dist/cairn-elements.js) into bench/.out/echarts-gauge-tree.js; the render pages import `init`.
 */
import { GaugeChart, TreeChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([GaugeChart, TreeChart, TooltipComponent, SVGRenderer]);

export { init };
