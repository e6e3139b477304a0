import { readHistory } from '../src/commands/history.js'
import { openWorkspace } from '../src/commands/workspace.js'
const t = Date.now()
const ws = await openWorkspace(process.argv[2]!, 'model-stages.yaml')
const entries = await readHistory(ws)
console.log(entries.length, Date.now() - t, 'ms', Math.round(process.resourceUsage().maxRSS / 1024), 'MB')
