/** Builds the H5 app only when dist/h5 is missing or older than any of its sources. */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { H5_OUT, ROOT } from './paths'

const SOURCES = [
  'src',
  'config',
  'types',
  'babel.config.js',
  'package.json',
  '.env',
  '.env.production',
  '.env.development',
]

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0
  const stat = statSync(target)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(target).reduce((max, name) => Math.max(max, newestMtime(path.join(target, name))), stat.mtimeMs)
}

export function h5BuildIsStale(): boolean {
  const built = path.join(H5_OUT, 'index.html')
  if (!existsSync(built)) return true
  const builtAt = statSync(built).mtimeMs
  return SOURCES.some((s) => newestMtime(path.join(ROOT, s)) > builtAt)
}

/** returns true when it built */
export function ensureH5Build(log: (line: string) => void = console.log): boolean {
  if (!h5BuildIsStale()) return false
  log('构建 H5 页面（首次或源码有变化时需要 1–3 分钟）…')
  const started = performance.now()
  // on a terminal the build shows its progress bar; in a log file (CI, a service) its frames and
  // warnings go to .temp/h5-build.log and the log gets one line, or the tail on a failure
  const quiet = !process.stdout.isTTY
  const result = spawnSync(process.execPath, [require.resolve('@tarojs/cli/bin/taro'), 'build', '--type', 'h5'], {
    cwd: ROOT,
    stdio: quiet ? 'pipe' : 'inherit',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (quiet) {
    const file = path.join(ROOT, '.temp', 'h5-build.log')
    mkdirSync(path.dirname(file), { recursive: true })
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
    writeFileSync(file, output)
    if (result.status !== 0) {
      log(plainTail(output, 60))
      throw new Error(`H5 构建失败（taro build --type h5），完整输出见 ${path.relative(ROOT, file)}`)
    }
    log(`H5 构建完成（${Math.round((performance.now() - started) / 1000)} 秒，输出见 ${path.relative(ROOT, file)}）`)
    return true
  }
  if (result.status !== 0) throw new Error('H5 构建失败（taro build --type h5），见上方输出')
  return true
}

/** The last lines of a build's output without terminal escapes or progress-bar frames. */
export function plainTail(output: string, lines: number): string {
  return (
    output
      // biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escape sequences are what is removed
      .replace(/\x1b\[[0-9;]*[A-Za-z]/g, '')
      .split(/\r?\n/)
      .filter((l) => l.trim() && !l.includes('● Webpack'))
      .slice(-lines)
      .join('\n')
  )
}
