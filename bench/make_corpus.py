#!/usr/bin/env python3
"""Usage: python3 bench/make_corpus.py N OUTDIR [--seed S]

Writes a complete Exhibit site folder for benchmarking:

    OUTDIR/content/site.yaml                 five categories, per_page 20
    OUTDIR/content/pages/about.md            one free page
    OUTDIR/content/cases/case-00001.md ...   N cases

Each case has realistic, varied front matter (see /work/shared/SPEC.md) and a 2-6 KB
Chinese Markdown body with headings, a table, lists, a link to another case
(`[另见](case-00007.md)`), an autolink and occasional strikethrough, task lists and
footnotes. The output depends only on N and the seed (default 1). Standard library only.

Existing case-*.md files in OUTDIR/content/cases are removed first, so re-running with a
smaller N does not leave stale cases behind; nothing else in OUTDIR is touched.
"""

import argparse
import datetime
import json
import os
import random
import re
import sys
import time

CATEGORIES = [
    ("rural-revitalization", "乡村振兴", "服务团扎根田间地头，以科技和人才助力产业兴旺、农民增收。"),
    ("red-culture", "红色文化", "红色资源的数字化保护、传承与宣讲，让革命文物活起来。"),
    ("innovation-entrepreneurship", "创新创业", "从实验室到市场：学生创新项目孵化与成果转化。"),
    ("research", "科研攻关", "面向国家重大需求和区域发展的科学研究与技术突破。"),
    ("social-service", "社会服务", "志愿服务、科普、支教与社区治理，把所学用在群众身边。"),
]
CATEGORY_WEIGHTS = [30, 15, 20, 20, 15]
BODY_MIN, BODY_MAX = 2048, 6144  # bytes of UTF-8 Markdown after the front matter

# --------------------------------------------------------------------------- vocabulary

PLACES = [
    "延安", "洛川", "富平", "眉县", "周至", "汉中", "安康", "商洛", "榆林", "宝鸡", "定西", "会宁",
    "临夏", "天水", "黔东南", "恩施", "赣南", "遵义", "百色", "凉山", "阜平", "平凉", "庆阳", "渭南",
    "铜川", "咸阳", "杨凌", "西乡", "紫阳", "柞水", "米脂", "佳县", "清涧", "合阳", "白水", "宁陕",
]
INDUSTRIES = [
    "苹果", "猕猴桃", "茶叶", "花椒", "核桃", "食用菌", "中药材", "小杂粮", "肉牛", "蜂蜜", "辣椒",
    "马铃薯", "红枣", "柑橘", "木耳", "魔芋", "富硒茶", "葡萄", "樱桃", "山羊", "黄花菜", "油用牡丹",
]
RURAL_MODES = [
    "“三段式”创新服务", "全产业链帮扶实践", "科技小院建设纪实", "数字化赋能行动", "品牌培育与电商直播",
    "标准化种植示范", "“一村一品”产业培育", "绿色防控技术推广", "新型职业农民培训", "“党建+产业”振兴模式",
    "产销对接与冷链建设", "土壤改良与提质增效",
]
RED_SITES = [
    "延安革命旧址", "照金革命根据地", "八路军西安办事处纪念馆", "古田会议会址", "井冈山革命旧址",
    "瑞金中央苏区旧址", "遵义会议会址", "西柏坡纪念馆", "南泥湾", "梁家河", "马栏革命旧址",
    "扶眉战役纪念馆", "红二十五军长征纪念馆", "川陕革命根据地", "陕甘边革命根据地",
]
RED_ACTIONS = [
    "数字化保护与展示", "三维重建与虚拟展馆", "红色故事宣讲团", "口述史采集整理", "红色研学课程开发",
    "沉浸式党史教育实践", "革命文物活化利用", "“行走的思政课”", "红色档案数字化", "微党课创作与传播",
]
INNOVATION_PROJECTS = [
    "智慧农业无人机巡检平台", "基于深度学习的病虫害识别系统", "全生物降解地膜", "农产品冷链物流小程序",
    "非遗文创设计工作室", "低空遥感数据服务", "校园循环物品共享平台", "智能水肥一体化控制器",
    "乡村民宿数字运营", "科技成果转化服务平台", "果园采摘机器人", "秸秆生物质颗粒燃料",
    "智慧养殖环境监测系统", "农村电商直播基地", "微生物菌剂研发", "中药材溯源区块链平台",
]
INNOVATION_SUFFIXES = [
    "项目孵化纪实", "从实验室走向市场", "创业团队成长记", "获全国大学生创新大赛金奖", "成果转化之路",
    "入驻大学科技园", "完成天使轮融资", "服务乡村振兴实践",
]
RESEARCH_TOPICS = [
    "小麦抗旱基因", "黄土高原水土保持", "旱区节水灌溉", "猕猴桃溃疡病防控", "土壤重金属修复",
    "秦岭生物多样性", "作物表型组学", "畜禽粪污资源化利用", "碳达峰碳中和路径", "新型储能材料",
    "玉米密植高产", "葡萄酒酿造微生物", "设施农业环境调控", "植物病毒检测", "黄河流域生态保护",
    "农业大数据模型", "油菜杂种优势", "肉牛良种繁育",
]
RESEARCH_SUFFIXES = [
    "关键技术攻关", "研究取得重要突破", "成果转化与应用", "理论与实践探索", "联合攻关纪实",
    "团队十年磨一剑", "成果入选年度重大进展", "示范推广成效显著",
]
SOCIAL_THEMES = [
    "社区义诊", "留守儿童暑期支教", "老年人数字素养提升", "乡村医生培训", "法律援助进村",
    "青少年心理健康服务", "科普进校园", "垃圾分类宣传", "非遗传承进社区", "农村饮水安全调查",
    "应急救护培训", "图书捐赠与阅读推广", "残障人士就业帮扶", "红色家风宣讲",
]
SOCIAL_SUFFIXES = ["志愿服务行动", "公益计划", "志愿服务队", "公益项目", "十年坚守", "暖心行动", "实践纪实"]

