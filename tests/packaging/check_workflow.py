#!/usr/bin/env python3
"""check_workflow.py SOURCE_DIR: .github/workflows/build.yml is well-formed and refers to real things.

GitHub Actions cannot run here, so this catches what breaks silently there:
- YAML parses; `permissions: {}` at the top, `contents: read` per job; concurrency cancels stale runs;
- linux, windows and macos jobs each build, run ctest, package and upload with if-no-files-found: error;
- every action is pinned to a version tag or commit; Qt and QtKeychain versions are pinned, Qt with the
  charts, httpserver and websockets modules;
- every repository path a step names exists; every `tools/dev.sh <cmd>` is a dev.sh command; every
  `--preset X` is a preset of the right kind in CMakePresets.json that configures with Ninja and
  SPENDBOARD_WERROR=ON; every `build/<dir>/` is the binary dir of a configure preset.
Exit 77 (skip) when python3-yaml is missing.
"""
import glob
import json
import re
import sys
from pathlib import Path

try:
    import yaml
except ImportError:
    print("SKIP: python3-yaml is not installed (apt-get install python3-yaml)")
    sys.exit(77)

REPO_DIRS = r"(?:tools|packaging|cmake|tests|translations|app|views|models|simulator|resources|\.ci|\.github)"
errors = []


def expect(cond, message):
    if not cond:
        errors.append(message)


def step_text(step):
    parts = [step.get("run", "")]
    for value in (step.get("with") or {}).values():
        parts.append(str(value))
    return "\n".join(parts)


def preset_table(presets):
    """name -> resolved dict (inherits followed) for each preset kind."""
    tables = {}
    for kind in ("configurePresets", "buildPresets", "testPresets"):
        raw = {p["name"]: p for p in presets.get(kind, [])}

        def resolve(name, raw=raw):
            p = raw[name]
            merged = {"cacheVariables": {}}
            parents = p.get("inherits", [])
            for parent in [parents] if isinstance(parents, str) else parents:
                base = resolve(parent)
                merged["cacheVariables"].update(base.get("cacheVariables", {}))
                merged.update({k: v for k, v in base.items() if k != "cacheVariables"})
            merged.update({k: v for k, v in p.items() if k != "cacheVariables"})
            merged["cacheVariables"].update(p.get("cacheVariables", {}))
            return merged

        tables[kind] = {name: resolve(name) for name in raw}
    return tables


def check_presets(text, where, presets):
    configure = presets["configurePresets"]
    for m in re.finditer(r"(cmake|ctest)((?:\s+--?[\w-]+(?:=\S+)?)*?)\s+--preset[= ](\w[\w-]*)", text):
        tool, flags, name = m.group(1), m.group(2), m.group(3)
        kind = "testPresets" if tool == "ctest" else ("buildPresets" if "--build" in flags else "configurePresets")
        if name not in presets[kind]:
            errors.append(f"{where}: {tool}{flags} --preset {name}: no such entry in {kind}")
            continue
        cfg = configure.get(presets[kind][name].get("configurePreset", name))
        if cfg is None:
            errors.append(f"{where}: preset {name} has no configure preset")
            continue
        expect(cfg.get("generator") == "Ninja", f"{where}: preset {name} does not use Ninja")
        expect(str(cfg["cacheVariables"].get("SPENDBOARD_WERROR", "")).upper() == "ON",
               f"{where}: preset {name} does not set SPENDBOARD_WERROR=ON")
    dirs = {cfg.get("binaryDir", "").replace("${sourceDir}/", "").replace("${presetName}", name)
            for name, cfg in configure.items()}
    for m in re.finditer(r"(?<![\w/$.-])(build/[\w-]+)/", text):
        expect(m.group(1) in dirs, f"{where}: {m.group(1)}/ is not the binary dir of any configure preset")


