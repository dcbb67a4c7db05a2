"""Command line entry point: the GUI by default, headless commands for admins and tests.

The passphrase never comes from an argument (it would end up in shell history and
the process list): only from ZORGDESK_PASSPHRASE or a terminal prompt.
"""

from __future__ import annotations

import argparse
import getpass
import os
import shutil
import sys
import tempfile
import unicodedata
from pathlib import Path

from zorgdesk import __version__, crash, hardening, paths
from zorgdesk.cli_parser import DutchArgumentParser
from zorgdesk.services.errors import VaultError

PASSPHRASE_ENV = "ZORGDESK_PASSPHRASE"  # noqa: S105 - the variable name, not a secret
EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PROBLEMS = 0, 1, 2, 3


MAX_ANONYMISE_BYTES = 1_000_000  # documented in docs/security.md and the --help text


def read_passphrase(prompt: str = "Wachtwoord van de kluis: ") -> str:
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        try:
            from_env.encode("utf-8")
        except UnicodeEncodeError:  # undecodable bytes arrive as lone surrogates
            raise VaultError(
                f"De omgevingsvariabele {PASSPHRASE_ENV} bevat tekens die geen geldige UTF-8 "
                "zijn. Zet het wachtwoord opnieuw, met een terminal die UTF-8 gebruikt."
            ) from None
        return from_env
    if not sys.stdin.isatty():
        raise VaultError(
            f"Geen wachtwoord: zet de omgevingsvariabele {PASSPHRASE_ENV} of start "
            "ZorgDesk vanuit een terminal."
        )
    return getpass.getpass(prompt)


def build_parser() -> argparse.ArgumentParser:
    parser = DutchArgumentParser(
        prog="zorgdesk",
        description="ZorgDesk: versleuteld zorgdossier voor de intern begeleider.",
    )
    parser.add_argument("--version", action="version", version=f"ZorgDesk {__version__}",
                        help="toon het versienummer en stop")
    parser.add_argument("--vault", type=Path, default=None, metavar="PAD",
                        help="pad naar de kluis (standaard: zorgdesk.zdv in de gebruikersmap)")
    parser.add_argument("--demo", action="store_true",
                        help="open een nieuwe demokluis in een tijdelijke map")
    parser.add_argument("--startcontrole", action="store_true",
                        help="controleer de installatie: start tot het eerste venster, "
                             "meld wat ontbreekt en stop (voor beheerders)")
    commands = parser.add_subparsers(dest="command", metavar="opdracht")
    demo = commands.add_parser("demo", help="maak een demokluis met een fictieve school")
    demo.add_argument("path", type=Path, help="waar de demokluis moet komen")
    verify = commands.add_parser("verify", help="controleer of de kluis onbeschadigd is")
    _vault_option(verify)
    backup = commands.add_parser("backup", help="maak een versleutelde back-up")
    _vault_option(backup)
    backup.add_argument("--to", type=Path, required=True, metavar="BESTAND",
                        help="het back-upbestand")
    restore = commands.add_parser("restore", help="zet een back-up terug op een nieuwe plek")
    restore.add_argument("--from", dest="source", type=Path, required=True, metavar="BESTAND",
                         help="het back-upbestand")
    restore.add_argument("--to", type=Path, required=True, metavar="PAD",
                         help="nieuwe plek voor de kluis (mag nog niet bestaan)")
    inzage = commands.add_parser("inzage", help="exporteer alles over één leerling (PDF en JSON)")
    _vault_option(inzage)
    inzage.add_argument("--leerling", required=True, metavar="NUMMER_OF_NAAM",
                        help="nummer of naam van de leerling")
    inzage.add_argument("--to", type=Path, required=True, metavar="MAP",
                        help="map voor de twee bestanden")
    inzage.add_argument("--voor", default="ouder", metavar="WIE",
                        help="wie om inzage vraagt (verstrekkingen)")
    inzage.add_argument("--naam", default="", help="bestandsnaam zonder extensie "
                        "(standaard initialen en datum, dus zonder volledige naam)")
    anon = commands.add_parser("anonymise", help="anonimiseer tekst van stdin naar stdout "
                               "(UTF-8, hoogstens 1.000.000 bytes)")
    anon.add_argument("--known-name", action="append", default=[], metavar="NAAM",
                      help="een naam die altijd weg moet (mag vaker)")
    anon.add_argument("--role", action="append", default=[], metavar="NAAM=ROL",
                      help="vervang NAAM door [ROL], bijv. 'Zoë van der Berg=leerling'")
    anon.add_argument("--nickname", "--ook-genoemd", dest="nickname", action="append",
                      default=[], metavar="NAAM=BIJNAMEN",
                      help="bijnamen van NAAM die ook weg moeten, met komma's ertussen, "
                           "bijv. 'Kees Bakker=Beer,de Beer' (zoals 'Ook genoemd' in "
                           "Leerlingen beheren; mag vaker)")
    anon.add_argument("--bijnaam", action="append", default=[], metavar="BIJNAAM",
                      help="een bijnaam of andere naam zonder persoon die ook weg moet, als "
                           "[naam], bijv. 'Tijger' (zoals 'Bijnamen die niet in ZorgDesk "
                           "staan' in de anonieme casus; komma's scheiden er meer; mag vaker)")
    anon.add_argument("--uitgebreid", action="store_true",
                      help="onbekende namen en plaatsen ook nog met deduce zoeken, bovenop "
                           "de woordenlijst die altijd meedoet (traag, veel geheugen; "
                           "alleen als deduce vooraf is geïnstalleerd)")
    return parser


