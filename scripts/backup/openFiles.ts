import fs from 'node:fs'

/**
 * Other processes that have one of these files open (Linux /proc; [] where
 * there is none). Cheap enough to ask before replacing a SQLite database: a
 * running CMS keeps it open.
 */
export function processesHolding(files: string[]): { pid: number; command: string }[] {
  const wanted = new Set(files.filter((file) => fs.existsSync(file)).map((file) => fs.realpathSync(file)))
  if (wanted.size === 0) return []
  let pids: string[]
  try {
    pids = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)
  } catch {
    return []
  }
  const holders: { pid: number; command: string }[] = []
  for (const pid of pids) {
    let fds: string[]
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`)
    } catch {
      continue
    }
    const holds = fds.some((fd) => {
      try {
        return wanted.has(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))
      } catch {
        return false
      }
    })
    if (!holds) continue
    let command = ''
    try {
      command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ').slice(0, 120)
    } catch {
      command = '?'
    }
    holders.push({ pid: Number(pid), command })
  }
  return holders
}
