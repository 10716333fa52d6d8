// Worker-thread entry for parallel ingest: cleans and analyses articles; the main thread dedups,
// resolves entities and writes. Builds the standard pipeline once per thread.
import { parentPort } from 'node:worker_threads'
import { standardPipeline } from '../presets.js'
import { analyseArticle, type AnalyseTask } from './analyse-task.js'

const pipeline = standardPipeline()
const port = parentPort
if (!port) throw new Error('ingest-worker must run in a worker thread')
port.on('message', (msg: { id: number; task: AnalyseTask }) => {
  const result = analyseArticle(msg.task, pipeline)
  try {
    port.postMessage({ id: msg.id, result })
  } catch (e) {
    // Something a stage added cannot be cloned: this document fails, the batch goes on.
    port.postMessage({
      id: msg.id,
      result: {
        ok: false,
        error: { code: 'INTERNAL', message: `result not transferable: ${String(e)}` },
      },
    })
  }
})