COLLEGES = [
    "园艺学院", "农学院", "植物保护学院", "动物科技学院", "资源环境学院", "水利与建筑工程学院",
    "机械与电子工程学院", "信息工程学院", "食品科学与工程学院", "经济管理学院", "人文社会发展学院",
    "马克思主义学院", "生命科学学院", "林学院", "化学与药学院", "理学院", "葡萄酒学院", "外语学院",
    "风景园林艺术学院", "创新创业学院",
]
UNIT_TYPES = ["研究生党支部", "本科生第一党支部", "青年志愿者协会", "乡村振兴服务团"]
ORGANIZATIONS = [c + u for c in COLLEGES for u in UNIT_TYPES]  # 80
ORG_WEIGHTS = [1.0 / (k + 1) ** 0.7 for k in range(len(ORGANIZATIONS))]

TAGS = [
    "科技助农", "电商直播", "党建引领", "产学研合作", "科技小院", "数字乡村", "品牌建设", "绿色防控",
    "节水灌溉", "土壤改良", "人才培养", "技术培训", "产业帮扶", "定点帮扶", "驻村工作", "红色基因",
    "党史学习", "革命文物", "口述历史", "虚拟展馆", "思政课堂", "文化传承", "非遗保护", "创新大赛",
    "成果转化", "创业孵化", "天使投资", "知识产权", "专利", "大学科技园", "人工智能", "无人机",
    "大数据", "物联网", "区块链", "遥感", "育种", "基因编辑", "生态修复", "水土保持", "碳中和",
    "黄河流域", "秦岭保护", "食品安全", "冷链物流", "志愿服务", "支教", "义诊", "科普", "社区治理",
    "乡村教育", "心理健康", "法律援助", "银发经济", "校地合作", "校企合作", "国际合作", "三下乡",
    "研究生支教团", "示范基地",
]  # 60

