import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

/**
 * Taro build config (webpack5). One source tree, two targets: `weapp` (the mini-program, subpackages
 * packageStaff / packageAdmin) and `h5` (served by the local host at `/`, hash routes `/#/pages/...`).
 * Client settings live in `.env.development` / `.env.production` (only TARO_APP_* reach the client).
 */
/**
 * The zod-free modules of types/ (labels, China time, the market's labels and slot arithmetic, the
 * report-text check) are compiled with the app, and the admin schemas the packageAdmin forms parse
 * with (zod then lives in that subpackage only); the rest of types/ is import-type only.
 */
const sharedContract = {
  include: [
    'labels.ts',
    'china-time.ts',
    'certificate-labels.ts',
    'market-labels.ts',
    'market-slots.ts',
    'report-text.ts',
    // 常用语 of the staff order sheets
    'quick-replies.ts',
    // the street admin pages (packageAdmin only) check their forms with the functions' own zod schemas
    'admin.ts',
    'admin-places.ts',
    'catalog.ts',
    'holidays.ts',
    'file-id.ts',
    // 督办考核 and the 红黑榜 workflow (packageAdmin only)
    'supervision.ts',
    'board.ts',
    'board-settings.ts',
  ].map((file) => path.resolve(__dirname, '..', 'types', file)),
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'xiaobei',
    date: '2026-11-23',
    // Our styles are written against a 750-wide design; NutUI's own styles are 375-wide.
    designWidth(input) {
      const file = (input as { file?: string } | undefined)?.file?.replace(/\\+/g, '/')
      if (file && file.indexOf('@nutui') > -1) return 375
      return 750
    },
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: sharedContract,
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      // keep vendor code shared by subpackages out of the main package where Taro can
      optimizeMainPackage: { enable: true },
    },
    h5: {
      compile: sharedContract,
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      // Taro splits only initial chunks on H5, so every page chunk carried its own ~300 KB copy of the
      // H5 components; share what async page chunks have in common instead.
      webpackChain(chain) {
        chain.optimization.merge({ splitChunks: { chunks: 'all' } })
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
