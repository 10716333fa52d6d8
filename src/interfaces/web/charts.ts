import uPlot from 'uplot'

/** Seconds since the epoch of an ISO date (uPlot's time axis unit). */
const seconds = (iso: string): number => Date.parse(iso.length === 7 ? `${iso}-01` : iso) / 1000

/** Padding either side of the time axis, in seconds (about two weeks). */
const PAD_S = 14 * 86_400

/** Options for `lineChart`. */
export interface LineChartOptions {
  readonly label: string
  readonly color: string
  /** Fixed y range; auto when absent. */
  readonly range?: [number, number]
  /** Draw bars instead of a line (counts). */
  readonly bars?: boolean
  readonly height?: number
}

/**
 * Draws a time series into `el` and keeps it as wide as `el`. Returns a function that removes
 * the chart and its resize listener.
 */
export function lineChart(
  el: HTMLElement,
  points: ReadonlyArray<{ date: string; value: number }>,
  options: LineChartOptions,
): () => void {
  const xs = points.map((p) => seconds(p.date))
  const ys = points.map((p) => p.value)
  const width = (): number => Math.max(280, el.clientWidth || 600)
  const plot = new uPlot(
    {
      width: width(),
      height: options.height ?? 240,
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: {
        x: { time: true, range: (_u, min, max) => [min - PAD_S, max + PAD_S] },
        y: { range: options.range ?? ((_u, _min, max) => [0, Math.max(1, max) * 1.1]) },
      },
      axes: [
        { stroke: '#5b6470', grid: { stroke: '#eef0f3' } },
        { stroke: '#5b6470', grid: { stroke: '#eef0f3' }, size: 44 },
      ],
      series: [
        {},
        {
          label: options.label,
          stroke: options.color,
          width: 2,
          fill: `${options.color}${options.bars ? 'bb' : '22'}`,
          points: { show: !options.bars, size: 6 },
          ...(options.bars && uPlot.paths.bars
            ? { paths: uPlot.paths.bars({ size: [0.6, 40] }) }
            : {}),
        },
      ],
    },
    [xs, ys],
    el,
  )
  const onResize = (): void => plot.setSize({ width: width(), height: options.height ?? 240 })
  window.addEventListener('resize', onResize)
  return () => {
    window.removeEventListener('resize', onResize)
    plot.destroy()
  }
}
