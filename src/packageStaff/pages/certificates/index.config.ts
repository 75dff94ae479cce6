export default definePageConfig({ navigationBarTitleText: '证明办理', enablePullDownRefresh: true })
