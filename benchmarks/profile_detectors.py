"""Time each rule (pass) of the anonymiser on real texts: where does a summary's time go?

Run: PYTHONPATH=src python benchmarks/profile_detectors.py [--pupil biggest|typical|both|none]
     [--repo-corpora] [--corpus PATH.jsonl ...] [--baseline REV] [--runs 2] [--top 30]
     [--helpers 12]

Sources: the anonymous case summary of the scale vault's biggest and/or typical pupil
(``scale_vault.py``; the text and known names as ``case_summary.build`` gets them), the
repository's corpora (``--repo-corpora``: tests/anonymise/data/*.jsonl, one source) and
any corpus named with ``--corpus`` (name a seen corpus explicitly; never glob a held-out
folder). Every text goes through the default pipeline (regex detectors, the word-list
name detector, known names; a summary also through ``person_fields``).

How: one cProfile run finds the rules, that is the functions of
``zorgdesk.domain.anonymise`` called at most a few times per text (the passes: a detector,
a filter, one step of ``detect_names``); those are then wrapped with a timer (every
module's reference to them) and the texts run again without cProfile, ``--runs`` times;
each rule's figures are the fastest run's, in CPU seconds of the process (other
processes' load hardly counts). A rule's own time ("self") leaves out the
rules it calls; "incl" keeps them; the share is of the whole run. Per-word predicates
called from a pass's own loop count in that pass's self time; the cProfile section
("helpers") lists the busiest of them (their times carry cProfile's overhead).

``--baseline REV`` measures the source of REV (``git archive`` of src/resources/forms into
a temporary folder) in child processes alternating with this checkout, and prints both
columns and new/baseline per rule. Each source's line ends with a hash of every output
(text and replacements): equal hashes mean equal output, a quick check that a speed
change changed nothing (against main, not an older commit whose rules differ; the proof
is bench_anonymise.py's full output on every corpus).
No timing is asserted anywhere.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import hashlib
import inspect
import json
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "/zorgdesk/domain/anonymise/"
# A function called at most this many times per text is a pass, not a per-word predicate.
CALLS_PER_TEXT = 6
# CPU time of this process: with two cores shared by several people, wall time measures
# the others' load as much as the rules.
CLOCK = time.process_time


# -- sources (parent process, this checkout) ---------------------------------------

def _known_dict(name) -> dict:
    return {"name": name.name, "role": name.role, "first": name.first,
            "tussenvoegsel": name.tussenvoegsel, "last": name.last,
            "literal": name.literal, "nicknames": list(getattr(name, "nicknames", ()))}


def pupil_sources(which: str, work: Path) -> list[dict]:
    """The scale vault's summary texts with their known names, as plain data."""
    if which == "none":
        return []
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from scale_vault import scale_vault, working_copy

    from zorgdesk.domain.anonymise.case_summary import summary_text
    from zorgdesk.services.session import Session

    info = scale_vault(1)
    session = Session.open(working_copy(info, work), info.passphrase)
    pupils = {"typical": info.typical_pupil, "biggest": info.biggest_pupil}
    out = []
    for label in ("typical", "biggest") if which == "both" else (which,):
        facts = session.case_summary.facts(pupils[label])
        known = [_known_dict(k) for k in session.case_summary.known_names(pupils[label])]
        text = summary_text(facts)
        out.append({"label": f"{label} pupil ({len(text):,} chars)", "summary": True,
                    "items": [[text, known]]})
    return out


def corpus_source(label: str, paths: list[Path]) -> dict:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_anonymise import load_jsonl, parse

    items = []
    for path in paths:
        for record in load_jsonl(path):
            known = [{"name": k["full"], "role": k.get("role", ""),
                      "first": k.get("first", ""), "tussenvoegsel": k.get("tussenvoegsel", ""),
                      "last": k.get("last", ""), "literal": bool(k.get("literal")),
                      "nicknames": list(k.get("nicknames", ()))}
                     for k in record.get("known", [])]
            items.append([parse(record["text"]).text, known])
    chars = sum(len(t) for t, _ in items)
    return {"label": f"{label} ({len(items)} texts, {chars:,} chars)", "summary": False,
            "items": items}


# -- measuring (child process: the source under test is on PYTHONPATH) ---------------