PARTNERS = [
    "县农业农村局", "县乡村振兴局", "镇人民政府", "村党支部", "村股份经济合作社", "苹果种植合作社",
    "猕猴桃专业合作社", "县供销合作社", "市农业科学研究院", "省农业技术推广总站", "县融媒体中心",
    "县文化和旅游局", "革命纪念馆", "市档案馆", "县委党史研究室", "区教育局", "中心小学", "县人民医院",
    "社区卫生服务中心", "街道办事处", "社区居委会", "市科学技术协会", "团市委", "市妇联",
    "大学科技园", "农业科技有限公司", "电子商务有限公司", "生物科技有限公司", "食品有限公司",
    "物流有限公司", "信息技术有限公司", "投资管理有限公司", "律师事务所", "红十字会",
    "县图书馆", "农业产业化龙头企业", "家庭农场联盟", "国家农业科技园区", "省林业科学院", "水文水资源勘测中心",
]

# (label, unit, low, high, decimals allowed)
METRICS = [
    ("增产", "%", 5, 60, True), ("亩产提高", "%", 3, 45, True), ("优果率提升", "%", 5, 40, True),
    ("群众满意度", "%", 85, 100, True), ("成本降低", "%", 5, 35, True),
    ("助农增收农户", "户", 20, 2000, False), ("覆盖脱贫户", "户", 10, 800, False),
    ("建成示范基地", "个", 1, 30, False), ("服务村庄", "个", 2, 60, False), ("开发课程", "个", 2, 40, False),
    ("合作企业", "家", 1, 40, False), ("带动合作社", "家", 1, 25, False),
    ("培训农民", "名", 30, 5000, False), ("参与学生", "名", 10, 600, False), ("服务群众", "名", 100, 20000, False),
    ("发表论文", "篇", 1, 30, False), ("撰写调研报告", "篇", 1, 20, False),
    ("授权专利", "项", 1, 20, False), ("制定标准", "项", 1, 6, False), ("获得奖项", "项", 1, 12, False),
    ("带动增收", "万元", 10, 5000, True), ("销售额", "万元", 20, 8000, True), ("获得融资", "万元", 50, 3000, True),
]

HEADINGS_BG = ["项目背景", "缘起", "背景与需求", "问题的提出"]
HEADINGS_DO = ["主要做法", "实施过程", "创新举措", "工作路径", "技术路线"]
HEADINGS_RESULT = ["取得成效", "成效数据", "阶段成果", "数据一览"]
HEADINGS_LESSON = ["经验与启示", "典型经验", "社会反响", "师生感悟"]
HEADINGS_EXTRA = ["团队风采", "群众心声", "专家点评", "媒体报道", "难点与突破", "机制建设"]
HEADINGS_NEXT = ["下一步计划", "未来展望", "持续推进"]

