"""Extract, translate and compile the interface languages (run by ``make translations``).

Italian is the source language: the strings are written in Italian in ``cotdesk/ui/*.py``
(``self.tr("…")``). This script

1. runs ``pyside6-lupdate`` on ``cotdesk/ui/*.py`` into ``resources/translations/
   cotdesk_it.ts`` and ``cotdesk_en.ts`` (``-no-obsolete``: strings gone from the code go);
2. puts the messages lupdate files under the empty context back under their class
   (``tr = self.tr`` then ``tr("…")`` is not recognised by lupdate as a member call, but at
   run time ``self.tr`` looks the string up under the class name, so it must be there);
3. adds the labels translated through a variable (``tr(label)``), listed in the JSON's
   ``dynamic`` section, as long as the literal still exists in ``cotdesk/``;
4. fills the translations: Italian = the source, marked finished; English from
   ``scripts/translations_en.json`` (the single source of truth: edit it, not the .ts).
   A finished English translation found in the .ts but missing from the JSON (someone used
   Qt Linguist) is copied into the JSON first, so it is not lost;
5. runs ``pyside6-lrelease`` to build the ``.qm`` files the application loads.

``--check`` writes nothing and exits 1 when the committed ``cotdesk_en.ts`` does not match
the code (a new or changed string, a missing translation).
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
UI_DIR = ROOT / "cotdesk" / "ui"
PACKAGE_DIR = ROOT / "cotdesk"
EN_JSON = ROOT / "scripts" / "translations_en.json"
#: Per-feature catalogues merged into the main one (same shape: messages, contexts, dynamic),
#: so that work on separate screens never edits the same file.
EN_FRAGMENTS = ROOT / "scripts" / "translations_en.d"
SOURCE_LANGUAGE = "it_IT"
LANGUAGES = {"it": "it_IT", "en": "en_GB"}

#: The JSON catalogue: {"messages": {it: en}, "contexts": {class: {it: en}}, "dynamic": {...}}.
Catalogue = dict[str, Any]


def tool(name: str) -> str:
    """A Qt tool installed next to the running Python (the project's venv)."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def ts_path(language: str) -> Path:
    return TS_DIR / f"cotdesk_{language}.ts"


def qm_path(language: str) -> Path:
    return TS_DIR / f"cotdesk_{language}.qm"


def ui_sources() -> list[Path]:
    return sorted(UI_DIR.glob("*.py"))


@dataclass
class Message:
    context: str
    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)
    translation: str = ""
    finished: bool = False


# ---------------------------------------------------------------------- reading .ts


def read_ts(path: Path) -> list[Message]:
    """The messages of a .ts file, locations resolved to paths relative to the repo."""
    if not path.exists():
        return []
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            locations = []
            for location in element.iter("location"):
                filename = location.get("filename")
                line = location.get("line")
                if filename and line:
                    resolved = (path.parent / filename).resolve()
                    try:
                        rel = resolved.relative_to(ROOT).as_posix()
                    except ValueError:
                        rel = resolved.as_posix()
                    locations.append((rel, int(line)))
            translation = element.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            messages.append(
                Message(
                    context=name,
                    source=element.findtext("source") or "",
                    locations=locations,
                    translation=(translation.text or "") if translation is not None else "",
                    finished=kind == "",
                )
            )
    return messages


# ---------------------------------------------------------------------- extraction


def run_lupdate(target: Path, language: str) -> None:
    """lupdate ``cotdesk/ui/*.py`` into ``target`` (merged with what it already holds)."""
    command = [
        tool("pyside6-lupdate"),
        *(str(p) for p in ui_sources()),
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        LANGUAGES[language],
        "-locations",
        "absolute",
        "-no-obsolete",
        "-silent",
        "-ts",
        str(target),
    ]
    subprocess.run(command, check=True, cwd=ROOT)


@cache
def _classes(relpath: str) -> list[tuple[int, int, str]]:
    """(first line, last line, name) of every class in a source file, innermost last."""
    path = ROOT / relpath
    if not path.exists():
        return []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    spans = [
        (node.lineno, node.end_lineno or node.lineno, node.name)
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    ]
    return sorted(spans, key=lambda span: (span[0], -span[1]))


def class_at(relpath: str, line: int) -> str:
    """The name of the innermost class enclosing ``line``, or ``""``."""
    name = ""
    for first, last, class_name in _classes(relpath):
        if first <= line <= last:
            name = class_name
    return name