def _vault_option(subparser: argparse.ArgumentParser) -> None:
    # SUPPRESS keeps a --vault given before the command name.
    subparser.add_argument("--vault", type=Path, default=argparse.SUPPRESS, metavar="PAD",
                           help="pad naar de kluis")


def _open_for_reading(path: Path, passphrase: str):
    """Open normally; an older copy or a read-only medium is opened read-only instead."""
    from zorgdesk.services.errors import ReadOnlyMediumError, VaultRolledBackError
    from zorgdesk.services.session import Session

    try:  # an older vault is backed up into the backup folder before its upgrade
        return Session.open(path, passphrase, backup_folder=paths.backup_dir())
    except (VaultRolledBackError, ReadOnlyMediumError):
        return Session.open(path, passphrase, read_only=True)


def _cmd_verify(args: argparse.Namespace) -> int:
    from zorgdesk.services.errors import DamagedVaultError

    path = args.vault or paths.default_vault_path()
    try:
        with _open_for_reading(path, read_passphrase()) as session:
            problems = session.verify()
    except DamagedVaultError as error:
        problems = [str(error)]
    if not problems:
        print("De kluis is in orde: de database is onbeschadigd, het auditlogboek is "
              "compleet en geen gegevens zijn buiten ZorgDesk gewijzigd.")
        return EXIT_OK
    print("De kluis is NIET in orde:", file=sys.stderr)
    for problem in problems:
        print(f"- {problem}", file=sys.stderr)
    print("Zet zo nodig een eerdere back-up terug op een nieuwe plek en vergelijk.",
          file=sys.stderr)
    return EXIT_PROBLEMS


def _cmd_backup(args: argparse.Namespace) -> int:
    path = args.vault or paths.default_vault_path()
    with _open_for_reading(path, read_passphrase()) as session:
        session.backup(args.to)
    print(f"Back-up gemaakt: {args.to}")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from zorgdesk.services.vault.backup import restore_backup, restore_target

    target = restore_target(args.to)
    restore_backup(args.source, target, read_passphrase())
    print(f"Back-up teruggezet en gecontroleerd: {target}")
    return EXIT_OK


