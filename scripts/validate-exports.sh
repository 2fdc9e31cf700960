#!/usr/bin/env bash
# Checks that the JSON plan export matches schemas/plan.schema.json.
#
# Usage: scripts/validate-exports.sh [path/to/swoc-wizard]   (default .build/debug/swoc-wizard)
#
# Imports every examples/*.yaml with --answers, plus a sparse session typed on
# stdin (only the city name and country) and the Chinese and bilingual (zh,en)
# plans of Tests/Fixtures/bilingual, exports each as JSON and validates the
# export against the schema (draft 2020-12, formats checked). It then breaks a
# valid export in a few ways and checks that the schema rejects each, so a schema
# that accepts everything cannot pass. Prints "ok: ..." or the errors for every
# check, then "N passed, M failed"; exits non-zero if any check failed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

binary="${1:-.build/debug/swoc-wizard}"
if [[ ! -x "$binary" ]]; then
    echo "error: no swoc-wizard binary at $binary (run 'swift build' first, or pass its path)" >&2
    exit 2
fi
binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"
schema="$root/schemas/plan.schema.json"

# jsonschema, with a working date-time format check (it needs rfc3339-validator).
if ! python3 -c 'import jsonschema' 2>/dev/null; then
    python3 -m pip install --quiet jsonschema
fi
if ! python3 -c 'import jsonschema, sys; sys.exit(jsonschema.FormatChecker().conforms("nope", "date-time"))' 2>/dev/null; then
    python3 -m pip install --quiet rfc3339-validator
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/swoc-validate.XXXXXX")"
trap 'rm -rf "$work"' EXIT

export_failures=0
exports=()

# Runs "$@" quietly; on failure shows what it printed and counts the file as failed.
run_quiet() {
    local label="$1"
    shift
    if ! "$@" >"$work/log" 2>&1; then
        echo "FAIL: $label: '$*' exited with an error:"
        sed 's/^/    /' "$work/log"
        export_failures=$((export_failures + 1))
        return 1
    fi
}

