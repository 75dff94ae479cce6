/** Builds the H5 app only when dist/h5 is missing or older than any of its sources. */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
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
  const result = spawnSync(process.execPath, [require.resolve('@tarojs/cli/bin/taro'), 'build', '--type', 'h5'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (result.status !== 0) throw new Error('H5 构建失败（taro build --type h5），见上方输出')
  return true
}