SUBJECTS = [
    "服务团", "党支部", "研究生团队", "科技小院师生", "项目组", "青年志愿者", "指导教师", "青年突击队",
    "学生党员", "团队成员", "驻村工作队", "专家团队",
]
OPENERS = [
    "围绕当地主导产业发展需求", "坚持把论文写在祖国大地上", "以党建引领为抓手", "聚焦关键核心技术",
    "立足区域资源禀赋", "按照“需求导向、精准对接”的思路", "在校地双方的共同推动下",
    "针对群众反映最集中的问题", "结合专业优势", "深入贯彻落实乡村振兴战略部署",
    "传承弘扬伟大建党精神", "依托学校科研平台", "面向国家重大战略需求", "紧扣服务地方经济社会发展",
    "在前期调研的基础上", "按照“党建+业务”深度融合的要求",
]
ACTIONS = [
    "深入田间地头开展入户调研", "组织开展技术培训和现场指导", "建立“专家+农户”结对帮扶机制",
    "搭建产学研协同创新平台", "开展土壤检测和病虫害普查", "制定标准化生产技术规程",
    "推动电商直播与品牌营销", "开展口述史采访和史料整理", "运用三维扫描技术采集文物数据",
    "打造线上线下融合的红色课堂", "孵化学生创新创业项目", "对接投资机构和产业园区",
    "组建跨学科攻关团队", "开展田间试验和示范推广", "编写通俗易懂的科普读本",
    "组织志愿者开展入户走访", "建立长效服务台账", "与地方政府签订合作协议",
    "引入物联网监测设备", "开设“田间课堂”和“夜校”",
]
RESULTS = [
    "有效带动了农户增收致富", "形成了可复制可推广的经验做法", "得到了当地干部群众的充分肯定",
    "培养了一批懂技术、善经营的新型职业农民", "让革命文物“活”了起来", "实现了从技术到产品的转化",
    "显著提升了产品品质和市场竞争力", "为区域产业发展提供了有力支撑", "增强了青年学生的使命担当",
    "相关成果被多家媒体报道", "入选了省级典型案例", "服务覆盖面不断扩大",
    "走出了一条校地合作的新路子", "推动了学科建设与社会服务的良性互动", "取得了良好的经济效益和社会效益",
]
EXTRA_SENTENCES = [
    "在服务过程中，团队始终坚持问题导向，把群众的急难愁盼作为工作的出发点和落脚点。",
    "“以前种地靠经验，现在种地靠科技。”一位老乡这样说。",
    "师生们白天下地、晚上整理数据，常常忙到深夜。",
    "团队将支部建在项目上，让党员在一线发挥先锋模范作用。",
    "调研发现，当地普遍存在技术力量薄弱、销售渠道单一、品牌影响力不足等问题。",
    "这一模式将课堂延伸到田野，把科研成果转化为实实在在的生产力。",
    "从最初的几个人到如今近百人的队伍，服务团的规模不断壮大。",
    "项目负责人表示，下一步将继续深化合作，推动成果在更大范围落地。",
    "学生们在实践中受教育、长才干、作贡献，真正读懂了中国国情。",
    "数字化采集完成后，所有数据均按照文物保护规范进行归档和备份。",
    "孵化期间，学校在场地、导师、资金等方面给予了全方位支持。",
    "经过连续三年的田间试验，新技术的稳定性和适用性得到了充分验证。",
    "志愿者们耐心地手把手教老人使用智能手机挂号、缴费和视频通话。",
    "宣讲团以情景剧、微党课等形式，讲述发生在这片土地上的革命故事。",
    "合作社负责人说，有了专家团队的指导，大家心里更有底了。",
    "团队坚持“把论文写在大地上、把成果留在农民家”的理念。",
    "每一组数据背后，都是师生们一次次往返于实验室和田间的身影。",
    "当地还依托该项目建设了展示中心，吸引了周边县区前来参观学习。",
    "项目实施以来，累计举办各类培训班和现场观摩会数十场。",
    "为了让成果惠及更多群众，团队还录制了系列短视频教程。",
]
LIST_ITEMS = [
    "建立“一户一档”服务台账，精准掌握农户需求", "每月开展一次集中技术培训", "组织专家进村入户“问诊把脉”",
    "搭建线上咨询平台，实现问题“随时问、及时答”", "制定《标准化生产技术规程》", "开展病虫害绿色防控示范",
    "联合电商平台举办产品推介会", "建设数字化展厅和线上虚拟展馆", "编写红色故事读本和宣讲手册",
    "组织“青年讲师团”开展巡回宣讲", "完成核心技术专利申请", "入驻大学科技园并完成工商注册",
    "与龙头企业共建联合实验室", "开展跨区域对比试验", "建立志愿服务积分制度", "每周开展一次入户走访",
    "编印科普手册并免费发放", "建立校地联席会议制度", "开展满意度回访调查", "形成年度服务报告",
]
TASK_ITEMS = [
    "完成前期调研", "完成土壤检测", "建成示范基地", "完成三维数据采集", "上线虚拟展馆",
    "完成专利申请", "完成首轮融资", "完成年度培训计划", "形成调研报告", "举办成果发布会",
]
TABLE_NOTES = ["较上年明显提升", "超额完成目标", "覆盖全部服务村", "数据来自第三方评估", "持续增长",
               "创历史新高", "与合作单位共同统计", "截至年底"]