def _cmd_inzage(args: argparse.Namespace) -> int:
    from zorgdesk.domain.validation import ValidationError
    from zorgdesk.services.session import Session

    session = Session.open(args.vault or paths.default_vault_path(), read_passphrase(),
                           backup_folder=paths.backup_dir())
    try:
        service = session.inzage
        result = service.export(service.find_pupil(args.leerling).id, args.to, args.voor,
                                base_name=args.naam)
    except ValidationError as error:  # its Dutch messages, for the IB at the terminal
        print(f"zorgdesk: {error.message}", file=sys.stderr)
        return EXIT_ERROR
    except (LookupError, OSError) as error:
        print(f"zorgdesk: {error}", file=sys.stderr)  # Dutch, without pupil data
        return EXIT_ERROR
    finally:
        session.close()
    print(f"Inzage-export gemaakt: {result.pdf_path}\n{' ' * 22}{result.json_path}")
    print("De export staat in de verstrekkingen van deze leerling.")
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from zorgdesk.services.demo.school import DEMO_PASSPHRASE, create_demo_vault

    if not args.path.name or args.path.is_dir():
        print("zorgdesk: geef een bestandsnaam voor de demokluis, bijvoorbeeld "
              "'zorgdesk demo demo.zdv'.", file=sys.stderr)
        return EXIT_USAGE
    create_demo_vault(args.path).close()
    print(f"Demokluis gemaakt: {args.path}")
    print(f"Wachtwoord van de demokluis: {DEMO_PASSPHRASE}")
    return EXIT_OK


def _cmd_anonymise(args: argparse.Namespace) -> int:
    from zorgdesk.domain.anonymise.anonymiser import anonymise
    from zorgdesk.domain.resource_files import ResourceFileError
    from zorgdesk.services.name_lexicon import default_detector

    try:
        known = _known_names(args)
    except ResourceFileError as error:
        print(f"zorgdesk: {error}", file=sys.stderr)
        return EXIT_ERROR
    if known is None:
        return EXIT_USAGE
    detector = None
    if args.uitgebreid:
        from zorgdesk.services.anonymise.deidentify import deduce_available, deduce_detector

        if not deduce_available():
            print("zorgdesk: deduce is niet (volledig) geïnstalleerd", file=sys.stderr)
            return EXIT_ERROR
        detector = deduce_detector
    # UTF-8 both ways whatever the console locale: names carry diacritics. Anything
    # else is refused: replacement characters split names ("[naam] \ufffdelik").
    raw = sys.stdin.buffer.read(MAX_ANONYMISE_BYTES + 1)
    if len(raw) > MAX_ANONYMISE_BYTES:
        print(f"zorgdesk: de tekst is te lang (meer dan {MAX_ANONYMISE_BYTES:,} bytes)"
              .replace(",", ".") + "; anonimiseer hem in delen.", file=sys.stderr)
        return EXIT_ERROR
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        print("zorgdesk: de invoer is geen geldige UTF-8-tekst; er is niets geanonimiseerd. "
              "Sla de tekst op als UTF-8 (bijv. 'Opslaan als... > UTF-8') en probeer het "
              "opnieuw.", file=sys.stderr)
        return EXIT_ERROR
    # Unknown names (word list) are always searched; deduce comes on top when asked.
    # Without the word list nothing is written: a text with unchecked names must not
    # look like an anonymised one.
    try:
        result = anonymise(text, known, default_detector(detector))
    except ResourceFileError as error:
        print(f"zorgdesk: {error}", file=sys.stderr)
        return EXIT_ERROR
    sys.stdout.buffer.write(result.text.encode("utf-8"))
    sys.stdout.flush()
    return EXIT_OK


def _pairs(items: list[str], option: str, example: str) -> dict[str, str] | None:
    """NAAM=WAARDE per item, names composed (NFC) like the text; a Dutch error on stderr
    and None when one has no name or no value. A name given twice keeps every value."""
    pairs: dict[str, str] = {}
    for item in items:
        name, sep, rest = unicodedata.normalize("NFC", item).partition("=")
        name = " ".join(name.split())
        if not sep or not name or not rest.strip():
            print(f"zorgdesk: {option} verwacht {example}", file=sys.stderr)
            return None
        pairs[name] = f"{pairs[name]},{rest}" if name in pairs else rest
    return pairs


