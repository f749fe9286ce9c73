// The page's words in Chinese (default) and English; the choice is kept in localStorage.
const WORDS = {
  zh: {
    brand: '产业链图谱', key: '分析密钥', chains: '重点产业链', coverBriefing: '全部产业链简报（总览）',
    keyHint: '关键卡点、风险、假设推演与简报需要分析员密钥：chaingraph keys create --role analyst --name 我的名字',
    search: '搜索', searchHint: '企业名称或信用代码', segment: '环节', location: '位置', risk: '风险', all: '全部',
    riskMedium: '中及以上', riskHigh: '高及以上', riskCritical: '严重', whatif: '假设推演', briefing: '简报', briefingPdf: '简报 PDF',
    keyPrompt: '输入分析员密钥（仅保存在本标签页的会话中）：', clear: '清除', save: '保存',
    LOCAL: '本地', METRO: '都市圈', PROVINCE: '省内', COUNTRY: '国内', DOMESTIC: '国内', OVERSEAS: '境外',
    LOCAL_long: '本地（深圳市内）', METRO_long: '都市圈（东莞、惠州、河源、汕尾）', DOMESTIC_long: '国内其他地区', OVERSEAS_long: '境外',
    overview: '环节总览', detail: '企业明细', flow: '上游 → 下游（箭头为供给方向）', keySegment: '关键环节', noFinding: '无清单问题',
    openDetail: '点击查看该环节全部企业', findingCount: (n) => `该环节共 ${n} 项清单问题`, noSupply: '无供应记录',
    supplies: (n) => `${n} 条供应`, yiAmount: (yi) => `${amount(yi)} 亿元`, firmsRow: '企业', supplyRow: '供应', count: (n) => `${n}家`,
    andMore: (n) => `等 ${n + 2} 家`, localOf: (n, m) => `本地 ${n} 家 / 共 ${m} 家`,
    finding_MISSING: '缺失', finding_WEAK: '薄弱', finding_CHOKEPOINT: '卡点', finding_FOREIGN_CHOKEPOINT: '卡脖子', finding_SOLE_SOURCE: '单一来源',
    line_OWNER: '链主', line_CORE: '核心配套', line_CHOKEPOINT: '卡点', line_FOREIGN_CHOKEPOINT: '卡脖子', line_SOLE_SOURCE: '单一来源',
    creditCode: '信用代码', factor_ownerImpact: '链主产能损失', factor_overseas: '位于境外', factor_soleSource: '单一来源份额', factor_chokepoints: '关键卡点次数',
    OWNER: '链主企业', CORE: '核心配套企业', SUPPLIER: '配套企业',
    legend: '图例', chokepoint: '关键卡点', foreign: '卡脖子（境外卡点）', owner: '链主企业（方形）', missing: '缺失环节', weak: '薄弱环节',
    sizeByOutput: '大小 = 年产值', shown: (n, m) => `显示 ${n} / ${m} 家企业`, loading: '加载中…',
    findings: '关键卡点', noKey: '输入分析员密钥后显示关键卡点、风险与假设推演。', links: '缺失与薄弱环节',
    role: '角色', output: '年产值', labels: '标签', place: '所在地', riskScore: '风险', suppliers: '供应商', customers: '客户',
    none: '无', more: (n) => `共 ${n} 家`, yi: '亿元',
    whatifHelp: '点击企业加入或移出假设清单，或选择一个国家；然后运行。', country: '国家', run: '运行', reset: '重置',
    picked: (n) => `已选 ${n} 家企业`, removed: (n) => `移除 ${n} 家企业后链主的损失：`, availability: '可持续产能', lost: '损失环节',
    needKey: '此功能需要分析员密钥。', badKey: '密钥无效或已撤销，已清除。', saved: '密钥已保存在本标签页。',
    CHAMPION: '单项冠军', LITTLE_GIANT: '专精特新小巨人', UNICORN: '独角兽', LISTED: '上市', HQ_LOCAL: '总部在本地',
    candidates: '招商目标 / 替代候选', attract: '招商目标', expand: '本地扩产', substitute: '替代候选',
    topOf: (n, m) => `前 ${n} 家 / 共 ${m} 家`,
    score: '评分', sep: '；', wan: (x) => `${+x.toFixed(1)}万元`, amountUnknown: '金额待定',
    CRITICAL: '严重', HIGH: '高', MEDIUM: '中', LOW: '低', notFound: '未找到该产业链。', SOLE_SOURCE: '单一来源', DOMINATOR: '必经节点', CUT: '最小割', BRIDGE: '关键供应关系',
  },
  en: {
    brand: 'Chain map', key: 'Analyst key', chains: 'Key chains', coverBriefing: 'Briefing of all chains (cover)',
    keyHint: 'Chokepoints, risk, what-if and briefings need an analyst key: chaingraph keys create --role analyst --name me',
    search: 'Search', searchHint: 'name or credit code', segment: 'Segment', location: 'Where', risk: 'Risk', all: 'All',
    riskMedium: 'medium+', riskHigh: 'high+', riskCritical: 'critical', whatif: 'What-if', briefing: 'Briefing', briefingPdf: 'Briefing PDF',
    keyPrompt: 'Analyst key (kept in this tab’s session only):', clear: 'Clear', save: 'Save',
    LOCAL: 'local', METRO: 'ring', PROVINCE: 'province', COUNTRY: 'China', DOMESTIC: 'China', OVERSEAS: 'abroad',
    LOCAL_long: 'local (in Shenzhen)', METRO_long: 'metro ring (Dongguan, Huizhou, Heyuan, Shanwei)', DOMESTIC_long: 'elsewhere in China', OVERSEAS_long: 'abroad',
    overview: 'Segments', detail: 'Firms', flow: 'upstream → downstream (arrows: who supplies whom)', keySegment: 'key segment', noFinding: 'no checklist item',
    openDetail: 'click to see all firms of the segment', findingCount: (n) => `${n} checklist items on this segment`, noSupply: 'no supply recorded',
    supplies: (n) => `${n} supplies`, yiAmount: (yi) => `¥${amount(yi / 10)}bn`, firmsRow: 'firms', supplyRow: 'share', count: (n) => `${n}`,
    andMore: (n) => `+${n}`, localOf: (n, m) => `${n} local of ${m} firms`,
    finding_MISSING: 'missing', finding_WEAK: 'weak', finding_CHOKEPOINT: 'chokepoint', finding_FOREIGN_CHOKEPOINT: 'foreign', finding_SOLE_SOURCE: 'sole source',
    line_OWNER: 'owner', line_CORE: 'core', line_CHOKEPOINT: 'chokepoint', line_FOREIGN_CHOKEPOINT: 'foreign', line_SOLE_SOURCE: 'sole source',
    creditCode: 'Credit code',
    OWNER: 'chain owner', CORE: 'core supporting', SUPPLIER: 'supplier',
    legend: 'Legend', chokepoint: 'chokepoint', foreign: 'foreign chokepoint', owner: 'chain owner (square)', missing: 'missing segment', weak: 'weak segment',
    sizeByOutput: 'size = annual output', shown: (n, m) => `${n} / ${m} firms`, loading: 'loading…',
    findings: 'Chokepoints', noKey: 'Enter an analyst key to see chokepoints, risk and what-if.', links: 'Missing and weak segments',
    role: 'Role', output: 'Output', labels: 'Labels', place: 'Location', riskScore: 'Risk', suppliers: 'Suppliers', customers: 'Customers',
    none: 'none', more: (n) => `${n} in all`, yi: '100M CNY',
    whatifHelp: 'Click enterprises to add or remove them, or pick a country; then run.', country: 'Country', run: 'Run', reset: 'Reset',
    picked: (n) => `${n} enterprises picked`, removed: (n) => `Owners' losses without ${n} enterprises:`, availability: 'capacity left', lost: 'segments lost',
    needKey: 'This needs an analyst key.', badKey: 'The key is invalid or revoked; cleared.', saved: 'Key saved for this tab.',
    CHAMPION: 'single-item champion', LITTLE_GIANT: 'little giant', UNICORN: 'unicorn', LISTED: 'listed', HQ_LOCAL: 'local HQ',
    candidates: 'Targets / substitutes', attract: 'attraction targets', expand: 'local expansion', substitute: 'substitutes',
    topOf: (n, m) => `top ${n} of ${m}`,
    score: 'score', sep: '; ', wan: (x) => `CNY ${+(x / 100).toFixed(2)} million`, amountUnknown: 'amount to be set',
    CRITICAL: 'critical', HIGH: 'high', MEDIUM: 'medium', LOW: 'low', notFound: 'No such chain.', SOLE_SOURCE: 'sole source', DOMINATOR: 'dominator', CUT: 'vertex cut', BRIDGE: 'critical relation',
  },
};

/** A positive amount with a precision a reader needs: 1,234 · 56.7 · 0.89. */
function amount(x) {
  return x >= 100 ? Math.round(x).toLocaleString('en-US') : x >= 1 ? x.toFixed(1) : x.toFixed(2);
}

let lang = localStorage.getItem('chaingraph.lang') === 'en' ? 'en' : 'zh';

export const language = () => lang;

export function t(key, ...args) {
  const word = WORDS[lang][key] ?? (lang === 'en' ? undefined : WORDS.zh[key]);
  if (word === undefined) return typeof args[0] === 'string' ? args[0] : key;
  return typeof word === 'function' ? word(...args) : word;
}

export function setLanguage(next) {
  lang = next;
  localStorage.setItem('chaingraph.lang', next);
  document.documentElement.lang = next === 'en' ? 'en' : 'zh-CN';
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
}
