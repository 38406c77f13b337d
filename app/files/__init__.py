"""Files: assessments read and written, every write atomic, every problem one message.

:mod:`.problems` (what goes wrong, in the catalogue's words), :mod:`.reading` (bounded,
strict JSON), :mod:`.writing` (through a temporary file and a rename, all or none) and
:mod:`.assessment` (the answers file of DESIGN §3 plus metadata).
"""

from app.files.assessment import (
    ASSESSMENT_KEYS,
    assessment_details,
    assessment_document,
    load_answers,
    opening_notes,
    respondents_of,
    set_aside,
)
from app.files.problems import MAX_NOTES, FileProblem, clean_text, reason_of
from app.files.reading import MAX_JSON_BYTES, check_readable, read_json
from app.files.writing import (
    STALE_AFTER,
    atomic_write,
    atomic_write_many,
    check_outputs,
    glob_escape,
    json_text,
    remove_stale_temps,
    replaced,
    same_file,
    staged,
    write_all,
    write_bytes,
    write_json,
)

__all__ = [
    "ASSESSMENT_KEYS",
    "MAX_JSON_BYTES",
    "MAX_NOTES",
    "STALE_AFTER",
    "FileProblem",
    "assessment_details",
    "assessment_document",
    "atomic_write",
    "atomic_write_many",
    "check_outputs",
    "check_readable",
    "clean_text",
    "glob_escape",
    "json_text",
    "load_answers",
    "opening_notes",
    "read_json",
    "reason_of",
    "remove_stale_temps",
    "respondents_of",
    "replaced",
    "same_file",
    "set_aside",
    "staged",
    "write_all",
    "write_bytes",
    "write_json",
]