def _known_names(args: argparse.Namespace) -> list | None:
    """The known people of ``--known-name``, ``--role`` and ``--nickname``, and the bare
    nicknames of ``--bijnaam``; None after a Dutch error on stderr. The nicknames are
    checked as the form "Ook genoemd" checks them (``parse_nicknames``); one that is also
    an ordinary word gets the form's note."""
    from zorgdesk.domain.anonymise.anonymiser import KnownName
    from zorgdesk.domain.nicknames import ordinary_word_note, parse_nicknames
    from zorgdesk.domain.validation import FieldProblem
    from zorgdesk.services.export_names import ordinary_words

    roles = _pairs(args.role, "--role", "NAAM=ROL, bijv. 'Zoë van der Berg=leerling'")
    given = _pairs(args.nickname, "--nickname",
                   "NAAM=BIJNAAM, bijv. 'Kees Bakker=Beer' (meer bijnamen met komma's "
                   "ertussen: 'Kees Bakker=Beer,de Beer')")
    if roles is None or given is None:
        return None
    problems: list[FieldProblem] = []
    nicknames = {name: parse_nicknames(value, "--nickname", problems)
                 for name, value in given.items()}
    if problems:
        for problem in problems:
            print(f"zorgdesk: bij --nickname: {problem.message}", file=sys.stderr)
        return None
    names = [" ".join(unicodedata.normalize("NFC", n).split()) for n in args.known_name]
    names = [n for n in dict.fromkeys(names) if n]
    names += [n for n in [*roles, *nicknames] if n not in names]
    known = [KnownName(n, roles.get(n, "").strip(), nicknames=nicknames.get(n, ()))
             for n in names]
    bare = _bare_nicknames(args.bijnaam, known)
    if bare is None:
        return None
    recorded = [n for v in nicknames.values() for n in v]
    recorded += [n for k in bare for n in k.nicknames]
    # (the word list is read only when there are nicknames; a broken one is reported by
    # the caller, as for the anonymiser itself)
    note = ordinary_word_note(ordinary_words(recorded), "de uitvoer") if recorded else ""
    if note:
        print(f"zorgdesk: {note}", file=sys.stderr)
    return known + bare


def _bare_nicknames(given: list[str], known: list) -> list | None:
    """``--bijnaam``: nicknames of nobody in particular, through the same domain function
    as the Veilig Thuis dialog's field; None after a Dutch error on stderr."""
    from zorgdesk.domain.anonymise.typed_nicknames import typed_nicknames

    typed = typed_nicknames(",".join(unicodedata.normalize("NFC", g) for g in given), known)
    for problem in typed.problems:
        print(f"zorgdesk: bij --bijnaam: {problem}", file=sys.stderr)
    return None if typed.problems else list(typed.known)


def _run_gui(vault_path: Path, demo_passphrase: str | None = None,
             startup_check: bool = False) -> int:
    from zorgdesk.ui.app import run_gui

    return run_gui(vault_path, demo_passphrase=demo_passphrase, startup_check=startup_check)


def _gui_on_temporary_demo(startup_check: bool = False) -> int:
    from zorgdesk.services.demo.school import DEMO_PASSPHRASE, create_demo_vault

    folder = Path(tempfile.mkdtemp(prefix="zorgdesk-demo-"))
    try:
        # The vault, its key and lock files, its automatic backups and any other user
        # path all live in the temporary folder and go with it.
        with paths.temporary_home(folder):
            vault_path = folder / "demo.zdv"
            create_demo_vault(vault_path).close()
            return _run_gui(vault_path, demo_passphrase=DEMO_PASSPHRASE,
                            startup_check=startup_check)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        # The real process entry point (tests pass argv and keep their own hooks).
        crash.install()
        hardening.disable_core_dumps()
    args = build_parser().parse_args(argv)
    try:
        if args.command == "demo":
            return _cmd_demo(args)
        if args.command in ("verify", "backup", "restore"):
            return {"verify": _cmd_verify, "backup": _cmd_backup,
                    "restore": _cmd_restore}[args.command](args)
        if args.command == "inzage":
            return _cmd_inzage(args)
        if args.command == "anonymise":
            return _cmd_anonymise(args)
        if args.demo:
            return _gui_on_temporary_demo(startup_check=args.startcontrole)
        return _run_gui(args.vault or paths.default_vault_path(),
                        startup_check=args.startcontrole)
    except VaultError as error:
        print(f"zorgdesk: {error}", file=sys.stderr)
        if type(error).__name__ == "ForeignLockError":
            print("zorgdesk: overnemen kan bij het ontgrendelen in het ZorgDesk-venster "
                  "('zorgdesk --vault PAD'); de opdrachtregel neemt nooit zelf over.",
                  file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_ERROR
