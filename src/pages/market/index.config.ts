export default definePageConfig({ navigationBarTitleText: '民生集市', enablePullDownRefresh: true })