def fix_contexts(messages: list[Message]) -> list[Message]:
    """Move messages lupdate left without context under the class that calls them."""
    kept: list[Message] = []
    moved: dict[tuple[str, str], Message] = {}
    for message in messages:
        if message.context:
            kept.append(message)
            continue
        orphans = []
        for relpath, line in message.locations:
            context = class_at(relpath, line)
            if not context:
                orphans.append((relpath, line))
                continue
            key = (context, message.source)
            target = moved.setdefault(key, Message(context, message.source))
            target.locations.append((relpath, line))
        if orphans or not message.locations:
            message.locations = orphans
            kept.append(message)
    existing = {(m.context, m.source): m for m in kept}
    for key, message in moved.items():
        if key in existing:
            existing[key].locations.extend(message.locations)
        else:
            kept.append(message)
    return kept


@cache
def _package_literals() -> frozenset[str]:
    literals: set[str] = set()
    for path in PACKAGE_DIR.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
    return frozenset(literals)


def add_dynamic(messages: list[Message], dynamic: dict[str, list[str]]) -> list[str]:
    """Add the labels translated through a variable; return those no longer in the code."""
    present = {(m.context, m.source) for m in messages}
    stale = []
    for context, sources in dynamic.items():
        for source in sources:
            if source not in _package_literals():
                stale.append(f"{context}: {source}")
            elif (context, source) not in present:
                messages.append(Message(context, source))
                present.add((context, source))
    return stale


def extract(language: str, into: Path, dynamic: dict[str, list[str]]) -> list[Message]:
    """Run lupdate into ``into`` and return its messages with contexts fixed."""
    run_lupdate(into, language)
    messages = fix_contexts(read_ts(into))
    add_dynamic(messages, dynamic)
    return messages


def current_sources(dynamic: dict[str, list[str]] | None = None) -> set[tuple[str, str]]:
    """(context, source) of every translatable string in the code today (nothing written)."""
    if dynamic is None:
        dynamic = load_catalogue()["dynamic"]
    with tempfile.TemporaryDirectory() as tmp:
        messages = extract("en", Path(tmp) / "cotdesk_en.ts", dynamic)
    return {(m.context, m.source) for m in messages}


# ---------------------------------------------------------------------- translations


def load_main_catalogue() -> Catalogue:
    """The main file alone (what :func:`save_catalogue` writes back)."""
    data = json.loads(EN_JSON.read_text(encoding="utf-8")) if EN_JSON.exists() else {}
    data.setdefault("messages", {})
    data.setdefault("contexts", {})
    data.setdefault("dynamic", {})
    return data


def load_catalogue() -> Catalogue:
    """The main file with every fragment of ``translations_en.d`` merged in."""
    data = load_main_catalogue()
    for fragment in sorted(EN_FRAGMENTS.glob("*.json")) if EN_FRAGMENTS.is_dir() else []:
        part = json.loads(fragment.read_text(encoding="utf-8"))
        data["messages"].update(part.get("messages", {}))
        for context, entries in part.get("contexts", {}).items():
            data["contexts"].setdefault(context, {}).update(entries)
        for context, labels in part.get("dynamic", {}).items():
            known = data["dynamic"].setdefault(context, [])
            known.extend(label for label in labels if label not in known)
    return data


def save_catalogue(data: Catalogue) -> None:
    """Write ``data`` (loaded with :func:`load_main_catalogue`) to the main file."""
    data["messages"] = dict(sorted(data["messages"].items(), key=lambda kv: kv[0].casefold()))
    data["contexts"] = {
        context: dict(sorted(entries.items(), key=lambda kv: kv[0].casefold()))
        for context, entries in sorted(data["contexts"].items())
    }
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    EN_JSON.write_text(text, encoding="utf-8")


def english(data: Catalogue, context: str, source: str) -> str | None:
    text = data["contexts"].get(context, {}).get(source) or data["messages"].get(source)
    return str(text) if text else None


def harvest(data: Catalogue, main: Catalogue, messages: Iterable[Message]) -> int:
    """Copy finished translations that only the .ts holds into ``data`` (the merged
    catalogue) and ``main`` (the main file's content: fragments are never rewritten)."""
    added = 0
    for message in messages:
        if not message.finished or not message.translation:
            continue
        if english(data, message.context, message.source) is not None:
            continue
        per_context = message.source in data["messages"]  # another class's English differs
        for catalogue in (data, main):
            if per_context:
                contexts = catalogue["contexts"].setdefault(message.context, {})
                contexts[message.source] = message.translation
            else:
                catalogue["messages"][message.source] = message.translation
        added += 1
    return added


