import { devPagesIn } from './lib/dev-pages'

/** The persona picker and the local outbox: only in builds that ask for them (TARO_APP_DEV_PAGES, see .env.*). */
const DEV_PAGES = ['pages/dev/personas/index', 'pages/dev/outbox/index']
const withDevPages = devPagesIn(process.env.TARO_APP_DEV_PAGES, process.env.TARO_ENV)

export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/services/index',
    'pages/mine/index',
    'pages/report/new/index',
    'pages/report/done/index',
    'pages/report/detail/index',
    'pages/report/mine/index',
    'pages/certificates/types/index',
    'pages/certificates/apply/index',
    'pages/certificates/mine/index',
    'pages/certificates/detail/index',
    'pages/verify/index',
    'pages/market/index',
    'pages/market/mine/index',
    'pages/onboarding/welcome/index',
    'pages/onboarding/bind/index',
    'pages/onboarding/houses/index',
    'pages/onboarding/invite/index',
    'pages/account/delete/index',
    'pages/board/index',
    'pages/board/survey/index',
    ...(withDevPages ? DEV_PAGES : []),
  ],
  subPackages: [
    {
      root: 'packageStaff',
      pages: [
        'pages/inbox/index',
        'pages/order/index',
        'pages/patrol/index',
        'pages/certificates/index',
        'pages/certificate/index',
        'pages/proxy-apply/index',
        'pages/market-scan/index',
        'pages/households/index',
        'pages/password/index',
        'pages/messages/index',
        'pages/me/index',
      ],
    },
    {
      root: 'packageAdmin',
      pages: [
        'pages/dashboard/index',
        'pages/catalogue/index',
        'pages/market/index',
        'pages/categories/index',
        'pages/rules/index',
        'pages/places/index',
        'pages/orgs/index',
        'pages/settings/index',
        'pages/holidays/index',
        'pages/audit/index',
        'pages/roster/index',
        'pages/invites/index',
        'pages/staff/index',
        'pages/supervision/index',
        'pages/board/index',
        'pages/board-settings/index',
      ],
    },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#1f6feb',
    navigationBarTitleText: '小北',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f4f6f9',
  },
  tabBar: {
    color: '#555555',
    selectedColor: '#1f6feb',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-on.png',
      },
      {
        pagePath: 'pages/services/index',
        text: '办事',
        iconPath: 'assets/tab/services.png',
        selectedIconPath: 'assets/tab/services-on.png',
      },
      {
        pagePath: 'pages/mine/index',
        text: '我的',
        iconPath: 'assets/tab/mine.png',
        selectedIconPath: 'assets/tab/mine-on.png',
      },
    ],
  },
})
