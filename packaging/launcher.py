"""The frozen bundle's entry script (PyInstaller runs it as __main__): the same `main` as every launcher."""

import sys

from nnplayground.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
