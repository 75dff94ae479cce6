export default definePageConfig({ navigationBarTitleText: '申请证明' })
