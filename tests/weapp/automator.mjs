/**
 * npm run test:weapp — the mini-program end to end in WeChat DevTools, through miniprogram-automator.
 *
 * ONLY machines with WeChat DevTools (Windows or macOS) can run this. It is not part of `npm test`,
 * and miniprogram-automator is not a dependency: install it there (`npm i -D miniprogram-automator`).
 *
 * Before running:
 *   1. npm start                   (the local host on http://127.0.0.1:8787, with the demo street)
 *   2. npm run build:weapp         (dist/weapp; .env.* TARO_APP_TRANSPORT=http points at the host)
 *   3. DevTools → 设置 → 安全设置 → 服务端口: 开启; 详情 → 本地设置 → 不校验合法域名
 *   4. WECHAT_DEVTOOLS_CLI=<path to the DevTools cli> when it is not in the default place
 *
 * It launches the project at the repo root (project.config.json → dist/weapp/), logs in as the demo
 * persona resident-a on the persona page, and checks that the home page greets 王秀兰 and shows her
 * address and the 报物业 / 报网格员 entries.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

const DEFAULT_CLI =
  process.platform === 'darwin'
    ? '/Applications/wechatwebdevtools.app/Contents/MacOS/cli'
    : 'C:/Program Files (x86)/Tencent/微信web开发者工具/cli.bat'

async function loadAutomator() {
  try {
    const mod = await import('miniprogram-automator')
    return mod.default ?? mod
  } catch {
    console.error(
      'test:weapp needs WeChat DevTools (Windows/macOS) and miniprogram-automator, which this machine does not have.\n' +
        '在装有微信开发者工具的电脑上：npm i -D miniprogram-automator，然后 npm run test:weapp（见本文件开头的说明）。',
    )
    process.exit(2)
  }
}

function check(condition, message) {
  if (!condition) throw new Error(message)
  console.log(`  ✓ ${message}`)
}

async function main() {
  const automator = await loadAutomator()
  const miniProgram = await automator.launch({
    cliPath: process.env.WECHAT_DEVTOOLS_CLI || DEFAULT_CLI,
    projectPath: ROOT,
  })
  try {
    let page = await miniProgram.reLaunch('/pages/dev/personas/index')
    await page.waitFor('.persona-item')
    const personas = await page.$$('.persona-item')
    check(personas.length > 0, 'persona page lists the demo personas')
    let picked = false
    for (const item of personas) {
      if ((await item.text()).includes('王秀兰')) {
        await item.tap()
        picked = true
        break
      }
    }
    check(picked, 'resident-a (王秀兰) is on the list')
    await page.waitFor(2000)
    page = await miniProgram.currentPage()
    check(page.path === 'pages/home/index', `landed on the home page (${page.path})`)
    await page.waitFor('.home-greeting')
    const greeting = await (await page.$('.home-greeting')).text()
    check(greeting.includes('王秀兰'), `greets 王秀兰 (“${greeting}”)`)
    const address = await (await page.$('.home-address')).text()
    check(address.includes('博泰佳苑 3号楼 2单元 501'), `shows the bound address (“${address}”)`)
    check(!!(await page.$('.channel-property')) && !!(await page.$('.channel-grid')), 'shows 报物业 and 报网格员')
    await page.waitFor('.category-item')
    check((await page.$$('.category-item')).length > 0, 'shows the category grid')
    console.log('weapp e2e: ok')
  } finally {
    await miniProgram.close()
  }
}

main().catch((error) => {
  console.error('weapp e2e failed:', error?.message ?? error)
  process.exit(1)
})