def main(src: Path) -> int:
    wf_path = src / ".github" / "workflows" / "build.yml"
    wf = yaml.safe_load(wf_path.read_text())
    presets = preset_table(json.loads((src / "CMakePresets.json").read_text()))
    dev_sh = (src / "tools" / "dev.sh").read_text()
    dev_cmds = set(re.findall(r"^\s+([\w-]+)\)\s", dev_sh, re.M))
    env = {k: str(v) for k, v in (wf.get("env") or {}).items()}

    expect((wf.get("on") or wf.get(True)) is not None, "no `on:` triggers")
    expect(wf.get("permissions") == {}, "top-level permissions must be {}")
    conc = wf.get("concurrency") or {}
    expect(conc.get("cancel-in-progress") is True and conc.get("group"), "concurrency with cancel-in-progress missing")

    jobs = wf.get("jobs") or {}
    packaging = {"linux": r"dev\.sh package|cpack -G DEB", "windows": r"cpack -G NSIS[\s\S]*cpack -G WIX",
                 "macos": r"cpack -G DragNDrop"}
    for name, pattern in packaging.items():
        job = jobs.get(name)
        if not job:
            errors.append(f"job {name} missing")
            continue
        expect(job.get("permissions") == {"contents": "read"}, f"job {name}: permissions must be contents: read")
        expect(job.get("runs-on"), f"job {name}: no runs-on")
        steps = job.get("steps") or []
        text = "\n".join(step_text(s) for s in steps)
        expect(re.search(r"\bctest\b|dev\.sh test\b", text), f"job {name}: runs no tests")
        expect(re.search(r"--preset\s+\w|dev\.sh (test|build)", text), f"job {name}: does not configure via a preset")
        expect(re.search(pattern, text), f"job {name}: does not build its installer ({pattern})")
        uploads = [s for s in steps if str(s.get("uses", "")).startswith("actions/upload-artifact@")
                   and s.get("if") != "failure()"]
        expect(uploads and all((s.get("with") or {}).get("if-no-files-found") == "error" for s in uploads),
               f"job {name}: installers are not uploaded with if-no-files-found: error")
        for i, step in enumerate(steps):
            where = f"job {name} step {step.get('name') or step.get('uses') or i}"
            uses = step.get("uses")
            if uses:
                expect(re.search(r"@(v\d+(\.\d+)*|[0-9a-f]{40})$", uses), f"{where}: {uses} is not pinned")
                if uses.startswith("jurplel/install-qt-action@"):
                    w = step.get("with") or {}
                    version = re.sub(r"\$\{\{\s*env\.(\w+)\s*\}\}", lambda m: env.get(m.group(1), "?"),
                                     str(w.get("version", "")))
                    expect(re.fullmatch(r"6\.\d+\.\d+", version), f"{where}: Qt version {version!r} is not pinned")
                    modules = set(str(w.get("modules", "")).split())
                    expect({"qtcharts", "qthttpserver", "qtwebsockets"} <= modules, f"{where}: Qt modules {modules}")
            text = step_text(step)
            if "qtkeychain" in text.lower() and "clone" in text:
                expect("QTKEYCHAIN_VERSION" in text and re.fullmatch(r"\d+\.\d+\.\d+", env.get("QTKEYCHAIN_VERSION", "")),
                       f"{where}: QtKeychain is not built from a pinned tag")
            for m in re.finditer(rf"(?<![\w$/.-])(?:\./)?({REPO_DIRS}/[\w./*-]*[\w*])", text):
                path = m.group(1)
                expect(glob.glob(str(src / path)), f"{where}: {path} does not exist in the repository")
            for m in re.finditer(r"tools/dev\.sh\s+([\w-]+)", text):
                expect(m.group(1) in dev_cmds, f"{where}: tools/dev.sh has no '{m.group(1)}' command")
            check_presets(text, where, presets)
            wd = step.get("working-directory")
            if wd:
                check_presets(wd + "/", where, presets)

    for e in errors:
        print("FAIL:", e)
    if not errors:
        print(f"{wf_path.relative_to(src)}: jobs {', '.join(jobs)} consistent with the repository")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1])))