class Timers:
    """Wrappers that add each call's time to its rule: calls, incl, self; first parent."""

    def __init__(self) -> None:
        self.stats: dict[str, list[float]] = {}
        self.parent: dict[str, str] = {}
        self.stack: list[list] = []  # [name, time spent in wrapped callees]

    def _done(self, name: str, frame: list, elapsed: float, calls: int) -> None:
        self.stack.pop()
        if self.stack:
            self.stack[-1][1] += elapsed
        row = self.stats.setdefault(name, [0, 0.0, 0.0])
        row[0] += calls
        row[1] += elapsed
        row[2] += elapsed - frame[1]

    def _enter(self, name: str) -> list:
        frame = [name, 0.0]
        if name not in self.parent:
            self.parent[name] = self.stack[-1][0] if self.stack else ""
        self.stack.append(frame)
        return frame

    def wrap(self, name: str, fn):
        if inspect.isgeneratorfunction(fn):
            return self._wrap_generator(name, fn)
        clock = CLOCK

        @functools.wraps(fn)
        def timed(*args, **kwargs):
            frame = self._enter(name)
            start = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                self._done(name, frame, clock() - start, 1)
        return timed

    def _wrap_generator(self, name: str, fn):
        clock = CLOCK

        @functools.wraps(fn)
        def timed(*args, **kwargs):
            steps = fn(*args, **kwargs)
            first = 1
            while True:
                frame = self._enter(name)
                start = clock()
                try:
                    value = next(steps)
                except StopIteration:
                    self._done(name, frame, clock() - start, first)
                    return
                self._done(name, frame, clock() - start, first)
                first = 0
                yield value
        return timed


def _runner(source: dict):
    """A function that anonymises every text of ``source`` once and returns the results."""
    from zorgdesk.domain.anonymise import case_summary
    from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise
    from zorgdesk.services.name_lexicon import default_detector

    detector = default_detector(None)
    items = [(text, [KnownName(k["name"], k["role"], k["first"], k["tussenvoegsel"],
                               k["last"], k["literal"], tuple(k["nicknames"]))
                     for k in known]) for text, known in source["items"]]
    if not source["summary"]:
        return lambda: [anonymise(text, known, detector) for text, known in items]

    def summaries():
        out = []
        for text, known in items:
            # build_case_summary as the service calls it, on the text already read
            case_summary.summary_text = lambda _facts, text=text: text
            out.append(case_summary.build_case_summary(None, known, detector))
        return out
    return summaries


def _digest(results) -> str:
    data = hashlib.sha256()
    for result in results:
        data.update(repr((result.text, result.replacements)).encode())
    return data.hexdigest()[:16]


def _rule_name(path: str, qualname: str) -> str:
    return path.split(PACKAGE, 1)[1].removesuffix(".py") + "." + qualname


def _find_rules(run, texts: int) -> tuple[set[tuple], list]:
    """The passes cProfile sees (file, line, name), and the busiest helpers."""
    profile = cProfile.Profile()
    profile.enable()
    run()
    profile.disable()
    stats = pstats.Stats(profile).stats  # (file, line, name) -> (cc, nc, tt, ct, callers)
    total = sum(row[2] for row in stats.values())
    rules, helpers = set(), []
    for (path, line, name), (_, calls, own, cumulative, _) in stats.items():
        if PACKAGE not in path or name.startswith("<"):
            continue
        if calls <= CALLS_PER_TEXT * texts and cumulative >= 0.001 * total:
            rules.add((path, line, name))
        elif calls > CALLS_PER_TEXT * texts:
            helpers.append((own, calls, cumulative, _rule_name(path, name)))
    return rules, sorted(helpers, reverse=True)


def _install(rules: set[tuple], timers: Timers) -> list[tuple]:
    """Put a timer around each rule, in every module that refers to it; what was
    replaced, as (owner, attribute, original) to put back."""
    modules = [m for n, m in list(sys.modules.items()) if n.startswith("zorgdesk") and m]
    wrapped, replaced = {}, []
    for module in modules:
        for owner in [module, *(v for v in vars(module).values() if inspect.isclass(v)
                                and v.__module__ == module.__name__)]:
            for attr, value in list(vars(owner).items()):
                plain = value.__func__ if isinstance(value, (staticmethod, classmethod)) \
                    else value
                code = getattr(plain, "__code__", None)
                key = code and (code.co_filename, code.co_firstlineno, code.co_name)
                if key not in rules:
                    continue
                name = _rule_name(code.co_filename, code.co_qualname)
                timed = wrapped.setdefault(id(plain), timers.wrap(name, plain))
                replaced.append((owner, attr, value))
                setattr(owner, attr, type(value)(timed)
                        if isinstance(value, (staticmethod, classmethod)) else timed)
    return replaced


def measure(source: dict, runs: int) -> dict:
    run = _runner(source)
    results = run()  # warm: word lists, indexes and caches loaded
    rules, helpers = _find_rules(run, len(source["items"]))
    timers = Timers()
    replaced = _install(rules, timers)
    best: dict[str, list[float]] = {}
    totals = []
    for _ in range(runs):
        timers.stats.clear()
        start = CLOCK()
        run()
        totals.append(CLOCK() - start)
        for name, row in timers.stats.items():
            old = best.setdefault(name, list(row))
            best[name] = [row[0], min(old[1], row[1]), min(old[2], row[2])]
    for owner, attr, value in replaced:  # the next source finds the rules afresh
        setattr(owner, attr, value)
    return {"total": min(totals), "rules": best, "parent": timers.parent,
            "helpers": helpers[:40], "digest": _digest(results)}