shopt -s nullglob
examples=("$root"/examples/*.yaml)
if ((${#examples[@]} == 0)); then
    echo "FAIL: no examples/*.yaml to export"
    export_failures=$((export_failures + 1))
fi
for example in "${examples[@]}"; do
    name="$(basename "$example" .yaml)"
    run_quiet "examples/$name.yaml" "$binary" --answers "$example" --session "$work/$name.json" || continue
    run_quiet "examples/$name.yaml" "$binary" export "$work/$name.json" --format json --output "$work/$name.plan.json" || continue
    exports+=("$work/$name.plan.json")
    # One plan in Chinese and English, once the built-in files are written in both.
    if "$binary" export "$work/$name.json" --language zh,en --format json --output "$work/$name.zh-en.plan.json" \
        >/dev/null 2>&1; then
        exports+=("$work/$name.zh-en.plan.json")
    fi
done

# Plans in Chinese and in Chinese and English from the small questionnaire and
# rules written in both languages (Tests/Fixtures/bilingual).
fixture="$root/Tests/Fixtures/bilingual"
files=(--questionnaire "$fixture/questionnaire" --rules "$fixture/rules")
if run_quiet "bilingual fixture" "$binary" --answers "$fixture/answers.yaml" --session "$work/bilingual.json" \
    --language zh "${files[@]}"; then
    run_quiet "bilingual fixture" "$binary" export "$work/bilingual.json" --format json \
        --output "$work/fixture.zh.plan.json" "${files[@]}" && exports+=("$work/fixture.zh.plan.json")
    run_quiet "bilingual fixture" "$binary" export "$work/bilingual.json" --format json --language zh,en \
        --output "$work/fixture.zh-en.plan.json" "${files[@]}" && exports+=("$work/fixture.zh-en.plan.json")
fi

# A revived session (a second SWOC round): its export carries "changes".
# Piped answers: keep S1 (three Enters), change S2, drop S3, then stop.
if run_quiet "revived session" "$binary" --answers "$root/examples/manchester-wuhan.yaml" --session "$work/revived.json" \
    && printf '\n\n\nA changed strength\n\n\n:drop\n' | "$binary" revive "$work/revived.json" >"$work/log" 2>&1; then
    run_quiet "revived session" "$binary" export "$work/revived.json" --format json --output "$work/revived.plan.json" \
        && exports+=("$work/revived.plan.json")
    if ! grep -q '"changes"' "$work/revived.plan.json" 2>/dev/null; then
        echo "FAIL: revived session: the export has no \"changes\" section"
        export_failures=$((export_failures + 1))
    fi
else
    echo "FAIL: revived session: the piped revival did not run:"
    sed 's/^/    /' "$work/log"
    export_failures=$((export_failures + 1))
fi

# A sparse session: the wizard stops at the end of input and saves what it has.
if printf 'Testville\nTestland\n' | "$binary" --session "$work/sparse.json" >"$work/log" 2>&1 \
    && [[ -f "$work/sparse.json" ]]; then
    run_quiet "sparse session" "$binary" export "$work/sparse.json" --format json --output "$work/sparse.plan.json" \
        && exports+=("$work/sparse.plan.json")
else
    echo "FAIL: sparse session: the piped wizard run did not save a session:"
    sed 's/^/    /' "$work/log"
    export_failures=$((export_failures + 1))
fi

status=0
python3 - "$schema" "$export_failures" "${exports[@]}" <<'PYTHON' || status=$?
import copy
import json
import os
import sys

from jsonschema import Draft202012Validator, FormatChecker

schema_path, export_failures, paths = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema, format_checker=FormatChecker())

passed, failed = 0, export_failures


def errors_of(document):
    found = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    return [f"{e.json_path}: {e.message if len(e.message) <= 200 else e.message[:197] + '...'}" for e in found]


documents = {}
for path in paths:
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    documents[name] = document
    errors = errors_of(document)
    if errors:
        failed += 1
        print(f"FAIL: {name}")
        for line in errors:
            print(f"    {line}")
    else:
        passed += 1
        print(f"ok: {name}")

# The schema must have teeth: each of these broken copies must be rejected.
full = next(
    (documents[n] for n in sorted(documents) if "stage" in documents[n] and "languages" not in documents[n]), None
)
if full is None:
    failed += 1
    print("FAIL: no valid export with a partner to break for the negative checks")
else:
    def without_city(d):
        del d["city"]

    def unknown_top_level_key(d):
        d["notes"] = "not in the schema"

    def unknown_city_key(d):
        d["city"]["mayor"] = "someone"

    def wrong_schema_version(d):
        d["schemaVersion"] = 2

    def null_instead_of_omitted(d):
        d["city"]["region"] = None

    def timestamp_not_a_date(d):
        d["timestamps"]["created"] = "yesterday"

    def label_id_with_capitals(d):
        d["city"]["helixInvolved"] = [{"id": "Government", "label": "Government"}]

    def swoc_entry_without_areas(d):
        d["swoc"]["strengths"] = [{"text": "A strength"}]

    def answer_value_object(d):
        d["answers"][0]["value"] = {"text": "x", "areas": []}

    def stage_without_partner(d):
        del d["partner"]

    def without_suggestions(d):
        del d["suggestions"]

    # Each of these changes one field of an otherwise valid suggestion, so the
    # rejection is for that field only (the example may have no strategies).
    def activity_in_plan_year_6(d):
        d["suggestions"]["plan"][0]["planYear"] = 6

    def strategy_with_opportunity_as_internal_entry(d):
        d["suggestions"]["strategies"] = [
            {"kind": "SO", "internalEntry": "O1", "externalEntry": "O2", "areas": ["sport"], "text": "A strategy."}
        ]

    def health_with_four_scores(d):
        d["suggestions"]["health"]["scores"] = d["suggestions"]["health"]["scores"][:4]

    def activity_citing_swoc_entry_zero(d):
        d["suggestions"]["plan"][0]["answers"] = ["S0"]

    breakages = [
        ("required key 'city' removed", without_city),
        ("unknown top-level key added", unknown_top_level_key),
        ("unknown key in city", unknown_city_key),
        ("schemaVersion 2", wrong_schema_version),
        ("null instead of an omitted field", null_instead_of_omitted),
        ("timestamp that is not a date-time", timestamp_not_a_date),
        ("label id with capitals", label_id_with_capitals),
        ("SWOC entry without areas", swoc_entry_without_areas),
        ("answer value that is an object", answer_value_object),
        ("top-level stage without partner", stage_without_partner),
        ("required key 'suggestions' removed", without_suggestions),
        ("plan activity with planYear 6", activity_in_plan_year_6),
        ("strategy whose internalEntry is O1", strategy_with_opportunity_as_internal_entry),
        ("health check with 4 scores", health_with_four_scores),
        ("plan activity citing SWOC entry S0", activity_citing_swoc_entry_zero),
    ]
    for description, breakage in breakages:
        broken = copy.deepcopy(full)
        breakage(broken)
        errors = errors_of(broken)
        if errors:
            passed += 1
            print(f"ok: rejected as expected: {description} ({errors[0]})")
        else:
            failed += 1
            print(f"FAIL: accepted a broken export: {description}")

# A plan in several languages: its own ways of being broken.
bilingual = next((documents[n] for n in sorted(documents) if "languages" in documents[n]), None)
if bilingual is None:
    failed += 1
    print("FAIL: no plan in several languages was exported")
else:
    def find_translation(node):
        """The first text that is an object keyed by language."""
        if isinstance(node, dict):
            if node and all(isinstance(v, str) for v in node.values()) and set(node) <= set(bilingual["languages"]):
                return node
            children = node.values()
        elif isinstance(node, list):
            children = node
        else:
            return None
        return next((t for t in (find_translation(c) for c in children) if t is not None), None)

    def translated(d):
        return find_translation(d)

    def version_1_with_languages(d):
        d["schemaVersion"] = 1

    def one_language(d):
        d["languages"] = d["languages"][:1]

    def translation_in_one_language(d):
        text = translated(d)
        for key in list(text)[1:]:
            del text[key]

    def translation_with_a_number(d):
        text = translated(d)
        text[next(iter(text))] = 3

    def monolingual_with_version_2(d):
        d["schemaVersion"] = 2
        del d["languages"]

    if translated(bilingual) is None:
        failed += 1
        print("FAIL: the plan in several languages has no text that differs between them")
    for description, breakage in [
        ("several languages with schemaVersion 1", version_1_with_languages),
        ("languages with one language", one_language),
        ("a translated text in one language only", translation_in_one_language),
        ("a translated text that is a number", translation_with_a_number),
        ("one language with schemaVersion 2", monolingual_with_version_2),
    ]:
        broken = copy.deepcopy(bilingual)
        breakage(broken)
        errors = errors_of(broken)
        if errors:
            passed += 1
            print(f"ok: rejected as expected: {description} ({errors[0][:160]})")
        else:
            failed += 1
            print(f"FAIL: accepted a broken export: {description}")

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PYTHON
exit "$status"
