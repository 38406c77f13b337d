"""Batch assessment's words (:mod:`app.survey`, :mod:`app.report.survey`).

Both tables have the same keys with the same fields (a test holds them to it).
"""

#: What every key here starts with.
PREFIXES = ("batch.",)

EN = {
    # batch assessment (app.survey)
    "batch.none_feasible": "none feasible",
    "batch.skipped": "not computed",
    "batch.near_ties": "of which a near-tie (another route about equal)",
    "batch.sheet.results": "Results",
    "batch.sheet.summary": "Summary",
    "batch.sheet.errors": "Errors",
    "batch.summary_title": "How the recommendations are distributed",
    "batch.progress": "{done:,} of about {total:,} rows assessed…",
    "batch.read": "{rows:,} rows read, {good:,} assessed, {bad:,} rejected ({profiles:,} "
    "distinct answer profiles)",
    "batch.model": "Model (export role / import role)",
    "batch.count": "Rows",
    "batch.share": "Share",
    "batch.chart": "Recommendations",
    "batch.by_capital": "Recommendations by trade direction and first-year budget",
    "batch.direction": "Trade direction",
    "batch.capital": "First-year budget",
    "batch.row": "Row",
    "batch.column": "Column",
    "batch.reason": "Reason",
    # the result columns' names (the workbook's first header row; the ids are its second)
    "batch.col.recommended": "Recommended model",
    "batch.col.recommended_role": "Recommended role",
    "batch.col.confidence": "Confidence",
    "batch.col.confidence_share": "Confidence (share of weightings)",
    "batch.col.not_feasible": "Not feasible",
    "batch.col.near_tie": "About equal to the recommended",
    "batch.col.cannot_serve_goal": "Cannot serve the goal",
    "batch.col.order": "Order, best first",
    "batch.col.fit": "Fit: {model}",
    "batch.col.route": "Entry route",
    "batch.col.first_change": "First rule change",
    # the survey template and its column guide
    "batch.guide.column": "Column (id)",
    "batch.guide.question": "Question",
    "batch.guide.asked": "Asked when",
    "batch.guide.always": "always",
    "batch.guide.option": "Answer (id)",
    "batch.guide.label": "Answer",
    "batch.guide.company": "Company name (any other column is passed through)",
    "batch.no_answer": "no answer; valid: {choices}",
    "batch.not_option": "{value} is not an option; valid: {choices}",
    "batch.rejected": "row {row}, {column}: {reason}",
    "batch.more_errors": "… and {n:,} more (see {where})",
    "batch.missing_columns": "no column for {missing}; name the columns by question id "
    "({ids}) or by the question's text",
    "batch.unreadable": "{path}: not a readable CSV or .xlsx table ({detail})",
    "batch.errors_spill": "… and {n:,} more rejected cells: the sheet is full; all are in {where}",
    "batch.xlsx_columns": "{n:,} columns with the results; an .xlsx sheet holds {limit:,}: "
    "leave some columns out, or write --csv",
    "batch.xlsx_rows": "{n:,} rows to assess; an .xlsx sheet holds {limit:,}: write --csv, or "
    "split the survey",
    "batch.xlsx_cell": "row {row}, {column}: {n:,} characters; an .xlsx cell holds {limit:,}: "
    "shorten it, or write --csv",
    "batch.xlsx_entries": "{path}: {n:,} parts in the workbook; the limit is {limit:,}",
    "batch.xlsx_unpacked": "{path}: the workbook would unpack to {size}; the limit is {limit}",
    "batch.xlsx_ratio": "{path}: {part} would unpack to {ratio:,} times its size; the limit is "
    "{limit:,} (a zip bomb?)",
    "batch.xlsx_wide": "{path}: the sheet reaches column {n:,}; the limit is {limit:,}",
    "batch.xlsx_cells": "{path}: the sheet declares {n:,} cells; the limit is {limit:,}",
    "batch.duplicate_column": "two columns answer {question}: “{first}” and “{second}”; keep one",
    "batch.mixed_encoding": "{path}: line {utf8} is UTF-8 but line {other} is not: the file "
    "mixes encodings; save it again in one (UTF-8)",
}

