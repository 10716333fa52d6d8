import { h, type Child } from './dom.js'
import { href } from './router.js'

/** Current filter values by field name. */
export type FilterValues = Readonly<Record<string, string | undefined>>

/**
 * A filter form whose submit moves to `page` with the fields named in `names` (trimmed, empty
 * ones left out of the address); `fields` are its labels, inputs and buttons.
 */
export function filterForm(
  page: readonly string[],
  names: readonly string[],
  ...fields: Child[]
): HTMLFormElement {
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'filters',
      onsubmit: (e) => {
        e.preventDefault()
        const data = new FormData(form)
        location.hash = href(
          page,
          Object.fromEntries(names.map((f) => [f, String(data.get(f) ?? '').trim()])),
        )
      },
    },
    ...fields,
  )
  return form
}

/** A labelled text-like input showing its current value. */
export function filterInput(
  values: FilterValues,
  name: string,
  label: string,
  attrs: Record<string, string> = {},
): HTMLElement {
  return h('label', {}, label, h('input', { name, value: values[name] ?? '', ...attrs }))
}

/** A labelled select with "any" first and the current value selected. */
export function filterSelect(
  values: FilterValues,
  name: string,
  label: string,
  options: readonly string[],
): HTMLElement {
  return h(
    'label',
    {},
    label,
    h(
      'select',
      { name },
      h('option', { value: '' }, 'any'),
      ...options.map((o) => h('option', { value: o, selected: values[name] === o }, o)),
    ),
  )
}
