"""The bundle's entry point: ``export-advisor`` as the installed command runs it."""

import sys

from app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
