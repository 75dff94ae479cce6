/**
 * The WeChat API port on CloudBase (cloud.openapi): the phone number from `phonenumber.getPhoneNumber`,
 * and the SDK's refusals (errCode) as WechatApiError, so a spent code reads as a bad code. The
 * openapi object is a fake of WeChat (the far edge).
 */
import { createOpenApiWechat } from '../../../cloudfunctions/_platform/wechat/openapi'
import { isWechatApiError } from '../../../cloudfunctions/_platform/wechat/port'
import { fakeWechatSecurity } from '../../support/fake-wechat-security'

const asked: string[] = []
const fakeOpenApi = {
  ...fakeWechatSecurity(),
  subscribeMessage: { send: async () => ({}) },
  phonenumber: {
    async getPhoneNumber({ code }: { code: string }) {
      asked.push(code)
      if (code === 'spent') throw Object.assign(new Error('invalid code'), { errCode: 40029, errMsg: 'invalid code' })
      return { phoneInfo: { phoneNumber: '13900002222', purePhoneNumber: '13900002222', countryCode: '86' } }
    },
  },
}

test('the phone number comes from cloud.openapi with the code', async () => {
  const wechat = createOpenApiWechat(async () => fakeOpenApi)
  expect(await wechat.phoneNumber('c-1')).toEqual({
    phoneNumber: '13900002222',
    purePhoneNumber: '13900002222',
    countryCode: '86',
  })
  expect(asked).toEqual(['c-1'])
})

test("the SDK's errCode becomes a WechatApiError; a spent code is a bad code", async () => {
  const wechat = createOpenApiWechat(async () => fakeOpenApi)
  const error = await wechat.phoneNumber('spent').catch((e) => e)
  expect(isWechatApiError(error)).toBe(true)
  expect(error.badCode).toBe(true)
})

test('there is no session exchange on CloudBase (the context carries the OPENID)', async () => {
  const wechat = createOpenApiWechat(async () => fakeOpenApi)
  await expect(wechat.codeToSession('x')).rejects.toThrow(/not used on CloudBase/)
})
