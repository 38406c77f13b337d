"""The report's own words in English and Chinese (data text comes from the knowledge base)."""

from __future__ import annotations

LANGUAGES = ("en", "zh")

_EN = {
    # sheet names (at most 31 characters, no []:*?/\)
    "sheet.summary": "Summary",
    "sheet.answers": "Answers",
    "sheet.weights": "Weights",
    "sheet.matrix": "Matrix",
    "sheet.rankings": "Rankings",
    "sheet.charts": "Comparison",
    "sheet.sources": "Sources",
    # document
    "title": "Export model recommendation",
    "subject": "Cross-border e-commerce operating model for an SME",
    "keywords": "cross-border e-commerce; MCDA; TOPSIS; VIKOR",
    "footer": "Export Model Advisor",
    # summary
    "company": "Company",
    "no_company": "(not given)",
    "assessed_on": "Assessed on",
    "app_version": "App version",
    "kb_version": "Knowledge-base version",
    "paper": "Source paper",
    "methods": "Methods",
    "methods_text": "{methods}; consensus by Borda count (each model's mean rank over "
                    "the {n} methods, every method counting equally).",
    "recommended": "Recommended model",
    "runner_up": "Runner-up",
    "model": "Model",
    "description": "What it is",
    "counterpart": "For an exporter",
    "examples": "Examples",
    "consensus_rank": "Consensus rank",
    "mean_rank": "Borda mean rank",
    "firsts": "Methods ranking it first",
    "firsts_text": "{k} of {n}",
    "lifts": "What lifts it",
    "pulls": "What pulls it down",
    "nothing": "nothing stands out",
    "reason": "{name}: {value} (average of the {n} models {mean}; {better})",
    "not_described": "Note",
    "not_described_text": "The paper names this model but does not describe it: its levels "
                          "rest on the public facts listed on the Sources sheet.",
    "tie": "Tie",
    "tie_text": "Tied in the consensus with: {models}.",
    "risks": "Risks to watch for the recommended model",
    "risk_original": "Original passage: {quote}",
    "risk_bears": "Bears on: {criteria}",
    "level_of": "{name} (level {level} of 5)",
    "left_out": "Left out of the ranking",
    "left_out_text": "{name}: {value} for every model, so it cannot change the order; its "
                     "weight was spread over the other criteria.",
    "notes": "Notes",
    "lower_better": "lower is better",
    "higher_better": "higher is better",
    # answers
    "answers_title": "Your answers and what they changed",
    "question": "Question",
    "answer": "Answer",
    "level": "Level",
    "level_text": "{level} of {n}",
    "multipliers": "Weight multipliers",
    "feeds": "Matrix column it feeds",
    "no_change": "none (weights unchanged)",
    "feeds_gap": "{name}: each model's required level minus yours ({level}), not below 0",
    "feeds_range": "{name}: steps your answer lies outside the range each model suits",
    "feeds_none": "none (weights only)",
    "times": "{name} × {factor}",
    # weights
    "weights_title": "Criterion weights",
    "criterion": "Criterion",
    "kind": "Kind",
    "kind.gap": "Requirement gap",
    "kind.risk": "Inherent risk",
    "kind.upside": "Upside",
    "kind.range": "Fit",
    "direction": "Direction",
    "base_weight": "Base weight",
    "weight": "Weight",
    "used_weight": "Weight used by the methods",
    "in_ranking": "In the ranking",
    "yes": "yes",
    "no_constant": "no: equal for every model",
    "why": "Why",
    "why_base": "base {base} (1 + {k} of the paper's passages stress it)",
    "why_factor": "× {factor} ({question}: {answer})",
    "why_norm": "then all weights normalised to sum 100 %",
    "why_manual": "set by hand (the questionnaire would give {weight})",
    # matrix
    "matrix_title": "Decision matrix",
    "matrix_note": "Rows are the models, columns the criteria; each cell is the number the "
                   "methods ranked.",
    "direction_row": "Direction",
    "weight_row": "Weight",
    "in_ranking_row": "In the ranking",
    "levels_title": "What each cell is built from (knowledge-base level)",
    "needs": "needs {level}",
    "suits": "{low} – {high}",
    "sources_title": "Source of each level (numbers as on the Sources sheet)",
    "cite_paper": "[{n}] paper §{section}",
    "cite_fact": "[{n}] public fact",
    # rankings
    "rankings_title": "Rankings by method",
    "rankings_note": "Scores: higher is better, except VIKOR (lower is better). Tied "
                     "models share a rank.",
    "score": "{method} score",
    "rank": "{method} rank",
    "agreement_title": "Agreement between methods (Kendall's tau of their ranks; 1 = same "
                       "order, −1 = reversed)",
    "method": "Method",
    "consensus": "Consensus (Borda count)",
    "top_title": "Each method's first choice",
    "first_choice": "First choice",
    "agrees": "Agrees with the consensus",
    "share_top": "Methods placing the recommended model first",
    # charts
    "charts_title": "Comparison",
    "bar_title": "TOPSIS score (higher is better)",
    "bar_axis": "TOPSIS score",
    "radar_title": "Top three models, criteria normalised (1 = best of the models)",
    "radar_note": "Each criterion scaled over the models: 1 = the best value, 0 = the worst "
                  "(cost criteria reversed). Criteria equal for every model are left out.",
    # sources
    "sources_title_sheet": "Sources: the paper's passages and public facts",
    "id": "Id",
    "kind.paper": "Paper passage",
    "kind.fact": "Public fact",
    "where": "Section or reference",
    "text": "Text",
    "original": "Original passage",
    "used_for": "Used for",
    "used_levels": "levels of {criterion} ({models})",
    "used_base": "base weight of {criterion}",
    "used_question": "question: {question}",
    "used_model": "model: {model}",
    "used_none": "background",
}