STRIKE_PHRASES = ["原计划两年完成", "仅在一个村试点", "依靠传统人工记录", "只做线下展示", "由单一学院组织"]
MILESTONE_TITLES = [
    "第一阶段：调研与需求分析", "签订校地合作协议", "第二阶段：技术攻关与试验示范", "建成示范基地",
    "第三阶段：推广应用", "项目通过中期评估", "成果发布会召开", "入选省级典型案例", "完成数字化采集",
    "虚拟展馆上线", "团队获全国大赛金奖", "完成首轮融资", "服务团成立", "首批志愿者进村", "项目结题验收",
]
FOOTNOTES = ["数据来源：当地农业农村部门统计。", "数据截至当年12月底。", "根据第三方评估报告整理。",
             "含线上和线下参与人数。"]


# --------------------------------------------------------------------------- YAML helpers

_PLAIN_UNSAFE = re.compile(r"[:#,\[\]{}&*!|>'\"%@`\\]")
_LOOKS_TYPED = re.compile(r"^(?:[-+]?[0-9.]|true$|false$|yes$|no$|on$|off$|null$|~$)", re.I)


def yq(s):
    """A YAML scalar for string s: plain when that is unambiguous, else double-quoted."""
    if not s or _PLAIN_UNSAFE.search(s) or _LOOKS_TYPED.match(s) or s[0] in "-?" or s != s.strip():
        return json.dumps(s, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar
    return s


def flow_list(items):
    return "[" + ", ".join(yq(x) for x in items) + "]"


def fmt_number(v):
    return ("%.1f" % v).rstrip("0").rstrip(".") if isinstance(v, float) else str(v)


# --------------------------------------------------------------------------- generation

def make_title(rng, cat):
    if cat == "rural-revitalization":
        t = rng.choice(PLACES) + rng.choice(INDUSTRIES) + rng.choice(RURAL_MODES)
    elif cat == "red-culture":
        t = rng.choice(RED_SITES) + rng.choice(RED_ACTIONS)
    elif cat == "innovation-entrepreneurship":
        t = rng.choice(INNOVATION_PROJECTS) + "：" + rng.choice(INNOVATION_SUFFIXES)
    elif cat == "research":
        t = rng.choice(RESEARCH_TOPICS) + rng.choice(RESEARCH_SUFFIXES)
    else:
        t = rng.choice(PLACES) + rng.choice(SOCIAL_THEMES) + rng.choice(SOCIAL_SUFFIXES)
    if rng.random() < 0.08:
        t += "（第%d期）" % rng.randint(2, 9)
    return t


def sentence(rng):
    r = rng.random()
    if r < 0.35:
        return rng.choice(EXTRA_SENTENCES)
    subj = rng.choice(SUBJECTS)
    s = rng.choice(OPENERS) + "，" + subj + rng.choice(ACTIONS)
    if rng.random() < 0.5:
        s += "，" + rng.choice(ACTIONS)
    res = rng.choice(RESULTS)
    if rng.random() < 0.12:
        res = "**" + res + "**"
    return s + "，" + res + "。"


def paragraph(rng, n):
    return "".join(sentence(rng) for _ in range(n))


def make_metrics(rng):
    picks = rng.sample(METRICS, rng.randint(2, 4))
    out = []
    for label, unit, lo, hi, dec in picks:
        if dec and rng.random() < 0.4:
            v = round(rng.uniform(lo, hi), 1)
        else:
            v = rng.randint(lo, hi)
        out.append((label, v, unit))
    return out


def make_case(rng, i, n, titles, cats, meta_date):
    title, cat = titles[i], cats[i]
    date = meta_date
    fm = ["---", "title: " + yq(title), "date: " + date.isoformat(), "category: " + cat]
    summary = None
    if rng.random() < 0.8:
        summary = rng.choice(OPENERS) + "，" + rng.choice(SUBJECTS) + rng.choice(ACTIONS) + "，" + rng.choice(RESULTS) + "。"
        fm.append("summary: " + yq(summary))
    tags = rng.sample(TAGS, rng.randint(2, 4))
    if rng.random() < 0.7:
        fm.append("tags: " + flow_list(tags))
    else:
        fm.append("tags:")
        fm.extend("  - " + yq(t) for t in tags)
    org = rng.choices(ORGANIZATIONS, weights=ORG_WEIGHTS)[0]
    fm.append("organization: " + yq(org))
    if rng.random() < 0.9:
        partners = [rng.choice(PLACES) + p for p in rng.sample(PARTNERS, rng.randint(1, 3))]
        fm.append("partners: " + flow_list(partners))
    if rng.random() < 0.05:
        fm.append("featured: true")
    elif rng.random() < 0.1:
        fm.append("featured: false")
    if rng.random() < 0.03:
        fm.append("draft: false")
    metrics = make_metrics(rng)
    fm.append("metrics:")
    for label, v, unit in metrics:
        fm.append("  - {label: %s, value: %s, unit: %s}" % (yq(label), fmt_number(v), yq(unit)))
    fm.append("milestones:")
    k = rng.randint(1, 3)
    # milestones: in the 30 months up to the case date, sorted, distinct titles
    months = sorted(rng.sample(range(0, 30), k), reverse=True)
    for m, mt in zip(months, rng.sample(MILESTONE_TITLES, k)):
        y, mo = divmod(date.year * 12 + date.month - 1 - m, 12)
        ds = "%04d-%02d" % (y, mo + 1)
        if rng.random() < 0.2:
            ds += "-%02d" % rng.randint(1, 28)
        fm.append("  - {date: %s, title: %s}" % (ds, yq(mt)))
    fm.append("---")
    front = "\n".join(fm) + "\n"

    # ---- body: a skeleton of sections, then sentences until the target size is reached
    target = rng.randint(BODY_MIN, BODY_MAX)
    other = (i + rng.randint(1, n - 1)) % n if n > 1 else i
    link_name = "case-%05d.md" % (other + 1)
    link_text = "另见" if rng.random() < 0.6 else "另见：" + titles[other]

    sections = []  # list of [heading, [paragraphs], trailing_block]
    sections.append([None, [paragraph(rng, 2)], ""])
    sections.append(["## " + rng.choice(HEADINGS_BG), [paragraph(rng, 1)], ""])

    items = rng.sample(LIST_ITEMS, rng.randint(3, 6))
    bullets = "\n".join("- " + it for it in items)
    if rng.random() < 0.4:
        sub = "### 具体措施\n\n"
    else:
        sub = ""
    sections.append(["## " + rng.choice(HEADINGS_DO), [paragraph(rng, 1)], sub + bullets])

    rows = ["| 指标 | 数值 | 说明 |", "| --- | ---: | --- |"]
    for label, v, unit in metrics:
        rows.append("| %s | %s%s | %s |" % (label, fmt_number(v), unit, rng.choice(TABLE_NOTES)))
    for label, unit, lo, hi, dec in rng.sample(METRICS, rng.randint(1, 2)):
        rows.append("| %s | %d%s | %s |" % (label, rng.randint(lo, hi), unit, rng.choice(TABLE_NOTES)))
    table = "\n".join(rows)
    footnote = ""
    if rng.random() < 0.1:
        table += "\n\n以上数据均经核实[^1]。"
        footnote = "[^1]: " + rng.choice(FOOTNOTES)
    sections.append(["## " + rng.choice(HEADINGS_RESULT), [paragraph(rng, 1)], table])

    lesson = paragraph(rng, 1) + "相关情况可参阅[%s](%s)，更多资料见 https://example.edu.cn/x 。" % (link_text, link_name)
    if rng.random() < 0.3:
        lesson += "项目方案几经调整：~~%s~~，最终形成了更完善的实施方案。" % rng.choice(STRIKE_PHRASES)
    sections.append(["## " + rng.choice(HEADINGS_LESSON), [lesson], ""])

    if rng.random() < 0.5:
        sections.append(["## " + rng.choice(HEADINGS_EXTRA), [paragraph(rng, 1)], ""])

    nxt = ""
    if rng.random() < 0.15:
        nxt = "\n".join("- [%s] %s" % ("x" if rng.random() < 0.6 else " ", t)
                        for t in rng.sample(TASK_ITEMS, rng.randint(3, 5)))
    else:
        nxt = "\n".join("%d. %s" % (j + 1, it) for j, it in enumerate(rng.sample(LIST_ITEMS, rng.randint(2, 4))))
    sections.append(["## " + rng.choice(HEADINGS_NEXT), [paragraph(rng, 1)], nxt])

    def render():
        parts = []
        for h, paras, block in sections:
            if h:
                parts.append(h)
            parts.extend(paras)
            if block:
                parts.append(block)
        if footnote:
            parts.append(footnote)
        return "\n\n".join(parts) + "\n"

    size = len(render().encode("utf-8"))
    while size < target:
        sec = sections[rng.randrange(len(sections))]
        s = sentence(rng)
        new_para = rng.random() < 0.25
        add = len(s.encode("utf-8")) + (2 if new_para else 0)
        if size + add > BODY_MAX:
            break
        if new_para:
            sec[1].append(s)
        else:
            sec[1][-1] += s
        size += add
    return front + "\n" + render()


SITE_YAML = """\
title: 高校创新成果展
subtitle: 研究生教育创新成果展 · 乡村振兴与社会服务专题
description: 汇集各学院、党支部和学生团队在乡村振兴、红色文化传承、创新创业、科研攻关与社会服务中的典型案例。
language: zh-CN
base_url: https://example.edu.cn/achievements/
author: 研究生院党委
per_page: 20
categories:
{categories}
unsafe_html: false
"""

ABOUT_MD = """\
---
title: 关于本展
---
本展由研究生院党委主办，各学院党委、研究生党支部和学生团队共同参与，集中展示学校在乡村振兴、
红色文化传承、创新创业、科研攻关与社会服务等方面的创新成果。

## 联系我们

- 地址：学校行政楼 301 室
- 邮箱：achievements@example.edu.cn
"""


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Generate an Exhibit benchmark site folder with N cases.",
        usage="python3 bench/make_corpus.py N OUTDIR [--seed S]")
    ap.add_argument("n", metavar="N", type=int, help="number of cases")
    ap.add_argument("outdir", metavar="OUTDIR", help="site folder to create")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    a = ap.parse_args(argv)
    if a.n < 1:
        ap.error("N must be at least 1")

    t0 = time.perf_counter()
    rng = random.Random(a.seed)
    content = os.path.join(a.outdir, "content")
    cases_dir = os.path.join(content, "cases")
    pages_dir = os.path.join(content, "pages")
    os.makedirs(cases_dir, exist_ok=True)
    os.makedirs(pages_dir, exist_ok=True)
    for name in os.listdir(cases_dir):
        if re.fullmatch(r"case-\d+\.md", name):
            os.remove(os.path.join(cases_dir, name))

    cats_yaml = "\n".join("  - {id: %s, name: %s, description: %s}" % (cid, name, yq(desc))
                          for cid, name, desc in CATEGORIES)
    with open(os.path.join(content, "site.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(SITE_YAML.format(categories=cats_yaml))
    with open(os.path.join(pages_dir, "about.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(ABOUT_MD)

    n = a.n
    cat_ids = [c[0] for c in CATEGORIES]
    cats = rng.choices(cat_ids, weights=CATEGORY_WEIGHTS, k=n)
    titles = [make_title(rng, c) for c in cats]
    d0 = datetime.date(2015, 1, 1).toordinal()
    d1 = datetime.date(2025, 12, 31).toordinal()
    dates = [datetime.date.fromordinal(rng.randint(d0, d1)) for _ in range(n)]

    total = 0
    for i in range(n):
        text = make_case(rng, i, n, titles, cats, dates[i])
        data = text.encode("utf-8")
        total += len(data)
        with open(os.path.join(cases_dir, "case-%05d.md" % (i + 1)), "wb") as f:
            f.write(data)
    dt = time.perf_counter() - t0
    print("make_corpus: %d cases, %.1f MB, seed %d, in %s (%.2f s)"
          % (n, total / 1e6, a.seed, a.outdir, dt), file=sys.stderr)


if __name__ == "__main__":
    main()
