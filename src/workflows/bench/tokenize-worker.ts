// Worker-thread entry for the tokenizer baseline of `forewarn bench`.
import { readFile } from 'node:fs/promises'
import { parentPort } from 'node:worker_threads'
import { winkTokenizer } from './wink-tokenizer.js'

const tokenize = winkTokenizer()
const port = parentPort
if (!port) throw new Error('tokenize-worker must run in a worker thread')
port.on('message', (msg: { id: number; task: { path: string } }) => {
  void readFile(msg.task.path, 'utf8').then(
    (content) => {
      const kind = /\.html?$/i.test(msg.task.path) ? 'html' : 'text'
      port.postMessage({ id: msg.id, result: { tokens: tokenize(content, kind) } })
    },
    () => port.postMessage({ id: msg.id, result: { tokens: 0 } }),
  )
})
