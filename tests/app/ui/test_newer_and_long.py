"""Files from a newer version open as far as they can; notes of any length stay quick."""

import json

from app import files
from samples import PERSONA_BASE


def newer_file(tmp_path, **extra):
    answers = {**PERSONA_BASE, "payment_terms": "net_30", "supply_chain": "contract_network"}
    doc = {"answers": answers, "app_version": "99.0", "company": "Future Co.", **extra}
    path = tmp_path / "newer.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_a_newer_file_opens_with_what_this_version_knows(window, dialog_log, tmp_path):
    path = newer_file(tmp_path)
    assert window.open_path(str(path), ask=False)
    assert dialog_log.errors == []
    known = {k: v for k, v in PERSONA_BASE.items() if k != "supply_chain"}
    assert window.state.answers == known  # the unknown option's question is asked again
    assert window.state.kept == {"payment_terms": "net_30", "supply_chain": "contract_network"}
    said = window.statusBar().currentMessage()
    assert "newer than this one" in said and "payment_terms" in said
    assert window.wizard.current_page() == window.kb.question("supply_chain").page
    # saved again, it still holds what the newer version wrote (answered anew: replaced)
    window.state.set_answer("supply_chain", PERSONA_BASE["supply_chain"])
    target = tmp_path / "again.json"
    dialog_log.save_paths.append(str(target))
    window.act_save_as.trigger()
    saved = json.loads(target.read_text(encoding="utf-8"))["answers"]
    assert saved == {**PERSONA_BASE, "payment_terms": "net_30"}


def test_a_newer_file_ranks_on_the_command_line_with_a_note(tmp_path):
    from cli_run import run

    path = newer_file(tmp_path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["answers"]["supply_chain"] = PERSONA_BASE["supply_chain"]
    path.write_text(json.dumps(doc), encoding="utf-8")
    out = run("rank", path, "--json", tmp_path / "o.json")
    assert out.returncode == 0, out.stderr
    assert "cannot use were left out" in out.stderr and "payment_terms" in out.stderr
    # the same question in a file of this version is an error, as it always was
    doc["app_version"] = "0.0.1"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert run("rank", path).returncode == 2


def test_pasted_notes_beyond_the_limit_are_refused_with_a_line(window):
    window.wizard.go(len(window.kb.pages) - 1)
    window.wizard.notes.setPlainText("n" * (files.MAX_NOTES + 5000))
    assert len(window.state.notes) == files.MAX_NOTES
    assert len(window.wizard.notes.toPlainText()) == files.MAX_NOTES
    assert not window.wizard.notes_limit.isHidden()
    assert "at most 30,000 characters" in window.wizard.notes_limit.text()
    window.wizard.notes.setPlainText("short")
    assert window.wizard.notes_limit.isHidden()


def test_a_file_with_longer_notes_keeps_them_whole(window, dialog_log, tmp_path):
    notes = "line\n" * (files.MAX_NOTES // 2)  # 75,000 characters
    path = tmp_path / "long.json"
    path.write_text(json.dumps({"answers": PERSONA_BASE, "notes": notes}), encoding="utf-8")
    assert window.open_path(str(path), ask=False)
    window.wizard.go(len(window.kb.pages) - 1)
    assert window.state.notes == notes
    assert window.wizard.notes.isReadOnly()
    assert len(window.wizard.notes.toPlainText()) == files.MAX_NOTES
    assert "kept whole in the file" in window.wizard.notes_limit.text()
    target = tmp_path / "again.json"
    dialog_log.save_paths.append(str(target))
    window.act_save_as.trigger()
    assert json.loads(target.read_text(encoding="utf-8"))["notes"] == notes
