/**
 * Online certificates (在线办事): the catalogue (CertificateType), a resident's request and its
 * timeline, the issued e-certificate, and every action's input and output of the `certificate`
 * function. The words live in ./certificate-labels.ts (zod-free, for the client).
 */
import * as z from 'zod/mini'
import {
  CERTIFICATE_MODES,
  CERTIFICATE_STATUSES,
  CONSENT_METHODS,
  REQUEST_ACTIONS,
  REQUEST_STATUSES,
  VERIFY_CHECKS,
} from './certificate-labels'
import { FILE_ID_PATTERN } from './file-id'
import { isIdNumber } from './id-number'

const Id = z.string().check(z.trim(), z.minLength(1), z.maxLength(80))
const RequestId = z.string().check(z.minLength(8), z.maxLength(64))
const FileId = z.string().check(z.regex(FILE_ID_PATTERN, '材料照片编号格式有误'))
const Text = (max: number, what: string) =>
  z.string().check(z.trim(), z.minLength(1, `请填写${what}`), z.maxLength(max, `${what}不能超过${max}个字`))
const Reason = z
  .string()
  .check(z.trim(), z.minLength(2, '请写明原因（至少2个字）'), z.maxLength(200, '原因不能超过200个字'))

export const RequestStatus = z.enum(REQUEST_STATUSES)
export const RequestAction = z.enum(REQUEST_ACTIONS)
export const CertificateMode = z.enum(CERTIFICATE_MODES)
export const StoredCertificateStatus = z.enum(CERTIFICATE_STATUSES)

// ---------- the catalogue ----------

/** Upper-case letters and digits: it becomes part of the serial number and the identifier. */
export const TypeCode = z
  .string()
  .check(z.trim(), z.regex(/^[A-Z][A-Z0-9]{1,11}$/, '类型代码为2–12位大写字母或数字，以字母开头，如 JZZM'))

/** What a certificate can state on its face; the request asks the resident for each. */
export const CERTIFICATE_FIELDS = ['name', 'idNumber', 'address', 'residentSince', 'purpose', 'hardship'] as const
export const CertificateField = z.enum(CERTIFICATE_FIELDS)
export type CertificateField = z.infer<typeof CertificateField>

export const Material = z.object({
  name: Text(40, '材料名称'),
  required: z.boolean(),
  hint: z.optional(z.string().check(z.trim(), z.maxLength(120))),
})
export type Material = z.infer<typeof Material>

export const TimeLimit = z
  .object({ kind: z.enum(['instant', 'workingDays']), days: z.int().check(z.gte(0), z.lte(60)) })
  .check(z.refine((t) => t.kind === 'instant' || t.days >= 1, { message: '按工作日计的时限至少1天', path: ['days'] }))
export type TimeLimit = z.infer<typeof TimeLimit>

/** Who reviews (within the request's community) and who countersigns (the street). */
export const ReviewerRole = z.enum(['community_admin', 'grid_leader'])

export const CertificateType = z
  .object({
    code: TypeCode,
    name: Text(30, '证明名称'),
    /** the street or community that offers it */
    jurisdictionId: Id,
    /** 设定依据: shown to the resident before they apply */
    legalBasis: Text(300, '设定依据'),
    legalBasisUrl: z.optional(z.pipe(z.string().check(z.trim()), z.url('请填写有效的链接')).check(z.maxLength(300))),
    /** 办理用途 */
    purposes: z.array(Text(20, '用途')).check(z.minLength(1, '至少填写一个办理用途'), z.maxLength(12)),
    mode: CertificateMode,
    materials: z.array(Material).check(z.maxLength(12)),
    /** what the certificate states */
    fields: z.array(CertificateField).check(z.minLength(1), z.maxLength(CERTIFICATE_FIELDS.length)),
    /** the wording, with {name}, {idMasked}, {address}, {residentSince}, {purpose}, {hardship}, {issuer} */
    template: Text(600, '证明文字'),
    /** null: 长期有效 */
    validityDays: z.nullable(z.int().check(z.gte(1), z.lte(3650))),
    timeLimit: TimeLimit,
    reviewerRole: ReviewerRole,
    /** 'street': the street countersigns (会签) before the certificate is issued */
    countersign: z.nullable(z.enum(['street'])),
    /** the written notice the resident reads and pledges to (告知承诺书); required unless mode is issue */
    pledgeText: z.optional(z.string().check(z.trim(), z.maxLength(1000))),
    /** 救济途径: told with every refusal */
    remedy: z.optional(z.string().check(z.trim(), z.maxLength(300))),
    active: z.boolean(),
  })
  .check(
    z.refine((t) => t.mode === 'issue' || (t.pledgeText ?? '').length >= 10, {
      message: '告知承诺方式须填写告知承诺书内容',
      path: ['pledgeText'],
    }),
  )
