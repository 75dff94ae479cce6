export default definePageConfig({ navigationBarTitleText: '证明目录' })
