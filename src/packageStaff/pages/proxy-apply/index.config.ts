export default definePageConfig({ navigationBarTitleText: '代办证明' })