export type CertificateType = z.infer<typeof CertificateType>

/** One item of a negative list: a certificate a 社区 may not issue, and the words that name it. */
export const BannedItem = z.object({ name: z.string(), keywords: z.array(z.string()).check(z.minLength(1)) })
export const NegativeList = z.object({
  /** e.g. '民发〔2020〕20号' */
  circular: z.string(),
  /** 'national' or the province it extends */
  scope: z.string(),
  items: z.array(BannedItem),
})
export type NegativeList = z.infer<typeof NegativeList>

// ---------- views of the catalogue ----------

export const TypeView = z.object({
  code: z.string(),
  name: z.string(),
  jurisdictionId: z.string(),
  legalBasis: z.string(),
  legalBasisUrl: z.nullable(z.string()),
  purposes: z.array(z.string()),
  mode: CertificateMode,
  modeLabel: z.string(),
  materials: z.array(Material),
  fields: z.array(CertificateField),
  validityDays: z.nullable(z.number()),
  validityText: z.string(),
  timeLimit: TimeLimit,
  timeLimitText: z.string(),
  countersign: z.nullable(z.enum(['street'])),
  pledgeText: z.nullable(z.string()),
  /** what `apply.pledge.textVersion` must name: the version of these exact words */
  pledgeTextVersion: z.nullable(z.string()),
})
export type TypeView = z.infer<typeof TypeView>

export const TypesInput = z.object({})
export const TypesOutput = z.object({ items: z.array(TypeView) })

export const ListTypesInput = z.object({})
export const AdminTypeView = z.object({
  type: CertificateType,
  updatedAt: z.nullable(z.string()),
  /** what `saveType.expectedVersion` names to edit it */
  version: z.int(),
})
export const ListTypesOutput = z.object({
  items: z.array(AdminTypeView),
  negativeLists: z.array(NegativeList),
})

/** `expectedVersion`: the version edited (from listTypes); absent for a new type, whose code must be free */
export const SaveTypeInput = z.object({ type: CertificateType, expectedVersion: z.optional(z.int().check(z.gte(1))) })
export const SaveTypeOutput = z.object({ type: CertificateType, created: z.boolean(), version: z.int() })

// ---------- applying ----------

export const IdNumber = z
  .pipe(
    z.string().check(z.trim(), z.regex(/^\d{17}[\dXx]$/, '身份证号码应为18位（最后一位可能是X）')),
    z.transform((s) => s.toUpperCase()),
  )
  .check(z.refine(isIdNumber, '身份证号码有误，请核对18位号码（最后一位可能是X）'))

export const ApplyInput = z.object({
  requestId: RequestId,
  typeCode: TypeCode,
  purpose: Text(20, '办理用途'),
  /** for a type offered both ways; default: issue when the type issues */
  mode: z.optional(z.enum(['issue', 'pledge'])),
  materials: z._default(z.array(FileId).check(z.maxLength(9, '最多上传9张材料照片')), []),
  note: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  /** the holder's ID number, when the type states one; stored encrypted, shown only masked */
  idNumber: z.optional(IdNumber),
  /** '2019-05': since when the holder lives at the address (居住证明) */
  residentSince: z.optional(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, '入住时间格式如 2019-05'))),
  /** the cause of hardship, in the resident's words (困难证明) */
  hardship: z.optional(z.string().check(z.trim(), z.maxLength(300))),
  /** the pledge, when the resident chose 告知承诺: they have read the notice of this version */
  pledge: z.optional(
    z.object({ accepted: z.literal(true), textVersion: z.string().check(z.minLength(1), z.maxLength(80)) }),
  ),
  /** 代办: a grid worker applies for a resident of their grid, with the resident's consent */
  onBehalfOf: z.optional(
    z.object({
      userId: Id,
      consent: z.object({
        method: z.enum(CONSENT_METHODS),
        note: z.optional(z.string().check(z.trim(), z.maxLength(200))),
      }),
    }),
  ),
  /** true: apply even though a valid certificate of the same type and purpose exists */
  ignoreExisting: z.optional(z.boolean()),
})
export type ApplyInput = z.input<typeof ApplyInput>

/** A valid certificate the resident already holds for the same type and purpose. */
export const ExistingOffer = z.object({
  requestId: z.string(),
  serialNo: z.string(),
  validUntil: z.nullable(z.string()),
})

