export default definePageConfig({ navigationBarTitleText: '房屋底册' })
