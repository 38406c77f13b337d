"""The policy clock's words: the route, the dated rules, the timeline, what changed since.

Both tables have the same keys with the same fields (a test holds them to it).
"""

#: What every key here starts with.
PREFIXES = ("clock.",)

EN = {
    "clock.with_route": "{role} — {start}",
    "clock.route_label": "Route",
    "clock.as_of_label": "Rules as of",
    "clock.as_of": "Assessed as of {date}, with the rules in force then ({count} dated rules "
    "apply to your market).",
    "clock.holds_none": "Holds through your horizon (to {end}): no rule change is scheduled "
    "for your market.",
    "clock.holds": "Holds through your horizon (to {end}): no scheduled rule change alters "
    "it ({events}).",
    "clock.route_line": "{name} — {detail}",
    "clock.row": "• {date} — {rule}: {advice} ({mark}; {source})",
    "clock.changes": "From {date} ({event}) the advice changes: {advice}.",
    "clock.ends": "{event} ends",
    "clock.event_on": "{event} ({date})",
    "clock.none_after": "no model is feasible",
    "clock.timeline_title": "Rule changes scheduled within your horizon",
    "clock.col_date": "Date",
    "clock.col_rule": "Rule",
    "clock.col_source": "Source",
    "clock.col_after": "Recommendation after it",
    "clock.changed": "changes",
    "clock.same": "holds",
    "clock.disputed": "Dates reported differently: {why}",
    "clock.since_title": "What changed since it was saved",
    "clock.since_saved": "Saved as of {date} (knowledge base {version}): {advice}.",
    "clock.since_unknown": "Saved without a date or a recommendation: compared with the "
    "rules in force on {date}.",
    "clock.since_rules": "Rules in force or added since: {events}.",
    "clock.since_no_rules": "No rule came into force or was added since.",
    "clock.since_now_same": "Now, as of {date}: the same advice, {advice}.",
    "clock.since_now_changed": "Now, as of {date}: the advice changed to {advice}.",
    "clock.moved_by": "{sign}{by} by {ref}",
    "clock.level_moves": "Moved from the level above: {moves}.",
}

ZH = {
    "clock.with_route": "{role}——{start}",
    "clock.route_label": "路径",
    "clock.as_of_label": "规则日期",
    "clock.as_of": "评估日期：{date}，按当日有效的规则评估"
    "（{count}条有日期的规则适用于您的市场）。",
    "clock.holds_none": "在您的回本期限内（至{end}）结论不变：您的市场没有已排定的规则变化。",
    "clock.holds": "在您的回本期限内（至{end}）结论不变："
    "已排定的规则变化（{events}）不会改变结论。",
    "clock.route_line": "{name}——{detail}",
    "clock.row": "• {date}——{rule}：{advice}（{mark}；{source}）",
    "clock.changes": "自{date}起（{event}）建议改变：{advice}。",
    "clock.ends": "{event}到期",
    "clock.event_on": "{event}（{date}）",
    "clock.none_after": "没有可行的模式",
    "clock.timeline_title": "回本期限内已排定的规则变化",
    "clock.col_date": "日期",
    "clock.col_rule": "规则",
    "clock.col_source": "出处",
    "clock.col_after": "变化后的建议",
    "clock.changed": "改变",
    "clock.same": "不变",
    "clock.disputed": "各方报道的日期不一：{why}",
    "clock.since_title": "保存以来的变化",
    "clock.since_saved": "保存时的评估日期：{date}（知识库{version}）：{advice}。",
    "clock.since_unknown": "保存时未记录日期或建议：按{date}有效的规则比较。",
    "clock.since_rules": "此后生效或新增的规则：{events}。",
    "clock.since_no_rules": "此后没有生效或新增的规则。",
    "clock.since_now_same": "现在（{date}）：建议相同，{advice}。",
    "clock.since_now_changed": "现在（{date}）：建议已改为{advice}。",
    "clock.moved_by": "{ref}使其{sign}{by}",
    "clock.level_moves": "相对上述评分的调整：{moves}。",
}
