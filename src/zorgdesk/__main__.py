import sys

from zorgdesk.cli import main

sys.exit(main())
