#!/usr/bin/env python3
"""Checks scenarios/schema.json: the scenarios pass it and known-bad snippets fail it.

Validates every scenarios/*/scenario.yaml, every scenarios/contingencies/*.yaml (against
#/$defs/contingency) and any YAML files named on the command line. Each file is read twice:
as PyYAML reads it (YAML 1.1: `1_227_895_000` is the integer 1227895000) and as a YAML 1.2
editor reads it (the VS Code YAML extension: `1_227_895_000` is the string "1_227_895_000"), so
both branches of the schema's digit-group rule are exercised. Neither reading resolves dates
(`2024-02-14` stays text, as the loader reads it) or `<<` merge keys, and duplicate keys are
errors, as in the loader.

Then a small scenario embedded below, with one thing changed at a time, must be rejected (or,
for the good variants, accepted). When a siaga binary is found (--siaga PATH, $SIAGA, or the
newer of .build/debug/siaga and .build/release/siaga), each variant also goes through
`siaga validate`, which must agree: exit 65 for a rejected variant, 0 for an accepted one. So a
loader change that the schema does not follow shows up here (build first: a stale binary can
disagree with the sources).

Usage: scripts/check-schema.py [--siaga PATH | --no-loader] [FILE.yaml ...]
Exit status: 0 all checks passed; 1 a check failed; 2 jsonschema or yaml is missing.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

try:
    import jsonschema
    import yaml
except ImportError as error:
    print(f"check-schema.py: needs the Python modules jsonschema and yaml ({error}); "
          "on Debian: apt-get install -y python3-jsonschema python3-yaml", file=sys.stderr)
    sys.exit(2)
if not hasattr(jsonschema, "Draft202012Validator"):
    print("check-schema.py: needs jsonschema 4.0 or newer (draft 2020-12); "
          "on Debian: apt-get install -y python3-jsonschema", file=sys.stderr)
    sys.exit(2)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA_PATH = os.path.join(ROOT, "scenarios", "schema.json")

# ---------------------------------------------------------------------------------------------
# Two readings of YAML


class _StrictKeys:
    """Rejects duplicate keys, as the scenario loader does (PyYAML keeps the last silently)."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


class Yaml11Loader(_StrictKeys, yaml.SafeLoader):
    """PyYAML's YAML 1.1 reading without dates and merge keys."""


Yaml11Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers
            if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:merge")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class Yaml12Loader(_StrictKeys, yaml.SafeLoader):
    """The YAML 1.2 core schema, as YAML 1.2 editors read plain scalars."""

    yaml_implicit_resolvers = {}


