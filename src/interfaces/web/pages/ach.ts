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
          `Leading hypothesis: ${ach.hypotheses.find((x) => x.id === ach.leader)?.label ?? ach.leader}`,
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
                  h('th', {}, 'Evidence'),
                  ...ach.hypotheses.map((hy) =>
                    h('th', { class: hy.id === ach.leader ? 'leader' : null }, hy.label),
                  ),
                ),
              ),
              h(
                'tbody',
                {},
                ...ach.matrix.map((r) =>
                  h(
                    'tr',
                    {},
                    h('th', { scope: 'row' }, r.label),
                    h('td', { class: 'num' }, r.strength.toFixed(2)),
                    ...ach.hypotheses.map((hy) => {
                      const v = r.ratings[hy.id] ?? 'N'
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
                  h('th', {}, 'Inconsistency (lower is stronger)'),
                  h('td', {}),
                  ...ach.hypotheses.map((hy) =>
                    h('td', { class: 'num' }, hy.inconsistency.toFixed(2)),
                  ),
                ),
                h(
                  'tr',
                  {},
                  h('th', {}, 'Rank'),
                  h('td', {}),
                  ...ach.hypotheses.map((hy) => h('td', { class: 'num' }, `#${hy.rank}`)),
                ),
              ),
            ),
          ),
          note(
            'CC/C: the evidence fits the hypothesis; I/II: it argues against it. Evidence is how much each indicator has seen (0–1).',
          ),
          ach.flips.length
            ? h(
                'ul',
                { class: 'flips' },
                ...ach.flips
                  .slice(0, 5)
                  .map((f) =>
                    h(
                      'li',
                      {},
                      `${f.direction === 'more' ? 'More' : 'Less'} evidence on “${f.indicator}” (≈${f.deltaHits.toFixed(1)} claims) would make “${f.newLeader}” lead.`,
                    ),
                  ),
              )
            : note('No single indicator could change the leading hypothesis.'),
        ),
  )
}
