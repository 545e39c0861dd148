/**
 * The story's vocabulary, per language: the core names that must appear for a
 * page to be about the story at all, and the subject-matter words (ownership,
 * regulation, courts, business, technology, security, geopolitics, chips) that
 * tell coverage from a passing mention. A lifestyle story about a TikTok trend
 * has almost none of them, in any language.
 *
 * All lower case. Han and kana words match anywhere (those scripts have no
 * spaces); every other word matches whole.
 */
import type { Language } from './language.ts';

/** Names that must appear, in every script the story is written in. */
export const CORE_TERMS = [
  'tiktok', 'bytedance', 'douyin', 'musical.ly', '字节跳动', '字節跳動', '抖音', 'バイトダンス', 'ティックトック',
] as const;

/** Proper names that read the same in every language's coverage. */
const SHARED_CUES = ['oracle', 'cfius', 'nvidia', 'trump', 'biden', 'xi jinping', 'silver lake', 'mgx', 'h20', 'h200', 'project texas'];

export const TOPIC_CUES: Record<Language, readonly string[]> = {
  en: [
    'ban', 'banned', 'divest', 'divestiture', 'divestment', 'sale', 'sell', 'buyer', 'deal', 'ownership', 'owner', 'owned',
    'parent company', 'acquisition', 'joint venture', 'investors', 'stake', 'valuation', 'revenue', 'e-commerce', 'ecommerce',
    'merchants', 'advertising', 'congress', 'senate', 'lawmakers', 'legislation', 'law', 'supreme court', 'court', 'judge',
    'executive order', 'white house', 'administration', 'national security', 'security', 'data', 'privacy', 'algorithm',
    'algorithms', 'recommendation', 'export', 'export controls', 'regulators', 'regulatory', 'regulation', 'ministry',
    'beijing', 'washington', 'china', 'chinese', 'commerce department', 'chips', 'gpus', 'semiconductor',
    'artificial intelligence', 'ai', 'xi', 'tariffs', 'geopolitical', 'federal', 'app store', 'app stores', 'blackout',
    'president-elect', 'enacted', 'enforce', 'enforcement', 'deadline', 'first amendment', 'justices', 'lawsuit', 'ruling',
    'appeals court', 'bill', 'hearing', 'testified',
  ],
  es: [
    'prohibición', 'prohibir', 'veto', 'vetar', 'desinversión', 'desinvertir', 'venta', 'vender', 'comprador', 'acuerdo',
    'propiedad', 'propietario', 'empresa matriz', 'matriz', 'adquisición', 'empresa conjunta', 'inversores', 'inversionistas',
    'participación', 'valoración', 'ingresos', 'comercio electrónico', 'publicidad', 'congreso', 'senado', 'legisladores', 'ley',
    'legislación', 'tribunal supremo', 'corte suprema', 'tribunal', 'juez', 'orden ejecutiva', 'casa blanca', 'administración',
    'seguridad nacional', 'datos', 'privacidad', 'algoritmo', 'algoritmos', 'recomendación', 'exportación',
    'controles de exportación', 'reguladores', 'regulación', 'ministerio', 'pekín', 'beijing', 'washington', 'china', 'chino',
    'chinos', 'china', 'chips', 'semiconductores', 'inteligencia artificial', 'ia', 'aranceles', 'geopolítica',
  ],
  fr: [
    'interdiction', 'interdire', 'bannir', 'cession', 'céder', 'vente', 'vendre', 'acheteur', 'accord', 'propriété',
    'propriétaire', 'maison mère', 'société mère', 'acquisition', 'coentreprise', 'co-entreprise', 'investisseurs',
    'participation', 'valorisation', "chiffre d'affaires", 'revenus', 'commerce en ligne', 'publicité', 'congrès', 'sénat',
    'législateurs', 'parlementaires', 'loi', 'législation', 'cour suprême', 'tribunal', 'juge', 'décret', 'maison blanche',
    'administration', 'sécurité nationale', 'données', 'vie privée', 'algorithme', 'algorithmes', 'recommandation',
    'exportation', 'exportations', 'régulateurs', 'réglementation', 'ministère', 'pékin', 'washington', 'chine', 'chinois',
    'chinoise', 'puces', 'semi-conducteurs', 'intelligence artificielle', 'ia', 'droits de douane', 'géopolitique',
  ],
  de: [
    'verbot', 'verbieten', 'verkauf', 'verkaufen', 'käufer', 'deal', 'vereinbarung', 'einigung', 'eigentümer', 'mutterkonzern',
    'mutterunternehmen', 'übernahme', 'gemeinschaftsunternehmen', 'joint venture', 'investoren', 'beteiligung', 'anteil',
    'bewertung', 'umsatz', 'werbung', 'kongress', 'senat', 'gesetzgeber', 'abgeordnete', 'gesetz', 'gesetzgebung',
    'oberster gerichtshof', 'gericht', 'richter', 'dekret', 'anordnung', 'weißes haus', 'weißen haus', 'regierung',
    'nationale sicherheit', 'sicherheit', 'daten', 'datenschutz', 'algorithmus', 'algorithmen', 'empfehlung', 'export',
    'exportkontrollen', 'regulierung', 'behörden', 'ministerium', 'peking', 'washington', 'china', 'chinesisch', 'chinesische',
    'chinesischen', 'chips', 'halbleiter', 'künstliche intelligenz', 'ki', 'zölle', 'geopolitisch',
  ],
  pt: [
    'proibição', 'proibir', 'banimento', 'banir', 'desinvestimento', 'venda', 'vender', 'comprador', 'acordo', 'propriedade',
    'proprietário', 'controladora', 'empresa-mãe', 'aquisição', 'joint venture', 'investidores', 'participação', 'avaliação',
    'receita', 'comércio eletrônico', 'publicidade', 'congresso', 'senado', 'legisladores', 'parlamentares', 'lei',
    'legislação', 'suprema corte', 'tribunal', 'juiz', 'ordem executiva', 'decreto', 'casa branca', 'governo',
    'segurança nacional', 'segurança', 'dados', 'privacidade', 'algoritmo', 'algoritmos', 'recomendação', 'exportação',
    'reguladores', 'regulação', 'ministério', 'pequim', 'washington', 'china', 'chinês', 'chinesa', 'chips', 'semicondutores',
    'inteligência artificial', 'tarifas', 'geopolítica',
  ],
  // Simplified and traditional spellings side by side; overlapping words (安全 in 国家安全) are left out.
  zh: [
    '禁令', '封禁', '剥离', '剝離', '出售', '买家', '買家', '交易', '协议', '協議', '所有权', '所有權', '母公司', '收购', '收購',
    '合资', '合資', '投资者', '投資者', '股份', '持股', '估值', '营收', '營收', '电商', '電商', '广告', '廣告', '国会', '國會',
    '参议院', '參議院', '议员', '議員', '法案', '立法', '法院', '法官', '行政命令', '白宫', '白宮', '国家安全', '國家安全', '数据',
    '數據', '資料', '隐私', '隱私', '算法', '演算法', '推荐', '推薦', '出口', '监管', '監管', '商务部', '商務部', '北京', '华盛顿',
    '華盛頓', '中国', '中國', '美国', '美國', '芯片', '晶片', '英伟达', '輝達', '人工智能', '人工智慧', '关税', '關稅', '地缘',
    '地緣', '特朗普', '川普', '拜登', '甲骨文',
  ],
  ja: [
    '禁止', '売却', '買収', '買い手', '合意', '取引', '所有', '親会社', '合弁', '投資家', '出資', '株式', '評価額', '企業価値',
    '売上', '収益', '広告', '電子商取引', '議会', '上院', '下院', '議員', '法律', '法案', '裁判所', '判事', '大統領令',
    'ホワイトハウス', '政権', '安全保障', 'データ', '個人情報', 'プライバシー', 'アルゴリズム', 'レコメンド', '輸出', '規制',
    '当局', '商務省', '北京', 'ワシントン', '中国', '米国', 'アメリカ', '半導体', 'チップ', 'エヌビディア', '人工知能',
    '関税', 'トランプ', 'バイデン', 'オラクル',
  ],
};

/** The subject words counted for a page in `language` (its own, plus names every language shares). */
export function cuesFor(language: Language | 'other'): readonly string[] {
  const own = language === 'other' ? TOPIC_CUES.en : TOPIC_CUES[language];
  return [...new Set([...own, ...SHARED_CUES])];
}