for _tag, _pattern, _first in [
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    ("float", r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
              r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", "-+0123456789."),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
]:
    Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:" + _tag, re.compile(_pattern), list(_first))


def _int12(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith(("0o", "0x")):
        return int(text[2:], 8 if text[1] == "o" else 16)
    return int(text, 10)


def _float12(loader, node):
    text = loader.construct_scalar(node).lower()
    return float(text.replace(".inf", "inf").replace(".nan", "nan"))


Yaml12Loader.add_constructor("tag:yaml.org,2002:int", _int12)
Yaml12Loader.add_constructor("tag:yaml.org,2002:float", _float12)
Yaml12Loader.add_constructor("tag:yaml.org,2002:bool",
                             lambda loader, node: loader.construct_scalar(node).lower() == "true")

READINGS = [("YAML 1.1", Yaml11Loader), ("YAML 1.2", Yaml12Loader)]

# ---------------------------------------------------------------------------------------------
# Validation


def validators():
    with open(SCHEMA_PATH, encoding="utf-8") as file:
        schema = json.load(file)
    jsonschema.Draft202012Validator.check_schema(schema)
    checker = jsonschema.FormatChecker()
    contingency = {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": "#/$defs/contingency"}
    return (jsonschema.Draft202012Validator(schema, format_checker=checker),
            jsonschema.Draft202012Validator(contingency, format_checker=checker))


def schema_errors(validator, text):
    """The first schema error under each reading, as 'reading: path: message', or [] if valid."""
    found = []
    for name, loader in READINGS:
        try:
            document = yaml.load(text, Loader=loader)
        except yaml.YAMLError as error:
            found.append(f"{name}: {str(error).splitlines()[0]}")
            continue
        # The deepest error names the offending value best (a bad personnel count rather than the
        # units list that then holds nobody).
        errors = sorted(validator.iter_errors(document), key=lambda error: -len(error.absolute_path))
        if errors:
            error = errors[0]
            where = "/".join(str(part) for part in error.absolute_path) or "(top)"
            found.append(f"{name}: {where}: {error.message[:160]}")
    return found


def loader_exit(siaga, text):
    """`siaga validate --quiet` on the variant, with the embedded TPS table beside it."""
    with tempfile.TemporaryDirectory(prefix="check-schema-") as folder:
        with open(os.path.join(folder, "scenario.yaml"), "w", encoding="utf-8") as file:
            file.write(text)
        with open(os.path.join(folder, "tps.csv"), "w", encoding="utf-8") as file:
            file.write(TPS_CSV)
        result = subprocess.run([siaga, "validate", "--quiet", os.path.join(folder, "scenario.yaml")],
                                capture_output=True, text=True, timeout=120)
        return result.returncode, result.stderr.strip().replace(folder + "/", "")


# ---------------------------------------------------------------------------------------------
# The embedded scenario and its variants

BASE = """\
siaga: 1
name: Schema check
seed: 7
district: {name: Kabupaten Uji, area_km2: 100}
tables:
  tps: tps.csv
posts:
  - {id: polres, kind: polres, latitude: -1.8, longitude: 110.0}
  - {id: polsek-a, kind: polsek, kecamatan: Hilir, latitude: -1.81, longitude: 110.01}
force:
  units:
    - {id: samapta, personnel: 12}
  deployable_fraction: 2/3
vehicles:
  - {id: r2, kind: motorcycle, count: 4}
budget:
  total_rupiah: 50_000_000
timeline:
  election_day: 2024-02-14
  phases:
    - {id: voting, kind: voting, start: "H0 07:00", end: "H0 13:00", guard_duties: [tps]}
incidents:
  types:
    - {id: dispute, severity: 2, responders: 2, rate_per_site_day: 0.05,
       time_on_scene_minutes: {distribution: lognormal, mean: 40, sd: 20}}
contingencies:
  - {id: rain, kind: flood, start: H0, end: H+1, kecamatan: [Hilir], travel_time_multiplier: 2}
"""

TPS_CSV = """\
id,latitude,longitude,voters,desa,kecamatan,polsek,access,category
tps-1,-1.811,110.012,280,Sukamaju,Hilir,polsek-a,road,kurang_rawan
tps-2,-1.815,110.018,265,Sukamaju,Hilir,polsek-a,river,rawan
"""

ALL_KINDS = """contingencies:
  - {id: c1, kind: flood, start: H0, end: H+1, travel_time_multiplier: 2, tps_moved_share: 0.1}
  - {id: c2, kind: kpu_protest, start: H+1, end: H+2, personnel: 30, rate_multiplier: 3}
  - {id: c3, kind: vehicle_failure_wave, start: H0, end: H+1, vehicle_failure_share: 0.2}
  - {id: c4, kind: comms_outage, start: "H0 07:00", end: "H0 09:00", dispatch_delay_minutes: 15}
  - {id: c5, kind: hoax_surge, start: H-2, end: H0, probability: 0.5, rate_multiplier: 2}
  - {id: c6, kind: reinforcement, start: "2024-02-13T06:00", end: H+1, personnel: 1_000}
"""

# (what, must be accepted, old text, new text): one change to BASE at a time.
VARIANTS = [
    ("the embedded base scenario", True, "", ""),
    ("every contingency kind with its parameters", True,
     BASE[BASE.index("contingencies:"):], ALL_KINDS),
    ("digit groups, a decimal fraction and optional sections", True, "deployable_fraction: 2/3",
     "deployable_fraction: 0.6667\n  bko: {personnel: 1_200, delay_hours: 6}\n"
     "dispatch: {road_factor: 1.5, preemption: false}\nsecurity: {patterns: {rawan: {police: 2, tps: 1}}}"),
    ("an unknown top-level key", False, "seed: 7\n", "seed: 7\nsed: 7\n"),
    ("a flood without travel_time_multiplier", False, ", travel_time_multiplier: 2}", "}"),
    ("a negative personnel count", False, "personnel: 12}", "personnel: -12}"),
    ("deployable_fraction 1.5", False, "deployable_fraction: 2/3", "deployable_fraction: 1.5"),
    ("a flood with a kpu_protest parameter", False, "travel_time_multiplier: 2}", "travel_time_multiplier: 2, personnel: 5}"),
    ("posts both inline and in tables.posts", False, "  tps: tps.csv\n", "  tps: tps.csv\n  posts: posts.csv\n"),
    ("a misspelt nested key", False, "deployable_fraction: 2/3", "deployable_fraction: 2/3\n  linmas_per_tsp: 2"),
    ("a lognormal duration without sd", False, "mean: 40, sd: 20}", "mean: 40}"),
    ("a time with seconds", False, '"H0 13:00"', '"H0 13:00:00"'),
    ("election day 2024-02-30", False, "2024-02-14", "2024-02-30"),
]


def variant(old, new):
    if old and old not in BASE:
        raise SystemExit(f"check-schema.py: internal error: the base scenario has no {old!r}")
    return BASE.replace(old, new, 1) if old else BASE


# ---------------------------------------------------------------------------------------------


def find_siaga(arguments):
    """--siaga, else $SIAGA, else the newer of .build/debug/siaga and .build/release/siaga."""
    if arguments.no_loader:
        return None
    for candidate in [arguments.siaga, os.environ.get("SIAGA")]:
        if candidate:
            return candidate
    built = [path for path in (os.path.join(ROOT, ".build", kind, "siaga") for kind in ("debug", "release"))
             if os.access(path, os.X_OK)]
    return max(built, key=os.path.getmtime, default=None)


def main():
    parser = argparse.ArgumentParser(description="Check scenarios/schema.json against the scenarios and known-bad snippets.")
    parser.add_argument("files", nargs="*", help="more scenario YAML files to validate")
    parser.add_argument("--siaga", help="siaga binary that must agree on each variant")
    parser.add_argument("--no-loader", action="store_true", help="do not run siaga on the variants")
    arguments = parser.parse_args()
    passed = failed = 0

    def report(ok, what, detail=""):
        nonlocal passed, failed
        passed, failed = passed + ok, failed + (not ok)
        print(f"{'PASS' if ok else 'FAIL'}  {what}" + (f"  ({detail})" if detail else ""))

    try:
        scenario, contingency = validators()
        report(True, "scenarios/schema.json is a valid draft 2020-12 schema")
    except (OSError, ValueError, jsonschema.exceptions.SchemaError) as error:
        report(False, "scenarios/schema.json is a valid draft 2020-12 schema", str(error).splitlines()[0])
        print(f"{passed} passed, {failed} failed")
        return 1

    files = [(path, scenario) for path in sorted(glob.glob(os.path.join(ROOT, "scenarios", "*", "scenario.yaml")))]
    files += [(path, contingency) for path in sorted(glob.glob(os.path.join(ROOT, "scenarios", "contingencies", "*.yaml")))]
    files += [(os.path.abspath(path), scenario) for path in arguments.files]
    for path, validator in files:
        shown = os.path.relpath(path, ROOT) if path.startswith(ROOT + os.sep) else path
        with open(path, encoding="utf-8") as file:
            errors = schema_errors(validator, file.read())
        report(not errors, f"valid: {shown}", "; ".join(errors))

    siaga = find_siaga(arguments)
    if siaga is None:
        print("note: no siaga binary (--siaga, $SIAGA, .build/*/siaga): variants are checked against the schema only")
    for what, is_good, old, new in VARIANTS:
        text = variant(old, new)
        errors = schema_errors(scenario, text)
        ok = not errors if is_good else len(errors) == len(READINGS)
        detail = ("schema: " + errors[0].split(": ", 1)[1]) if errors else "schema: valid"
        if siaga is not None:
            code, message = loader_exit(siaga, text)
            ok = ok and code == (0 if is_good else 65)
            detail += f"; siaga: exit {code}" + (f", {message.removeprefix('siaga: ')[:140]}" if message else "")
        report(ok, f"{'accept' if is_good else 'reject'}: {what}", detail)

    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
