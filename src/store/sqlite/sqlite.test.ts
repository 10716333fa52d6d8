import { storeContract } from '../contract.js'
import { openSqlite } from './index.js'

storeContract('sqlite', () => openSqlite(':memory:'))
