import { storeContract } from '../contract.js'
import { storeReadContract } from '../read-contract.js'
import { openSqlite } from './index.js'

storeContract('sqlite', () => openSqlite(':memory:'))
storeReadContract('sqlite', () => openSqlite(':memory:'))
