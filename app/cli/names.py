"""The commands' names: what the entry point reads to tell a command from a file."""

#: Each command's names, in the order ``--help`` lists them: its name, then any older
#: names it still answers to.
COMMAND_NAMES: dict[str, tuple[str, ...]] = {
    "rank": ("rank",),
    "robustness": ("robustness", "sensitivity"),
    "batch": ("batch",),
}