ZH = {
    "batch.progress": "已评估{done:,}行，共约{total:,}行……",
    "batch.none_feasible": "无可行模式",
    "batch.skipped": "未计算",
    "batch.near_ties": "其中契合度相当（另有路径不相上下）",
    "batch.sheet.results": "结果",
    "batch.sheet.summary": "汇总",
    "batch.sheet.errors": "错误",
    "batch.summary_title": "推荐结果分布",
    "batch.read": "读取{rows}行，评估{good}行，拒绝{bad}行（不同回答组合{profiles}种）",
    "batch.model": "模式（出口角色/进口角色）",
    "batch.count": "行数",
    "batch.share": "占比",
    "batch.chart": "推荐分布",
    "batch.by_capital": "按贸易方向与首年预算统计的推荐",
    "batch.direction": "贸易方向",
    "batch.capital": "首年预算",
    "batch.row": "行",
    "batch.column": "列",
    "batch.reason": "原因",
    "batch.col.recommended": "推荐模式",
    "batch.col.recommended_role": "推荐角色",
    "batch.col.confidence": "把握程度",
    "batch.col.confidence_share": "把握程度（权重组合占比）",
    "batch.col.not_feasible": "不可行",
    "batch.col.near_tie": "与推荐契合度相当",
    "batch.col.cannot_serve_goal": "无法实现首年目标",
    "batch.col.order": "排序（由优到劣）",
    "batch.col.fit": "契合度：{model}",
    "batch.col.route": "进入路径",
    "batch.col.first_change": "首次规则变化",
    "batch.guide.column": "列（id）",
    "batch.guide.question": "问题",
    "batch.guide.asked": "何时作答",
    "batch.guide.always": "必答",
    "batch.guide.option": "回答（id）",
    "batch.guide.label": "回答",
    "batch.guide.company": "企业名称（其他列原样保留到结果中）",
    "batch.no_answer": "未作答；可选：{choices}",
    "batch.not_option": "{value}不是可选项；可选：{choices}",
    "batch.rejected": "第{row}行，{column}：{reason}",
    "batch.more_errors": "……另有{n}处（见{where}）",
    "batch.missing_columns": "缺少以下问题的列：{missing}；列名请用问题id（{ids}）或问题原文",
    "batch.unreadable": "{path}：不是可读取的CSV或.xlsx表格（{detail}）",
    "batch.errors_spill": "……另有{n}处无效单元格：工作表已满，全部列于{where}",
    "batch.xlsx_columns": "连同结果共{n}列，.xlsx工作表最多{limit}列：请删去部分列，或改用--csv",
    "batch.xlsx_rows": "待评估{n}行，.xlsx工作表最多{limit}行：请改用--csv，或拆分问卷",
    "batch.xlsx_cell": "第{row}行，{column}：{n}个字符，.xlsx单元格最多{limit}个："
    "请缩短，或改用--csv",
    "batch.xlsx_entries": "{path}：工作簿含{n}个部件，上限为{limit}个",
    "batch.xlsx_unpacked": "{path}：工作簿解压后将达{size}，上限为{limit}",
    "batch.xlsx_ratio": "{path}：{part}解压后将是压缩时的{ratio}倍，上限为{limit}倍"
    "（疑似压缩炸弹）",
    "batch.xlsx_wide": "{path}：工作表延伸至第{n}列，上限为{limit}列",
    "batch.xlsx_cells": "{path}：工作表声明了{n}个单元格，上限为{limit}个",
    "batch.duplicate_column": "有两列都在回答{question}：“{first}”和“{second}”，请只保留一列",
    "batch.mixed_encoding": "{path}：第{utf8}行是UTF-8编码，第{other}行却不是：文件混用了编码，"
    "请统一另存为UTF-8",
}
