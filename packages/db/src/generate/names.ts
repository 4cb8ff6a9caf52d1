// Made-up names for the generated archive, in the three scripts the archive holds: Latin, Cyrillic and Chinese.
// Each entry carries its own spellings, so a record's English, Russian and Chinese names agree.

// A type, not an interface: it must be assignable to Prisma's JSON input.
export type Spelled = { en: string; ru?: string; zh?: string };

/** Syllables for country names: [Latin, Cyrillic, Chinese]. */
const SYLLABLES: [string, string, string][] = [
  ["ka", "ка", "卡"],
  ["ra", "ра", "拉"],
  ["to", "то", "托"],
  ["mi", "ми", "米"],
  ["le", "ле", "勒"],
  ["sa", "са", "萨"],
  ["no", "но", "诺"],
  ["vi", "ви", "维"],
  ["da", "да", "达"],
  ["ri", "ри", "里"],
  ["ba", "ба", "巴"],
  ["go", "го", "戈"],
  ["lu", "лу", "卢"],
  ["te", "те", "特"],
  ["ni", "ни", "尼"],
  ["mo", "мо", "莫"],
  ["za", "за", "扎"],
  ["ke", "ке", "克"],
];

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A country name made of syllables, e.g. Karatovia / Каратовия / 卡拉托维亚. */
export function countryName(parts: number[]): Spelled {
  const syllables = parts.map((i) => SYLLABLES[i % SYLLABLES.length]!);
  return {
    en: `${capital(syllables.map((s) => s[0]).join(""))}ia`,
    ru: `${capital(syllables.map((s) => s[1]).join(""))}ия`,
    zh: `${syllables.map((s) => s[2]).join("")}亚`,
  };
}

export const SYLLABLE_COUNT = SYLLABLES.length;

/** Latin-script names (no other spelling). */
export const LATIN_GIVEN = [
  "Anna",
  "Bruno",
  "Clara",
  "David",
  "Elena",
  "Felix",
  "Greta",
  "Hugo",
  "Ines",
  "Jonas",
  "Karin",
  "Lucas",
  "Marta",
  "Nils",
  "Olga",
  "Pablo",
  "Rosa",
  "Simon",
  "Teresa",
  "Victor",
  "Yusuf",
  "Zeynep",
  "Amir",
  "Leila",
  "Omar",
  "Sofia",
  "Mateo",
  "Noor",
  "Emil",
  "Ingrid",
  "António",
  "José",
  "Zoë",
  "Renée",
  "Jürgen",
  "Søren",
];
export const LATIN_FAMILY = [
  "Almeida",
  "Berger",
  "Costa",
  "Dupont",
  "Eriksen",
  "Fischer",
  "García",
  "Hansen",
  "Ibrahim",
  "Jensen",
  "Kowalski",
  "Lindqvist",
  "Moreau",
  "Novak",
  "Okafor",
  "Petersen",
  "Quintana",
  "Rossi",
  "Schneider",
  "Tanaka",
  "Ulrich",
  "Varga",
  "Weber",
  "Yilmaz",
  "Zimmermann",
  "Öztürk",
  "Núñez",
  "Horváth",
  "Dvořák",
  "Kask",
];

/** Cyrillic names with their English transliteration: [Latin, Cyrillic]. */
export const CYRILLIC_GIVEN: [string, string][] = [
  ["Aleksandr", "Александр"],
  ["Bakhtiyor", "Бахтиёр"],
  ["Dmitry", "Дмитрий"],
  ["Emomali", "Эмомали"],
  ["Farid", "Фарид"],
  ["Gulnara", "Гульнара"],
  ["Igor", "Игорь"],
  ["Kassym", "Касым"],
  ["Larisa", "Лариса"],
  ["Marat", "Марат"],
  ["Nurlan", "Нурлан"],
  ["Oksana", "Оксана"],
  ["Pavel", "Павел"],
  ["Ruslan", "Руслан"],
  ["Sergey", "Сергей"],
  ["Timur", "Тимур"],
  ["Umida", "Умида"],
  ["Vladimir", "Владимир"],
  ["Yelena", "Елена"],
  ["Zarina", "Зарина"],
  ["Almazbek", "Алмазбек"],
  ["Sirojiddin", "Сироджиддин"],
  ["Natalia", "Наталья"],
];
export const CYRILLIC_FAMILY: [string, string][] = [
  ["Abdullaev", "Абдуллаев"],
  ["Belov", "Белов"],
  ["Dzhumabekov", "Джумабеков"],
  ["Ermekov", "Ермеков"],
  ["Fedorov", "Федоров"],
  ["Gusev", "Гусев"],
  ["Ivanov", "Иванов"],
  ["Karimov", "Каримов"],
  ["Lebedev", "Лебедев"],
  ["Mirziyoev", "Мирзиёев"],
  ["Nazarov", "Назаров"],
  ["Orlov", "Орлов"],
  ["Petrov", "Петров"],
  ["Rakhmonov", "Рахмонов"],
  ["Sadykov", "Садыков"],
  ["Tokaev", "Токаев"],
  ["Usmanov", "Усманов"],
  ["Volkov", "Волков"],
  ["Yusupov", "Юсупов"],
  ["Zhaparov", "Жапаров"],
  ["Kuznetsov", "Кузнецов"],
  ["Sokolov", "Соколов"],
  ["Aslov", "Аслов"],
  ["Giyosov", "Гиёсов"],
];

