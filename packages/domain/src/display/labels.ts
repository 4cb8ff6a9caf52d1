import type { Locale } from "../common/localized-text";
import type { IdentifierScheme } from "../common/identifier";
import type { PublicationStatus } from "../common/record";
import type { AdoptionAction, DocumentType, LegalForce, LegalStatus } from "../entities/document";
import type { DocumentActionType } from "../entities/document-action";
import type { DocumentRelationType } from "../entities/document-relation";
import type { AttendanceMode, MeetingClassification } from "../entities/meeting";
import type { OccupancyQualifier } from "../entities/occupancy";
import type { MembershipStatus } from "../entities/org-membership";
import type { OrganizationClassification } from "../entities/organization";
import type { ParticipationCategory, ParticipationMode, ParticipationRole } from "../entities/participation";
import type { PostRole } from "../entities/post";
import type { RevisionEntityType } from "../entities/revision";
import type { SpeechKind } from "../entities/speech";
import type { UserRole } from "../entities/user";

export type LocalizedLabel = Readonly<Record<Locale, string>>;
type LabelSet<T extends string> = Readonly<Record<T, LocalizedLabel>>;

const l = (en: string, ru: string, zh: string): LocalizedLabel => ({ en, ru, zh });

/**
 * The words a document type is counted with: English one/other, Russian one/few/many (1 решение, 2 решения,
 * 5 решений), Chinese has one form.
 */
export type DocumentTypeNoun = {
  en: { one: string; other: string };
  ru: { one: string; few: string; many: string };
  zh: string;
};

const noun = (en: [string, string], ru: [string, string, string], zh: string): DocumentTypeNoun => ({
  en: { one: en[0], other: en[1] },
  ru: { one: ru[0], few: ru[1], many: ru[2] },
  zh,
});

