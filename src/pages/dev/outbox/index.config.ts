export default definePageConfig({ navigationBarTitleText: '消息（本地发件箱）', enablePullDownRefresh: true })
