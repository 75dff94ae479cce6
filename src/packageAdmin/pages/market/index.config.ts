export default definePageConfig({ navigationBarTitleText: '民生集市管理' })
