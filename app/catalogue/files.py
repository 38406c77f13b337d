"""Files' words (:mod:`app.files`): a path, an answer or an opened file gone wrong.

Both tables have the same keys with the same fields (a test holds them to it).
"""

#: What every key here starts with.
PREFIXES = ("file.", "reason.", "answer.", "open.")

EN = {
    # file problems (app.files.FileProblem): the path, what went wrong, the reason
    "file.folder_missing": "{path}: the folder {folder} does not exist",
    "file.is_folder": "{path}: is a folder, not a file",
    "file.cannot_create": "{path}: cannot write in {folder} ({reason})",
    "file.read_only": "{path}: the file is read-only",
    "file.cannot_write": "{path}: cannot write ({reason})",
    "file.no_such_file": "{path}: no such file",
    "file.not_utf8": "{path}: not a UTF-8 text file",
    "file.cannot_read": "{path}: cannot read ({reason})",
    "file.not_json": "{path}: not valid JSON (line {line}, column {column}: {detail})",
    "file.not_assessment": "{path}: not an assessment",
    "file.not_regular": "{path}: not a regular file (a device, a pipe or a socket)",
    "file.is_input": "{path}: is the input {input}; choose another file for the output "
    "(nothing was written)",
    "file.same_output": "{path}: two outputs would be written to this one file; give each "
    "its own (nothing was written)",
    "open.newer_app": "saved by version {saved} of the app, newer than this one ({this}): "
    "what it added is left out",
    "open.other_kb": "assessed with knowledge base {saved}; ranked again with {this}, whose "
    "levels may differ",
    "open.extra_keys": "keys this version does not know were left out: {keys}",
    "open.set_aside": "answers this version cannot use were left out of the ranking and "
    "are kept in the file: {answers}",
    "file.too_big": "{path}: {size:,} bytes; the limit is {limit:,}",
    "file.too_deep": "{path}: not valid JSON (nested too deeply)",
    "file.duplicate_key": "{path}: the key '{name}' is given twice; keep one",
    "file.bad_number": "{path}: not valid JSON (a number too long to read)",
    "reason.disk_full": "the disk is full",
    "reason.permission": "permission denied",
    "reason.in_use": "permission denied; is the file open in another program?",
    "reason.read_only_fs": "the disk or folder is read-only",
    "reason.name_too_long": "the name or the path is too long for this file system; "
    "choose a shorter one",
    "answer.not_object": "{field}: must be an object mapping question ids to option ids; "
    "valid choices: {choices}",
    "answer.no_answers": "{field}: the file needs an object with an 'answers' key; valid "
    "choices: {choices}",
    "answer.unknown_question": "{field}: unknown question; valid choices: {choices}",
    "answer.not_option": "{field}: {value} is not an option; valid choices: {choices}",
    "answer.missing": "{field}: missing answer; valid choices: {choices}",
    "answer.missing_many": "answers: {n} answers missing: {listed}",
    "answer.respondents": "{field}: a list of 1 to 12 respondents, each an object with a "
    "name and answers; valid keys: {choices}",
    "answer.respondent_name": "{field}: a name of 1 to 80 characters is needed",
    "answer.respondent_twice": "{field}: this name is given twice; already named: {choices}",
}

ZH = {
    "file.folder_missing": "{path}：文件夹{folder}不存在",
    "file.is_folder": "{path}：这是文件夹，不是文件",
    "file.cannot_create": "{path}：无法在{folder}中写入（{reason}）",
    "file.read_only": "{path}：文件为只读",
    "file.cannot_write": "{path}：无法写入（{reason}）",
    "file.no_such_file": "{path}：文件不存在",
    "file.not_utf8": "{path}：不是UTF-8文本文件",
    "file.cannot_read": "{path}：无法读取（{reason}）",
    "file.not_json": "{path}：不是有效的JSON（第{line}行第{column}列：{detail}）",
    "file.not_assessment": "{path}：不是评估文件",
    "file.not_regular": "{path}：不是普通文件（而是设备、管道或套接字）",
    "file.is_input": "{path}：这是输入文件{input}，请为输出另选文件（未写入任何内容）",
    "file.same_output": "{path}：两项输出会写入同一个文件，请为每项输出各选一个文件"
    "（未写入任何内容）",
    "open.newer_app": "该文件由较新版本{saved}保存，当前版本为{this}：新增内容已略去",
    "open.other_kb": "该评估使用知识库{saved}；已按当前知识库{this}重新排序，等级可能不同",
    "open.extra_keys": "已略去当前版本不认识的键：{keys}",
    "open.set_aside": "当前版本无法使用的回答未计入排序，但仍保存在文件中：{answers}",
    "file.too_big": "{path}：{size}字节，超过上限{limit}字节",
    "file.too_deep": "{path}：不是有效的JSON（嵌套层数过多）",
    "file.duplicate_key": "{path}：键“{name}”出现了两次，请只保留一个",
    "file.bad_number": "{path}：不是有效的JSON（数字过长，无法读取）",
    "reason.disk_full": "磁盘已满",
    "reason.permission": "没有权限",
    "reason.in_use": "没有权限；文件是否正在其他程序中打开？",
    "reason.read_only_fs": "磁盘或文件夹为只读",
    "reason.name_too_long": "文件名或路径超出该文件系统的长度上限，请改用较短的名称",
    "answer.not_object": "{field}：应为由问题id映射到选项id的对象；可选：{choices}",
    "answer.no_answers": "{field}：文件须为含有“answers”键的对象；可选：{choices}",
    "answer.unknown_question": "{field}：未知问题；可选：{choices}",
    "answer.not_option": "{field}：{value}不是可选项；可选：{choices}",
    "answer.missing": "{field}：缺少回答；可选：{choices}",
    "answer.missing_many": "answers：缺少{n}项回答：{listed}",
    "answer.respondents": "{field}：应为1至12位答卷人的列表，每位为含姓名与回答的对象；"
    "可用的键：{choices}",
    "answer.respondent_name": "{field}：需要1至80个字符的姓名",
    "answer.respondent_twice": "{field}：该姓名重复；已有：{choices}",
}
