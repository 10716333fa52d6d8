import { api } from '../api.js'
import { card, h, note, replace } from '../dom.js'
import type { Route } from '../router.js'
import type { WatchReport } from '../types.js'
import { watchPicker } from './watch-picker.js'

const CELL_LABEL: Record<string, string> = {
  CC: 'strongly consistent',
  C: 'consistent',
  N: 'neutral',
  I: 'inconsistent',
  II: 'strongly inconsistent',
}

/** The ACH matrix of a watch: indicators × hypotheses, with each hypothesis' score. */
export async function achPage(root: HTMLElement, route: Route): Promise<void> {
  const picker = await watchPicker(route, 'ach')
  const report = picker.id
    ? await api<WatchReport>(`/watches/${encodeURIComponent(picker.id)}`)
    : undefined
  const ach = report?.ach
  replace(
    root,
    h('div', { class: 'page-head' }, h('h1', {}, 'Analysis of competing hypotheses'), picker.el),
    !ach
      ? note('No ACH matrix for this watch: it needs the watch analysis with hypotheses.')
      : card(
          report.label,
          h(
            'div',
            { class: 'table-wrap' },
            h(
              'table',
              { class: 'ach' },
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  h('th', {}, 'Indicator'),
                  ...ach.hypotheses.map((hy) => h('th', {}, hy.label)),
                ),
              ),
              h(
                'tbody',
                {},
                ...ach.rows.map((r) =>
                  h(
                    'tr',
                    {},
                    h('th', { scope: 'row' }, r.label),
                    ...ach.hypotheses.map((hy) => {
                      const v = r.cells[hy.id] ?? 'N'
                      return h('td', { class: `ach-cell ach-${v}`, title: CELL_LABEL[v] ?? v }, v)
                    }),
                  ),
                ),
              ),
              h(
                'tfoot',
                {},
                h(
                  'tr',
                  {},
                  h('th', {}, 'Inconsistency score'),
                  ...ach.hypotheses.map((hy) => h('td', { class: 'num' }, hy.score.toFixed(1))),
                ),
              ),
            ),
          ),
          note(
            'CC/C: the evidence fits the hypothesis; I/II: it argues against it. The hypothesis with the least inconsistency is the strongest.',
          ),
        ),
  )
}
