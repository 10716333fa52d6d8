// Worker-thread entry for parallel ingest (`ingest.ts`): cleans and analyses articles exactly as
// a serial run does (analyse-task.ts), then sends each result packed (wire-doc.ts), its number buffers
// transferred, so the single writer spends less time unpacking what the threads computed.
import { parentPort } from 'node:worker_threads'
import { standardPipeline } from '../presets.js'
import { analyseArticle, type AnalyseTask } from './analyse-task.js'
import { packResult } from './wire-doc.js'

const pipeline = standardPipeline()
const port = parentPort
if (!port) throw new Error('ingest-thread must run in a worker thread')
port.on('message', (msg: { id: number; task: AnalyseTask }) => {
  try {
    const { wire, transfer } = packResult(analyseArticle(msg.task, pipeline))
    port.postMessage({ id: msg.id, result: wire }, transfer)
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
