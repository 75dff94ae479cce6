import { FileInput } from '../../types/certificate'
import { action } from '../_platform/kit/define'
import { ANY_PERSON } from '../_platform/kit/roles'
import { certificateFile } from '../_services/certificates/pdf'

/** The certificate's A4 PDF: a file id and a short-lived link, for the holder and the issuing community. */
export const file = action({
  description: '下载证明PDF',
  input: FileInput,
  roles: ANY_PERSON,
  run: ({ input, caller, platform }) => certificateFile(platform, caller, input.id),
})
