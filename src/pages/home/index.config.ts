export default definePageConfig({ navigationBarTitleText: '小北 · 海北街道' })