def translate(messages: list[Message], language: str, data: Catalogue) -> list[Message]:
    """Fill the translations; return the messages left without one."""
    missing = []
    for message in messages:
        if language == "it":
            message.translation, message.finished = message.source, True
            continue
        text = english(data, message.context, message.source)
        if text:
            message.translation, message.finished = text, True
        else:
            message.translation, message.finished = "", False
            missing.append(message)
    return missing


# ---------------------------------------------------------------------- writing


def _xml(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def write_ts(path: Path, language: str, messages: list[Message]) -> None:
    """Write a .ts in lupdate's layout: contexts sorted, messages in source order."""
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{LANGUAGES[language]}" sourcelanguage="{SOURCE_LANGUAGE}">',
    ]
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{_xml(context)}</name>"]
        ordered = sorted(
            by_context[context],
            key=lambda m: (min(m.locations) if m.locations else ("~", 0), m.source),
        )
        for message in ordered:
            lines.append("    <message>")
            for relpath, line in sorted(message.locations):
                filename = Path(
                    *([".."] * len(path.parent.relative_to(ROOT).parts)), relpath
                ).as_posix()
                lines.append(f'        <location filename="{_xml(filename)}" line="{line}"/>')
            lines.append(f"        <source>{_xml(message.source)}</source>")
            if message.finished:
                lines.append(f"        <translation>{_xml(message.translation)}</translation>")
            else:
                lines.append('        <translation type="unfinished"></translation>')
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def run_lrelease(language: str) -> str:
    result = subprocess.run(
        [tool("pyside6-lrelease"), str(ts_path(language)), "-qm", str(qm_path(language))],
        check=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    return result.stdout.strip()


# ---------------------------------------------------------------------- commands


def update() -> int:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    data = load_catalogue()
    main = load_main_catalogue()
    harvested = harvest(data, main, read_ts(ts_path("en")))
    if harvested:
        print(f"{harvested} translation(s) copied from cotdesk_en.ts into {EN_JSON.name}")
        save_catalogue(main)
    missing: list[Message] = []
    for language in LANGUAGES:
        messages = extract(language, ts_path(language), data["dynamic"])
        left = translate(messages, language, data)
        write_ts(ts_path(language), language, messages)
        print(f"{ts_path(language).name}: {len(messages)} messages, {len(left)} untranslated")
        print("   ", run_lrelease(language).replace("\n", "\n    "))
        missing += left
    stale = add_dynamic([], data["dynamic"])
    for entry in stale:
        print(f"warning: dynamic label no longer in the code: {entry}")
    sources = {m.source for m in read_ts(ts_path("en"))}
    unused = [source for source in data["messages"] if source not in sources]
    for source in unused:
        print(f"note: {EN_JSON.name} has English for a string no longer in the code: {source!r}")
    for message in missing:
        where = ", ".join(f"{p}:{n}" for p, n in message.locations)
        print(f"untranslated [{message.context}] {message.source!r} ({where})")
    if missing:
        print(f"Add the English of these to {EN_JSON.relative_to(ROOT)} and run it again.")
    return 0


def problems() -> list[str]:
    """What is wrong with the committed English translation (empty when all is well)."""
    data = load_catalogue()
    committed = read_ts(ts_path("en"))
    found: list[str] = []
    in_file = {(m.context, m.source) for m in committed}
    in_code = current_sources(data["dynamic"])
    for context, source in sorted(in_code - in_file):
        found.append(f"new string not in cotdesk_en.ts: [{context}] {source!r}")
    for context, source in sorted(in_file - in_code):
        found.append(f"string no longer in the code: [{context}] {source!r}")
    for message in committed:
        if not message.finished or not message.translation:
            found.append(f"untranslated: [{message.context}] {message.source!r}")
    return found


def check() -> int:
    found = problems()
    for problem in found:
        print(problem)
    if found:
        print("Run `make translations` (add missing English to scripts/translations_en.json).")
        return 1
    print("cotdesk_en.ts matches the code; every message translated.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify only, write nothing")
    args = parser.parse_args(argv)
    return check() if args.check else update()


if __name__ == "__main__":
    sys.exit(main())