/** Chinese names with their pinyin: [pinyin, characters]. */
export const CHINESE_FAMILY: [string, string][] = [
  ["Wang", "王"],
  ["Li", "李"],
  ["Zhang", "张"],
  ["Liu", "刘"],
  ["Chen", "陈"],
  ["Yang", "杨"],
  ["Huang", "黄"],
  ["Zhao", "赵"],
  ["Wu", "吴"],
  ["Zhou", "周"],
  ["Xu", "徐"],
  ["Sun", "孙"],
  ["Ma", "马"],
  ["Zhu", "朱"],
  ["Hu", "胡"],
  ["Guo", "郭"],
  ["He", "何"],
  ["Gao", "高"],
  ["Lin", "林"],
  ["Luo", "罗"],
];
export const CHINESE_GIVEN: [string, string][] = [
  ["Wei", "伟"],
  ["Fang", "芳"],
  ["Min", "敏"],
  ["Jing", "静"],
  ["Lei", "磊"],
  ["Qiang", "强"],
  ["Yan", "艳"],
  ["Jun", "军"],
  ["Yong", "勇"],
  ["Jie", "杰"],
  ["Tao", "涛"],
  ["Ming", "明"],
  ["Chao", "超"],
  ["Xiuying", "秀英"],
  ["Guiying", "桂英"],
  ["Hua", "华"],
  ["Ping", "平"],
  ["Gang", "刚"],
  ["Hui", "辉"],
  ["Xin", "鑫"],
  ["Yi", "毅"],
  ["Jianguo", "建国"],
  ["Haiyan", "海燕"],
  ["Zhiqiang", "志强"],
];

/** Organization names: [English, Russian, Chinese] for the region and the kind. */
export const ORGANIZATION_REGIONS: [string, string, string][] = [
  ["Northern", "Северная", "北方"],
  ["Southern", "Южная", "南方"],
  ["Eastern", "Восточная", "东方"],
  ["Western", "Западная", "西方"],
  ["Central", "Центральная", "中部"],
  ["Coastal", "Прибрежная", "沿海"],
  ["Mountain", "Горная", "山地"],
  ["Steppe", "Степная", "草原"],
  ["River", "Речная", "流域"],
  ["Island", "Островная", "岛屿"],
  ["Desert", "Пустынная", "沙漠"],
  ["Lake", "Озёрная", "湖区"],
];
export const ORGANIZATION_KINDS: [string, string, string][] = [
  ["Cooperation Organisation", "организация сотрудничества", "合作组织"],
  ["Economic Union", "экономическая ассоциация", "经济联盟"],
  ["Security Community", "ассоциация безопасности", "安全共同体"],
  ["Trade Partnership", "торговая ассоциация", "贸易伙伴关系"],
  ["Development Forum", "ассоциация развития", "发展论坛"],
];

/** The bodies each organization has: [English, Russian, Chinese]. */
export const BODIES: [string, string, string][] = [
  ["Council of Heads of State", "Совет глав государств", "元首理事会"],
  ["Council of Foreign Ministers", "Совет министров иностранных дел", "外长理事会"],
  ["Council of Heads of Government", "Совет глав правительств", "政府首脑理事会"],
  ["Council of National Coordinators", "Совет национальных координаторов", "国家协调员理事会"],
  ["Meeting of Defence Ministers", "Совещание министров обороны", "国防部长会议"],
];

/** Document titles: a kind of text and a subject, in three languages. */
export const DOCUMENT_KINDS: {
  type:
    "declaration" | "statement" | "decision" | "communique" | "agreement" | "plan" | "report" | "programme";
  words: [string, string, string];
}[] = [
  { type: "declaration", words: ["Declaration on", "Декларация о", "宣言："] },
  { type: "statement", words: ["Joint Statement on", "Совместное заявление о", "联合声明："] },
  { type: "decision", words: ["Decision on", "Решение о", "决定："] },
  { type: "communique", words: ["Communiqué on", "Коммюнике о", "公报："] },
  { type: "agreement", words: ["Agreement on", "Соглашение о", "协定："] },
  { type: "plan", words: ["Action Plan on", "План действий по", "行动计划："] },
  { type: "report", words: ["Report on", "Доклад о", "报告："] },
  { type: "programme", words: ["Programme of Cooperation on", "Программа сотрудничества по", "合作纲要："] },
];
export const DOCUMENT_SUBJECTS: [string, string, string][] = [
  ["Regional Security", "региональной безопасности", "地区安全"],
  ["Trade Facilitation", "упрощении торговли", "贸易便利化"],
  ["Energy Cooperation", "энергетическом сотрудничестве", "能源合作"],
  ["Transport Corridors", "транспортных коридорах", "交通走廊"],
  ["Combating Terrorism", "борьбе с терроризмом", "打击恐怖主义"],
  ["Public Health", "здравоохранении", "公共卫生"],
  ["Digital Economy", "цифровой экономике", "数字经济"],
  ["Water Resources", "водных ресурсах", "水资源"],
  ["Cultural Exchange", "культурном обмене", "人文交流"],
  ["Food Security", "продовольственной безопасности", "粮食安全"],
  ["Climate Change", "изменении климата", "气候变化"],
  ["Customs Cooperation", "таможенном сотрудничестве", "海关合作"],
  ["Disaster Relief", "ликвидации последствий стихийных бедствий", "救灾"],
  ["Education", "образовании", "教育"],
  ["Tourism", "туризме", "旅游"],
  ["Scientific Research", "научных исследованиях", "科学研究"],
  ["Drug Trafficking", "незаконном обороте наркотиков", "禁毒"],
  ["Financial Cooperation", "финансовом сотрудничестве", "金融合作"],
];
