"""Entry script of the PyInstaller build: the same ``reviewer`` command as the wheel's."""

import sys

from reviewer.cli import main

if __name__ == "__main__":
    sys.exit(main())
