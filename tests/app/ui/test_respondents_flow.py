"""Several respondents in the app: keep each one's answers, see both and the combination."""

import criteria
from app import files
from criteria.decision import respondents
from samples import PERSONA_BASE

OWNER = dict(PERSONA_BASE)
SALES = {**PERSONA_BASE, "traffic": "large", "risk_appetite": "high"}


def answer(window, answers):
    for qid, oid in answers.items():
        window.state.set_answer(qid, oid)


def test_two_respondents_who_disagree_show_both_the_dispute_and_the_combination(
    qtbot, window, dialog_log, tmp_path
):
    answer(window, OWNER)
    dialog_log.texts += ["Owner", "Sales"]
    window.act_respondent.trigger()
    assert "Kept as Owner's answers" in window.statusBar().currentMessage()
    answer(window, SALES)  # the sales head answers the audience and risk differently
    window.act_respondent.trigger()
    combined = respondents.combine(window.kb, [OWNER, SALES]).answers
    assert window.state.answers == dict(combined)  # the answers ranked are the combination
    window.show_results()
    said = window.results.respondents
    assert said.isVisible()
    text = said.text()
    kb = window.kb
    for name, answers in (("Owner", OWNER), ("Sales", SALES)):
        single = criteria.assess(kb, answers)
        role = kb.model(single.recommended).role.export.en
        assert f"{name}: {role}" in text
    assert "They answer differently: Own audience (Owner" in text
    assert "Combined answers: " in text and "The rule: " in text
    # saved and reopened: every respondent kept, the answers their combination
    dialog_log.save_paths.append(str(tmp_path / "firm.json"))
    assert window.document.save()
    document, loaded = files.load_answers(tmp_path / "firm.json", kb)
    assert [n for n, _ in files.respondents_of(document, kb)] == ["Owner", "Sales"]
    assert dict(loaded) == dict(combined)


def test_a_name_given_twice_is_refused_and_nothing_changes(qtbot, window, dialog_log):
    answer(window, OWNER)
    dialog_log.texts += ["Owner", "Owner"]
    window.act_respondent.trigger()
    window.act_respondent.trigger()
    assert len(window.state.respondents) == 1
    assert dialog_log.errors and "already a respondent" in dialog_log.errors[-1][1]


def test_incomplete_answers_cannot_be_kept_as_a_respondents(qtbot, window, dialog_log):
    window.state.set_answer("capital", "lt_500k")
    assert not window.add_respondent()
    assert window.state.respondents == []
    assert "Answer every question" in window.statusBar().currentMessage()
