export { AddressText } from './AddressText'
export { Btn } from './Btn'
export { CallButtons, type CallLine, callPhone } from './CallButtons'
export {
  CertificateFields,
  type CertificateFieldValues,
  certificateApplyInput,
  certificateFieldsProblem,
  EMPTY_CERTIFICATE_FIELDS,
} from './CertificateFields'
export { type MessageBox, MessageList, useMessageBox } from './MessageList'
export { Switch } from './nutui'
export { PageShell } from './PageShell'
export { PhotoGrid } from './PhotoGrid'
export { PhotoPicker } from './PhotoPicker'
export { type CertificateMode, PurposeAndMode } from './PurposeAndMode'
export { type StaffTab, StaffTabBar, staffTabUrl } from './StaffTabBar'
export { Stars } from './Stars'
export { Empty, ErrorBox, Loading } from './States'
export { StatusTag } from './StatusTag'
export { Timeline } from './Timeline'
