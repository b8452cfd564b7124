#!/usr/bin/env python3
"""check_translations.py CMAKE LUPDATE GENERATOR PROJECT_CMAKE LANGUAGES [LUPDATE_OPTION ...]

The .ts files are current and complete:
- up to date: lupdate, run on temporary copies with the same project (sources, include paths) and
  options as the `update_translations` target, finds exactly the messages each file already has;
  a string added to or removed from the sources without `update_translations` fails here;
- complete: no unfinished, vanished or obsolete entries, no empty translation;
- plural forms: numerus entries have 2 forms in de, fr and es and 1 in ja, none empty, each with %n;
- consistent: the same %1..%9 placeholders as the source, a keyboard mnemonic (&) where the source
  has one, a trailing "…" where the source has one, never "..." in place of "…";
- each file's language attribute matches its name.

GENERATOR is Qt's GenerateLUpdateProject.cmake, PROJECT_CMAKE the .lupdate/<target>_project.cmake
that qt_add_translations() writes; LANGUAGES a comma-separated list (de,fr,es,ja).
"""
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PLURAL_FORMS = {"de": 2, "fr": 2, "es": 2, "ja": 1}
PLACEHOLDER = re.compile(r"%(\d{1,2})")
errors = []


def messages(ts: Path):
    """(context, source, comment, numerus) -> <message> element."""
    root = ET.parse(ts).getroot()
    found = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            key = (name, msg.findtext("source", ""), msg.findtext("comment", ""), msg.get("numerus") == "yes")
            found[key] = msg
    return root, found


def mnemonics(text: str) -> int:
    return len(re.findall(r"(?<!&)&(?!&)[^&\s]", text.replace("&&", "")))


def check_quality(ts: Path, lang: str):
    root, found = messages(ts)
    if not (root.get("language") or "").startswith(lang):
        errors.append(f"{ts.name}: language attribute is {root.get('language')!r}, expected {lang}")
    for (ctx, source, _comment, numerus), msg in found.items():
        where = f"{ts.name}: [{ctx}] {source!r}"
        tr = msg.find("translation")
        kind = tr.get("type") if tr is not None else "missing"
        if kind in ("unfinished", "vanished", "obsolete", "missing"):
            errors.append(f"{where}: {kind}")
            continue
        if numerus:
            forms = [f.text or "" for f in tr.findall("numerusform")]
            want = PLURAL_FORMS.get(lang)
            if want and len(forms) != want:
                errors.append(f"{where}: {len(forms)} plural forms, {lang} has {want}")
        else:
            forms = [tr.text or ""]
        for form in forms:
            if not form.strip():
                errors.append(f"{where}: empty translation")
                continue
            if set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(form)):
                errors.append(f"{where}: placeholders differ in {form!r}")
            if numerus and "%n" in source and "%n" not in form and "%Ln" not in form:
                errors.append(f"{where}: plural form {form!r} lacks %n")
            if mnemonics(source) and mnemonics(form) != 1:
                errors.append(f"{where}: {form!r} needs exactly one & mnemonic")
            if source.endswith("…") and not form.endswith("…"):
                errors.append(f"{where}: {form!r} should end with … like the source")
            if "..." in form and "..." not in source:
                errors.append(f"{where}: {form!r} uses ... instead of …")
    return found


def check_english(en_ts: Path, numerus_now):
    """spendboard_en.ts holds exactly the plural messages of the sources, each with a singular and a plural."""
    if not en_ts.is_file():
        errors.append(f"{en_ts} does not exist: build update_translations")
        return
    _, have = messages(en_ts)
    for key in sorted(numerus_now - set(have)):
        errors.append(f"{en_ts.name}: [{key[0]}] {key[1]!r} is in the sources but not in the file "
                      "(build update_translations and add its English forms)")
    for key in sorted(set(have) - numerus_now):
        errors.append(f"{en_ts.name}: [{key[0]}] {key[1]!r} is no longer a plural message in the sources")
    for key, msg in have.items():
        tr = msg.find("translation")
        forms = [f.text or "" for f in tr.findall("numerusform")] if tr is not None and not tr.get("type") else []
        if len(forms) != 2 or not all("%n" in f or "%Ln" in f for f in forms):
            errors.append(f"{en_ts.name}: [{key[0]}] {key[1]!r} needs a singular and a plural form with %n")
    print(f"{en_ts.name}: {len(have)} plural messages")


def main(cmake, lupdate, generator, project_cmake, languages, options) -> int:
    project_cmake = Path(project_cmake)
    if not project_cmake.is_file():
        print(f"FAIL: {project_cmake} missing: qt_add_translations() did not run for the spendboard target")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        subprocess.run([cmake, f"-DIN_FILE={project_cmake}", f"-DOUT_FILE={tmp / 'project.json'}",
                        "-P", generator], check=True, timeout=30)
        project = json.loads((tmp / "project.json").read_text())
        originals = {}
        for ts in map(Path, project["translations"]):
            lang = re.fullmatch(r".*_([a-z]{2})", ts.stem)
            lang = lang.group(1) if lang else ""
            if lang not in languages:
                errors.append(f"{ts.name}: not one of the languages {languages}")
            if not ts.is_file():
                errors.append(f"{ts} does not exist: run the update_translations target")
                continue
            originals[ts] = lang
        missing_langs = set(languages) - set(originals.values())
        if missing_langs:
            errors.append(f"no .ts file for {sorted(missing_langs)}")

        copies = {}
        for ts in originals:
            copies[ts] = tmp / ts.name
            shutil.copyfile(ts, copies[ts])
        project["translations"] = [str(c) for c in copies.values()]
        (tmp / "project.json").write_text(json.dumps(project))
        proc = subprocess.run([lupdate, "-project", str(tmp / "project.json"), *options],
                              capture_output=True, text=True, timeout=50)
        if proc.returncode != 0:
            print(proc.stdout, proc.stderr)
            errors.append(f"lupdate failed ({proc.returncode})")

        for ts, lang in originals.items():
            have = check_quality(ts, lang)
            _, now = messages(copies[ts])
            for key in sorted(set(now) - set(have)):
                errors.append(f"{ts.name}: [{key[0]}] {key[1]!r} is in the sources but not in the file "
                              "(build update_translations and translate it)")
            for key in sorted(set(have) - set(now)):
                errors.append(f"{ts.name}: [{key[0]}] {key[1]!r} is no longer in the sources "
                              "(build update_translations)")
            print(f"{ts.name}: {len(have)} messages")
            numerus_now = {k for k in now if k[3]}

        if originals:
            check_english(next(iter(originals)).parent / "spendboard_en.ts", numerus_now)

    for e in errors[:200]:
        print("FAIL:", e)
    if len(errors) > 200:
        print(f"... and {len(errors) - 200} more")
    if not errors:
        print("translations: complete and up to date")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) < 6:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5].split(","), sys.argv[6:]))
