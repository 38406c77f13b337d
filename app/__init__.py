"""Export Model Advisor (跨境电商模式决策助手): the command line, files, report and Qt UI."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("export-model-advisor")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0+source"