def child_main(sources_file: str, runs: int) -> None:
    sources = json.loads(Path(sources_file).read_text(encoding="utf-8"))
    print(json.dumps([measure(source, runs) for source in sources]))


# -- report -------------------------------------------------------------------------

def _measure_in_child(src: Path, sources_file: Path, runs: int) -> list[dict]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(sources_file), "--runs", str(runs)],
        env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin", "HOME": str(Path.home()),
             "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"measuring with {src} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _fastest(a: list[dict], b: list[dict]) -> list[dict]:
    """Per source and rule the faster of two measurements of the same source tree."""
    out = []
    for one, two in zip(a, b, strict=True):
        rules = {name: [row[0], min(row[1], two["rules"].get(name, row)[1]),
                        min(row[2], two["rules"].get(name, row)[2])]
                 for name, row in one["rules"].items()}
        out.append({**one, "total": min(one["total"], two["total"]), "rules": rules})
    return out


def report(label: str, new: dict, old: dict | None, top: int, helpers: int) -> str:
    lines = [f"\n== {label}: total {new['total']:.3f} s"
             + (f", baseline {old['total']:.3f} s, new/baseline "
                f"{new['total'] / old['total']:.2f}" if old else "")
             + f"  (output digest {new['digest']}"
             + (f", baseline {old['digest']})" if old else ")")]
    head = f"{'rule (self = without the rules it calls)':<46}{'called from':<28}" \
           f"{'calls':>6}{'self s':>9}{'share':>7}{'incl s':>9}"
    lines.append(head + (f"{'base self':>10}{'new/base':>9}" if old else ""))
    rows = sorted(new["rules"].items(), key=lambda kv: -kv[1][2])
    for name, (calls, incl, own) in rows[:top]:
        caller = new["parent"].get(name, "").rsplit(".", 1)[-1]
        line = (f"{name[:45]:<46}{caller[:27]:<28}{calls:>6}{own:>9.4f}"
                f"{100 * own / new['total']:>6.1f}%{incl:>9.4f}")
        if old:
            base = old["rules"].get(name)
            line += (f"{base[2]:>10.4f}{own / base[2]:>9.2f}" if base and base[2] > 0
                     else f"{'-':>10}{'new':>9}")
        lines.append(line)
    shown = sum(row[2] for _, row in rows[:top])
    lines.append(f"{'(the rules above, self)':<80}{shown:>9.4f}"
                 f"{100 * shown / new['total']:>6.1f}%")
    if helpers:
        lines.append("busiest helpers (cProfile, own time with its overhead):")
        for own, calls, cumulative, name in new["helpers"][:helpers]:
            lines.append(f"  {name[:55]:<56}{calls:>9} calls {own:>8.4f} s own"
                         f" {cumulative:>8.4f} s incl")
    return "\n".join(lines)


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--pupil", choices=("biggest", "typical", "both", "none"),
                        default="biggest")
    parser.add_argument("--repo-corpora", action="store_true")
    parser.add_argument("--corpus", action="append", default=[], type=Path)
    parser.add_argument("--baseline")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--helpers", type=int, default=12)
    parser.add_argument("--child")
    return parser.parse_args()


def main() -> int:
    args = _arguments()
    if args.child:
        child_main(args.child, args.runs)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        sources = pupil_sources(args.pupil, Path(tmp))
        if args.repo_corpora:
            paths = sorted((ROOT / "tests" / "anonymise" / "data").glob("*.jsonl"))
            sources.append(corpus_source("repo corpora", paths))
        sources += [corpus_source(str(path), [path]) for path in args.corpus]
        sources_file = Path(tmp) / "sources.json"
        sources_file.write_text(json.dumps(sources), encoding="utf-8")
        old = None
        if args.baseline:
            sys.path.insert(0, str(ROOT / "benchmarks"))
            from bench_summary_scale import baseline_src

            old_src = baseline_src(args.baseline, Path(tmp) / "baseline")
            old = _measure_in_child(old_src, sources_file, 1)
        new = _measure_in_child(ROOT / "src", sources_file, 1)
        for _ in range(max(0, args.runs - 1)):  # alternate, so load hits both alike
            if old is not None:
                old = _fastest(old, _measure_in_child(old_src, sources_file, 1))
            new = _fastest(new, _measure_in_child(ROOT / "src", sources_file, 1))
    print(f"anonymiser rules, fastest of {args.runs} run(s) per rule"
          + (f"; baseline = {args.baseline}" if args.baseline else ""))
    for i, source in enumerate(sources):
        print(report(source["label"], new[i], old[i] if old else None, args.top,
                     args.helpers))
    return 0


if __name__ == "__main__":
    sys.exit(main())