export const ApplyOutput = z.object({
  id: z.string(),
  number: z.string(),
  status: RequestStatus,
  /** null while no clock runs (a pledge, or an offered existing certificate) */
  dueBy: z.nullable(z.string()),
  /** set instead of a new request when a valid certificate of the same type and purpose exists */
  existing: z.nullable(ExistingOffer),
})
export type ApplyOutput = z.infer<typeof ApplyOutput>

// ---------- the request and its timeline ----------

export const TimelineEntry = z.object({
  at: z.string(),
  action: RequestAction,
  label: z.string(),
  from: z.nullable(RequestStatus),
  to: RequestStatus,
  byName: z.string(),
  note: z.nullable(z.string()),
  items: z.nullable(z.array(z.string())),
})
export type TimelineEntry = z.infer<typeof TimelineEntry>

export const Notice = z.object({
  round: z.number(),
  items: z.array(z.string()),
  reason: z.nullable(z.string()),
  at: z.string(),
})

export const CertificateSummary = z.object({
  serialNo: z.string(),
  identifier: z.string(),
  verifyToken: z.string(),
  status: z.enum(['valid', 'expired', 'revoked', 'superseded']),
  statusLabel: z.string(),
  issuedAt: z.string(),
  validUntil: z.nullable(z.string()),
  issuerName: z.string(),
  wording: z.string(),
  revokedReason: z.nullable(z.string()),
})
export type CertificateSummary = z.infer<typeof CertificateSummary>

export const RequestView = z.object({
  id: z.string(),
  number: z.string(),
  typeCode: z.string(),
  typeName: z.string(),
  purpose: z.string(),
  mode: z.enum(['issue', 'pledge']),
  status: RequestStatus,
  statusLabel: z.string(),
  applicantName: z.string(),
  /** masked: never the full number */
  idMasked: z.nullable(z.string()),
  addressLabel: z.string(),
  materials: z.array(z.object({ fileId: z.string(), url: z.string() })),
  note: z.nullable(z.string()),
  timeLimitText: z.string(),
  dueBy: z.nullable(z.string()),
  clockPaused: z.boolean(),
  notices: z.array(Notice),
  /** what is missing now (the open notice's items) */
  missing: z.array(z.string()),
  refusal: z.nullable(z.object({ reason: z.string(), remedy: z.string() })),
  pledge: z.nullable(z.object({ textVersion: z.string(), signedAt: z.string() })),
  proxyName: z.nullable(z.string()),
  timeline: z.array(TimelineEntry),
  certificate: z.nullable(CertificateSummary),
  createdAt: z.string(),
})
export type RequestView = z.infer<typeof RequestView>

/** Staff see the same request plus what review needs: the type's materials and their own options. */
export const StaffRequestView = z.extend(RequestView, {
  communityId: z.string(),
  typeMaterials: z.array(Material),
  supplementRounds: z.number(),
  overdue: z.boolean(),
  falsePledgeFlag: z.boolean(),
  actions: z.array(RequestAction),
})
export type StaffRequestView = z.infer<typeof StaffRequestView>

export const RequestRow = z.object({
  id: z.string(),
  number: z.string(),
  typeName: z.string(),
  purpose: z.string(),
  status: RequestStatus,
  statusLabel: z.string(),
  applicantName: z.string(),
  /** 代办: the grid worker who applied for the resident */
  proxyName: z.nullable(z.string()),
  dueBy: z.nullable(z.string()),
  overdue: z.boolean(),
  createdAt: z.string(),
})
export type RequestRow = z.infer<typeof RequestRow>

export const MineInput = z.object({})
export const MineOutput = z.object({ items: z.array(RequestRow) })
export const IdInput = z.object({ id: Id })
export const DetailInput = IdInput
export const WithdrawInput = z.object({ id: Id, reason: z.optional(z.string().check(z.trim(), z.maxLength(200))) })
export const SupplementInput = z.object({
  id: Id,
  materials: z.array(FileId).check(z.minLength(1, '请至少补充一张材料照片'), z.maxLength(9, '最多上传9张材料照片')),
  note: z.optional(z.string().check(z.trim(), z.maxLength(200))),
})
export const ShareCodeInput = IdInput
export const ShareCodeOutput = z.object({ code: z.string(), expiresAt: z.string() })
export const FileInput = IdInput
export const FileOutput = z.object({ fileId: z.string(), url: z.string() })

/** The answer to every request-changing action. */
export const ActOutput = z.object({ id: z.string(), status: RequestStatus, dueBy: z.nullable(z.string()) })

// ---------- staff ----------

export const InboxFilter = z.enum(['todo', 'waiting', 'overdue', 'checks', 'done'])
export const InboxInput = z.object({ filter: z._default(InboxFilter, 'todo') })
export const InboxOutput = z.object({ items: z.array(RequestRow) })

