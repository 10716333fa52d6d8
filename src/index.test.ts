import { describe, expect, it } from 'vitest'
import * as api from './index.js'

describe('public API', () => {
  it('exports exactly the documented values', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'AppError',
        'buildClaims',
        'cleanArticle',
        'createApp',
        'definePipeline',
        'errorCatalog',
        'evaluateWatch',
        'extract',
        'ingest',
        'isAppError',
        'isFailed',
        'listWatches',
        'loadWatch',
        'openStore',
        'parseWatch',
        'readSources',
        'rebuildClaims',
        'standardPipeline',
      ].sort(),
    )
  })
})