export const DOCUMENT_TYPE_NOUNS: Readonly<Record<DocumentType, DocumentTypeNoun>> = {
  declaration: noun(["declaration", "declarations"], ["декларация", "декларации", "деклараций"], "宣言"),
  statement: noun(["statement", "statements"], ["заявление", "заявления", "заявлений"], "声明"),
  decision: noun(["decision", "decisions"], ["решение", "решения", "решений"], "决议"),
  communique: noun(["communiqué", "communiqués"], ["коммюнике", "коммюнике", "коммюнике"], "公报"),
  agreement: noun(["agreement", "agreements"], ["соглашение", "соглашения", "соглашений"], "协定"),
  treaty: noun(["treaty", "treaties"], ["договор", "договора", "договоров"], "条约"),
  protocol: noun(["protocol", "protocols"], ["протокол", "протокола", "протоколов"], "议定书"),
  memorandum: noun(["memorandum", "memoranda"], ["меморандум", "меморандума", "меморандумов"], "备忘录"),
  strategy: noun(["strategy", "strategies"], ["стратегия", "стратегии", "стратегий"], "战略"),
  action_plan: noun(
    ["action plan", "action plans"],
    ["план действий", "плана действий", "планов действий"],
    "行动计划",
  ),
  programme: noun(["programme", "programmes"], ["программа", "программы", "программ"], "纲要"),
  concept: noun(["concept", "concepts"], ["концепция", "концепции", "концепций"], "构想"),
  plan: noun(["plan", "plans"], ["план", "плана", "планов"], "计划"),
  roadmap: noun(["roadmap", "roadmaps"], ["дорожная карта", "дорожные карты", "дорожных карт"], "路线图"),
  report: noun(["report", "reports"], ["доклад", "доклада", "докладов"], "报告"),
  message: noun(["message", "messages"], ["послание", "послания", "посланий"], "致辞"),
  other: noun(["document", "documents"], ["документ", "документа", "документов"], "文件"),
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Label of a document type = its singular noun, capitalized ("Action plan", "План действий", "行动计划"). */
const documentTypeLabels = Object.fromEntries(
  Object.entries(DOCUMENT_TYPE_NOUNS).map(([type, n]) => [
    type,
    l(capitalize(n.en.one), capitalize(n.ru.one), n.zh),
  ]),
) as LabelSet<DocumentType>;

/** Human labels for every enum value of the domain, in every locale. */
export const LABELS = {
  locale: {
    en: l("English", "Английский", "英语"),
    ru: l("Russian", "Русский", "俄语"),
    zh: l("Chinese", "Китайский", "中文"),
  } satisfies LabelSet<Locale>,
  publicationStatus: {
    draft: l("Draft", "Черновик", "草稿"),
    published: l("Published", "Опубликовано", "已发布"),
    archived: l("Archived", "В архиве", "已归档"),
  } satisfies LabelSet<PublicationStatus>,
  identifierScheme: {
    wikidata: l("Wikidata", "Викиданные", "维基数据"),
    iso3166_1_a2: l("ISO 3166-1 alpha-2", "ISO 3166-1 alpha-2", "ISO 3166-1 二位字母代码"),
    iso3166_1_a3: l("ISO 3166-1 alpha-3", "ISO 3166-1 alpha-3", "ISO 3166-1 三位字母代码"),
    un_symbol: l("UN document symbol", "Условное обозначение документа ООН", "联合国文件编号"),
    other: l("Other identifier", "Другой идентификатор", "其他标识符"),
  } satisfies LabelSet<IdentifierScheme>,
  organizationClassification: {
    igo: l("Intergovernmental organization", "Межправительственная организация", "政府间组织"),
    igo_organ: l(
      "Organ of an intergovernmental organization",
      "Орган межправительственной организации",
      "政府间组织机构",
    ),
    igo_secretariat: l("Secretariat", "Секретариат", "秘书处"),
    igo_permanent_body: l("Permanent body", "Постоянно действующий орган", "常设机构"),
    government: l("Government", "Правительство", "政府"),
    other: l("Other organization", "Другая организация", "其他组织"),
  } satisfies LabelSet<OrganizationClassification>,
  membershipStatus: {
    member: l("Member", "Член", "成员国"),
    founding_member: l("Founding member", "Член-основатель", "创始成员国"),
    observer: l("Observer", "Наблюдатель", "观察员国"),
    dialogue_partner: l("Dialogue partner", "Партнёр по диалогу", "对话伙伴"),
    candidate: l("Candidate", "Кандидат", "候选国"),
    suspended: l("Suspended", "Членство приостановлено", "成员资格已暂停"),
  } satisfies LabelSet<MembershipStatus>,
  postRole: {
    head_of_state: l("Head of state", "Глава государства", "国家元首"),
    head_of_government: l("Head of government", "Глава правительства", "政府首脑"),
    head_of_igo: l(
      "Head of an international organization",
      "Руководитель международной организации",
      "国际组织负责人",
    ),
    head_of_igo_body: l(
      "Head of a body of an international organization",
      "Руководитель органа международной организации",
      "国际组织机构负责人",
    ),
    minister: l("Minister", "Министр", "部长"),
    envoy: l("Envoy", "Специальный представитель", "特使"),
    other: l("Other post", "Другая должность", "其他职务"),
  } satisfies LabelSet<PostRole>,
  occupancyQualifier: {
    acting: l("Acting", "Исполняющий обязанности", "代理"),
    interim: l("Interim", "Временный", "临时"),
  } satisfies LabelSet<OccupancyQualifier>,
  meetingClassification: {
    summit: l("Summit", "Саммит", "峰会"),
    council_meeting: l("Council meeting", "Заседание совета", "理事会会议"),
    ministerial: l("Ministerial meeting", "Совещание министров", "部长级会议"),
    extraordinary: l("Extraordinary meeting", "Внеочередное заседание", "特别会议"),
    other: l("Other meeting", "Другое мероприятие", "其他会议"),
  } satisfies LabelSet<MeetingClassification>,
  attendanceMode: {
    in_person: l("In person", "Очно", "线下举行"),
    online: l("Online", "Онлайн", "线上举行"),
    hybrid: l("Hybrid", "Смешанный формат", "线上线下结合"),
  } satisfies LabelSet<AttendanceMode>,
  /** Plural: these head the groups of a meeting's participant list. */
  participationCategory: {
    member_state: l("Member states", "Государства-члены", "成员国"),
    observer_state: l("Observer states", "Государства-наблюдатели", "观察员国"),
    dialogue_partner: l("Dialogue partners", "Партнёры по диалогу", "对话伙伴"),
    igo_official: l(
      "Officials of international organizations",
      "Должностные лица международных организаций",
      "国际组织官员",
    ),
    guest_state: l("Guest states", "Приглашённые государства", "受邀国家"),
    guest_organization: l("Guest organizations", "Приглашённые организации", "受邀组织"),
  } satisfies LabelSet<ParticipationCategory>,
  participationRole: {
    chair: l("Chair", "Председатель", "主席"),
    head_of_delegation: l("Head of delegation", "Глава делегации", "代表团团长"),
    participant: l("Participant", "Участник", "与会者"),
    speaker: l("Speaker", "Выступающий", "发言人"),
  } satisfies LabelSet<ParticipationRole>,
  participationMode: {
    in_person: l("In person", "Лично", "亲自出席"),
    videoconference: l("By videoconference", "По видеосвязи", "视频连线出席"),
    video_message: l("Video message", "Видеообращение", "视频致辞"),
    written_message: l("Written message", "Письменное обращение", "书面致辞"),
    represented: l("Represented", "Был представлен", "派代表出席"),
  } satisfies LabelSet<ParticipationMode>,
  documentType: documentTypeLabels satisfies LabelSet<DocumentType>,
  adoptionAction: {
    adopted: l("Adopted", "Принят", "通过"),
    approved: l("Approved", "Утверждён", "批准"),
    signed: l("Signed", "Подписан", "签署"),
    noted: l("Noted", "Принят к сведению", "表示注意"),
    prepared: l("Prepared", "Подготовлен", "拟定"),
  } satisfies LabelSet<AdoptionAction>,
  legalForce: {
    binding: l("Legally binding", "Юридически обязывающий", "具有法律约束力"),
    political: l("Politically binding", "Политически обязывающий", "具有政治约束力"),
  } satisfies LabelSet<LegalForce>,
  legalStatus: {
    in_force: l("In force", "Действует", "有效"),
    expired: l("Expired", "Срок действия истёк", "已失效"),
    superseded: l("Superseded", "Заменён", "已被取代"),
    not_yet_in_force: l("Not yet in force", "Не вступил в силу", "尚未生效"),
  } satisfies LabelSet<LegalStatus>,
  documentRelationType: {
    approves: l("Approves", "Утверждает", "批准"),
    implements: l("Implements", "Реализует", "落实"),
    amends: l("Amends", "Изменяет", "修订"),
    supersedes: l("Supersedes", "Заменяет", "取代"),
    annex_of: l("Annex to", "Приложение к", "附件，所属文件"),
    part_of_package: l("Part of the package", "Входит в пакет", "一揽子文件之一"),
    references: l("References", "Ссылается на", "提及"),
  } satisfies LabelSet<DocumentRelationType>,
  documentActionType: {
    adopted: l("Adoption", "Принятие", "通过"),
    approved: l("Approval", "Утверждение", "核准"),
    signed: l("Signing", "Подписание", "签署"),
    ratified: l("Ratification", "Ратификация", "批准"),
    entered_into_force: l("Entry into force", "Вступление в силу", "生效"),
    circulated_to_un: l(
      "Circulation as a UN document",
      "Распространение в качестве документа ООН",
      "作为联合国文件分发",
    ),
    other: l("Other step", "Другое действие", "其他"),
  } satisfies LabelSet<DocumentActionType>,
  speechKind: {
    speech: l("Speech", "Выступление", "讲话"),
    remarks: l("Remarks", "Реплика", "发言"),
    video_message: l("Video message", "Видеообращение", "视频致辞"),
    statement_to_press: l("Statement to the press", "Заявление для прессы", "向媒体发表的声明"),
    paraphrase: l("Paraphrase", "Пересказ", "转述"),
  } satisfies LabelSet<SpeechKind>,
  userRole: {
    admin: l("Administrator", "Администратор", "管理员"),
    editor: l("Editor", "Редактор", "编辑"),
    viewer: l("Viewer", "Читатель", "查看者"),
  } satisfies LabelSet<UserRole>,
  revisionEntityType: {
    country: l("Country", "Страна", "国家"),
    organization: l("Organization", "Организация", "组织"),
    org_membership: l("Membership", "Членство", "成员资格"),
    person: l("Person", "Персона", "人物"),
    post: l("Post", "Должность", "职务"),
    occupancy: l("Term in office", "Пребывание в должности", "任职"),
    meeting_series: l("Meeting series", "Серия встреч", "会议系列"),
    meeting: l("Meeting", "Встреча", "会议"),
    participation: l("Participation", "Участие", "与会情况"),
    document: l("Document", "Документ", "文件"),
    document_relation: l("Document link", "Связь документов", "文件关联"),
    document_text: l("Document text", "Текст документа", "文件文本"),
    document_action: l("Document step", "Действие с документом", "文件程序"),
    outcome_tally: l("Outcome count", "Число итоговых документов", "成果文件数量"),
    chairmanship: l("Chairmanship", "Председательство", "主席国任期"),
    speech: l("Speech", "Выступление", "讲话"),
    topic: l("Topic", "Тема", "议题"),
    user: l("User", "Пользователь", "用户"),
  } satisfies LabelSet<RevisionEntityType>,
} as const;

export type LabelKind = keyof typeof LABELS;
export type LabelValue<K extends LabelKind> = keyof (typeof LABELS)[K] & string;

/** `label("participationCategory", "member_state", "ru")` → "Государства-члены". */
export function label<K extends LabelKind>(kind: K, value: LabelValue<K>, locale: Locale): string {
  const labels = LABELS[kind] as Readonly<Record<string, LocalizedLabel>>;
  const entry = labels[value];
  if (!entry) throw new RangeError(`No ${kind} label for "${value}"`);
  return entry[locale];
}
