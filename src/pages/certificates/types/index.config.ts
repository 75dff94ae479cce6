export default definePageConfig({ navigationBarTitleText: '在线办事', enablePullDownRefresh: true })
