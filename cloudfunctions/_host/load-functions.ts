/** Loads the bundled functions (dist/cloudfunctions/<fn>/index.js): the same code CloudBase runs. */
import { existsSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { DeployableFunction } from '../_platform/kit/define'

const load = createRequire(__filename)

export function loadBundledFunctions(functionsDir: string): Map<string, DeployableFunction> {
  if (!existsSync(functionsDir))
    throw new Error(`没有找到云函数构建目录 ${functionsDir}，请先运行 npm run build:functions`)
  const out = new Map<string, DeployableFunction>()
  for (const entry of readdirSync(functionsDir, { withFileTypes: true })) {
    const file = path.join(functionsDir, entry.name, 'index.js')
    if (!entry.isDirectory() || !existsSync(file)) continue
    const mod = load(file) as Partial<DeployableFunction>
    if (typeof mod.main !== 'function' || typeof mod.catalog !== 'function' || !Array.isArray(mod.actions)) {
      throw new Error(`${file} 不是一个有效的云函数构建（缺少 main 或 catalog）`)
    }
    out.set(entry.name, { name: entry.name, main: mod.main, actions: mod.actions, catalog: mod.catalog })
  }
  return out
}
