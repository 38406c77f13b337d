"""Export Model Advisor (跨境电商模式决策助手): the command line, files, report and Qt UI."""

#: The one place the version is set (pyproject.toml reads it from here). Reading it from
#: the package metadata instead cost 30 ms at every start.
__version__ = "0.1.0"