_ZH = {
    "sheet.summary": "摘要",
    "sheet.answers": "问卷回答",
    "sheet.weights": "权重",
    "sheet.matrix": "决策矩阵",
    "sheet.rankings": "排名",
    "sheet.charts": "对比",
    "sheet.sources": "来源",
    "title": "跨境电商模式推荐报告",
    "subject": "中小企业跨境电商运作模式选择",
    "keywords": "跨境电商；多准则决策；TOPSIS；VIKOR",
    "footer": "跨境电商模式决策助手",
    "company": "企业",
    "no_company": "（未填写）",
    "assessed_on": "评估日期",
    "app_version": "软件版本",
    "kb_version": "知识库版本",
    "paper": "来源论文",
    "methods": "方法",
    "methods_text": "{methods}；共识采用Borda计数（各模式在{n}种方法中的平均名次，"
                    "各方法权重相同）。",
    "recommended": "推荐模式",
    "runner_up": "次选模式",
    "model": "模式",
    "description": "模式说明",
    "counterpart": "出口对应形态",
    "examples": "实例",
    "consensus_rank": "共识名次",
    "mean_rank": "Borda平均名次",
    "firsts": "排第一的方法数",
    "firsts_text": "{n}种中的{k}种",
    "lifts": "优势",
    "pulls": "劣势",
    "nothing": "无明显因素",
    "reason": "{name}：{value}（{n}种模式平均{mean}；{better}）",
    "not_described": "说明",
    "not_described_text": "论文列出该模式但未作描述，其各项评分依据“来源”表中列出的公开事实。",
    "tie": "并列",
    "tie_text": "在共识排名中与以下模式并列：{models}。",
    "risks": "推荐模式需关注的风险",
    "risk_original": "原文：{quote}",
    "risk_bears": "涉及准则：{criteria}",
    "level_of": "{name}（{level}/5级）",
    "left_out": "未参与排名的准则",
    "left_out_text": "{name}：各模式均为{value}，不影响排序，其权重已分摊到其他准则。",
    "notes": "备注",
    "lower_better": "越低越好",
    "higher_better": "越高越好",
    "answers_title": "问卷回答及其影响",
    "question": "问题",
    "answer": "回答",
    "level": "等级",
    "level_text": "{level}/{n}",
    "multipliers": "权重乘数",
    "feeds": "对应矩阵列",
    "no_change": "无（权重不变）",
    "feeds_gap": "{name}：各模式所需等级减去您的等级（{level}），最低为0",
    "feeds_range": "{name}：您的回答偏离各模式适合范围的级数",
    "feeds_none": "无（仅影响权重）",
    "times": "{name} × {factor}",
    "weights_title": "准则权重",
    "criterion": "准则",
    "kind": "类型",
    "kind.gap": "能力缺口",
    "kind.risk": "固有风险",
    "kind.upside": "收益",
    "kind.range": "匹配度",
    "direction": "方向",
    "base_weight": "基础权重",
    "weight": "权重",
    "used_weight": "方法实际使用的权重",
    "in_ranking": "是否参与排名",
    "yes": "是",
    "no_constant": "否：各模式相同",
    "why": "依据",
    "why_base": "基础权重{base}（1 + 论文中强调该风险的{k}处段落）",
    "why_factor": "× {factor}（{question}：{answer}）",
    "why_norm": "再将全部权重归一化为100%",
    "why_manual": "手动设定（问卷给出的权重为{weight}）",
    "matrix_title": "决策矩阵",
    "matrix_note": "行为模式，列为准则；单元格为各方法排序所用的数值。",
    "direction_row": "方向",
    "weight_row": "权重",
    "in_ranking_row": "是否参与排名",
    "levels_title": "各单元格的依据（知识库等级）",
    "needs": "需{level}级",
    "suits": "{low} – {high}",
    "sources_title": "各等级的来源（编号同“来源”表）",
    "cite_paper": "[{n}] 论文§{section}",
    "cite_fact": "[{n}] 公开事实",
    "rankings_title": "各方法排名",
    "rankings_note": "得分越高越好，VIKOR除外（越低越好）。并列的模式名次相同。",
    "score": "{method}得分",
    "rank": "{method}名次",
    "agreement_title": "方法间一致性（名次的Kendall τ；1 = 顺序相同，−1 = 完全相反）",
    "method": "方法",
    "consensus": "共识（Borda计数）",
    "top_title": "各方法的首选",
    "first_choice": "首选",
    "agrees": "与共识一致",
    "share_top": "将推荐模式排第一的方法",
    "charts_title": "对比",
    "bar_title": "TOPSIS得分（越高越好）",
    "bar_axis": "TOPSIS得分",
    "radar_title": "前三名模式，准则归一化（1 = 各模式中最优）",
    "radar_note": "每项准则在各模式间缩放：1 = 最优值，0 = 最差值（成本型准则已反向）。"
                  "各模式相同的准则未列入。",
    "sources_title_sheet": "来源：论文段落与公开事实",
    "id": "编号",
    "kind.paper": "论文段落",
    "kind.fact": "公开事实",
    "where": "章节或出处",
    "text": "内容",
    "original": "原文",
    "used_for": "用途",
    "used_levels": "{criterion}的等级（{models}）",
    "used_base": "{criterion}的基础权重",
    "used_question": "问题：{question}",
    "used_model": "模式：{model}",
    "used_none": "背景",
}

_TABLES = {"en": _EN, "zh": _ZH}


class Labels:
    """The report's words in one language.

    Parameters
    ----------
    lang
        ``"en"`` or ``"zh"``.

    Raises
    ------
    ValueError
        For any other language.
    """

    def __init__(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"lang: {lang!r} is not a report language; valid choices: "
                             f"{', '.join(LANGUAGES)}")
        self.lang = lang
        self._words = _TABLES[lang]

    def __call__(self, key: str, **values: object) -> str:
        """The text for ``key``, with ``values`` filled in."""
        text = self._words[key]
        return text.format(**values) if values else text

    @property
    def sep(self) -> str:
        """The separator between items of a list in running text."""
        return "、" if self.lang == "zh" else ", "
