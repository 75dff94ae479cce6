export default definePageConfig({ navigationBarTitleText: '分派规则' })