export const AcceptInput = IdInput
export const NotAcceptInput = z.object({ id: Id, reason: Reason })
export const RequestMoreInput = z.object({
  id: Id,
  items: z.array(Text(60, '需补充的材料')).check(z.minLength(1, '请勾选需要补充的材料'), z.maxLength(12)),
  /** required from the second notice on: why the first did not say it all */
  reason: z.optional(Reason),
})
export const ApproveInput = IdInput
export const RefuseInput = z.object({
  id: Id,
  reason: Reason,
  remedy: z.optional(z.string().check(z.trim(), z.maxLength(300))),
})
export const RevokeInput = z.object({ id: Id, reason: Reason })
export const ReissueInput = z.object({ id: Id, reason: Reason })
export const CheckPledgeInput = z.object({
  id: Id,
  result: z.enum(['passed', 'false']),
  note: z.optional(z.string().check(z.trim(), z.maxLength(200))),
})

// ---------- public verification ----------

export const VerifyToken = z.pipe(
  z.pipe(
    z.string().check(z.trim()),
    z.transform((s) => s.toUpperCase()),
  ),
  z.string().check(z.regex(/^[A-Z2-7]{10,12}$/, '核验码格式有误')),
)

export const VerifyInput = z.object({
  token: VerifyToken,
  /** the holder's full name, or a 用证码 the holder issued: either shows the full face */
  holderName: z.optional(z.string().check(z.trim(), z.maxLength(30))),
  code: z.optional(z.string().check(z.trim(), z.regex(/^\d{6}$/, '用证码为6位数字'))),
})

export const VerifyOutput = z.object({
  valid: z.boolean(),
  status: z.enum(['valid', 'expired', 'revoked', 'superseded', 'unknown']),
  statusLabel: z.string(),
  typeName: z.nullable(z.string()),
  holderMasked: z.nullable(z.string()),
  issuerName: z.nullable(z.string()),
  issuedAt: z.nullable(z.string()),
  validUntil: z.nullable(z.string()),
  purpose: z.nullable(z.string()),
  serialNo: z.nullable(z.string()),
  checks: z.array(z.object({ name: z.enum(VERIFY_CHECKS), label: z.string(), ok: z.boolean() })),
  /** only with the holder's full name or a live 用证码 */
  face: z.nullable(z.object({ holderName: z.string(), wording: z.string(), idMasked: z.nullable(z.string()) })),
})
export type VerifyOutput = z.infer<typeof VerifyOutput>

// ---------- stored face data (GB/T 36903 metadata names) ----------

/** What is signed: the certificate's face and metadata, named after GB/T 36903. */
export const FaceData = z.object({
  certificateName: z.string(),
  certificateTypeCode: z.string(),
  certificateNumber: z.string(),
  certificateIdentifier: z.string(),
  issuingAuthorityName: z.string(),
  issuingAuthorityCode: z.string(),
  issueDate: z.string(),
  holderName: z.string(),
  /** 111: 公民身份号码 */
  holderIdentityType: z.nullable(z.string()),
  /** masked */
  holderIdentity: z.nullable(z.string()),
  validFrom: z.string(),
  /** 'YYYY-MM-DD' or '长期' */
  validTo: z.string(),
  purpose: z.string(),
  content: z.string(),
  version: z.number(),
})
export type FaceData = z.infer<typeof FaceData>

// ---------- a street's certificate settings (settings/certificates:<streetId>) ----------

/** One issuing body: a community (or the street) as it appears on certificates. */
export const Issuer = z.object({
  /** short code in serial numbers, e.g. 'HBBY' */
  code: z.string().check(z.regex(/^[A-Z0-9]{2,12}$/)),
  /** 18-character 统一社会信用代码, the issuer code of the identifier */
  uscc: z.string().check(z.regex(/^[0-9A-Z]{18}$/)),
  /** e.g. '海北街道北苑社区居民委员会' */
  name: z.string().check(z.minLength(1)),
})
export type Issuer = z.infer<typeof Issuer>

export const CertificateSettings = z.object({
  /** by org id (community or street) */
  issuers: z.record(z.string(), Issuer),
  /** the share of pledges sampled for 事后核查, 0–1 */
  pledgeSampleRate: z.number().check(z.gte(0), z.lte(1)),
  /** 救济途径 told with a refusal when the type names none */
  remedy: z.string().check(z.minLength(1)),
  /** where the public H5 is served: the QR on a PDF opens `<base>/#/pages/verify/index?token=…` */
  verifyBaseUrl: z.optional(z.url()),
})
export type CertificateSettings = z.infer<typeof CertificateSettings>
