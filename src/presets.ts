import { definePipeline, type Pipeline } from './core/pipeline.js'
import { entities } from './stages/entities/index.js'
import { events } from './stages/events/index.js'
import { quotes } from './stages/quotes/index.js'
import { sentences } from './stages/sentences/index.js'

/** The only place where stage order is written down. `clean` runs before, as the parser. */
export function standardPipeline(): Pipeline {
  return definePipeline([sentences(), entities(), quotes(), events()])
}
