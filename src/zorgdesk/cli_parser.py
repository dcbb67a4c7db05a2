"""argparse with Dutch words: the IB's admin reads ``zorgdesk --help`` and its errors.

argparse takes its own words ("usage", "options", "the following arguments are
required") from gettext's default domain, which cannot be switched for argparse alone
without affecting the whole process. So the headings are set here and the handful of
error messages argparse produces are translated when they are reported.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

# (pattern of argparse's English message, Dutch replacement); first match wins per part.
_ERRORS = (
    (r"the following arguments are required: (.*)", r"deze gegevens ontbreken: \1"),
    (r"unrecognized arguments: (.*)", r"onbekende argumenten: \1"),
    (r"ambiguous option: (\S+) could match (.*)", r"onduidelijke optie: \1 kan \2 zijn"),
    (r"invalid choice: (.*?) \(choose from (.*)\)", r"ongeldige keuze: \1 (kies uit \2)"),
    (r"invalid (\S+) value: (.*)", r"ongeldige waarde: \2"),
    (r"expected one argument", "hier hoort één waarde achter"),
    (r"expected at least one argument", "hier hoort minstens één waarde achter"),
    (r"ignored explicit argument (.*)", r"overbodige waarde \1"),
    (r"not allowed with argument (.*)", r"niet samen met \1"),
    (r"one of the arguments (.*) is required", r"één van deze is nodig: \1"),
)


def translate_error(message: str) -> str:
    """argparse's English error in Dutch; an unknown message is kept as it is."""
    prefix = ""
    argument = re.match(r"argument (\S+(?:/\S+)*): (.*)", message, re.DOTALL)
    if argument:
        prefix, message = f"bij {argument.group(1)}: ", argument.group(2)
    for pattern, replacement in _ERRORS:
        if re.fullmatch(pattern, message, re.DOTALL):
            return prefix + re.sub(pattern, replacement, message, count=1, flags=re.DOTALL)
    return prefix + message


class DutchHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        super().add_usage(usage, actions, groups, "gebruik: " if prefix is None else prefix)


class DutchArgumentParser(argparse.ArgumentParser):
    """Sub-commands get this class too (add_subparsers uses the parent's class)."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", DutchHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "opdrachten en argumenten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help="toon deze uitleg en stop")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fout: {translate_error(message)}\n")
