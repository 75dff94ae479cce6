export default definePageConfig({ navigationBarTitleText: '审核证明', enablePullDownRefresh: true })
