#!/usr/bin/env bash
# Time to the first prompt: the release swoc-wizard against a hello-world Swift
# program built the same way (swift build -c release), both started on a
# pseudo-terminal as a person would, many times; prints the medians and the ratio.
#
# Usage: scripts/bench-startup.sh [runs]    (default 30; target: ratio at most 3)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-30}"
work="$(mktemp -d "${TMPDIR:-/tmp}/swoc-startup.XXXXXX")"
trap 'rm -rf "$work"' EXIT

(cd "$root" && swift build -c release --static-swift-stdlib --product swoc-wizard >/dev/null)
wizard="$root/.build/release/swoc-wizard"

# The hello-world: a package of its own, built with the same command and mode,
# that shows a prompt and waits for a line, like the wizard's first question.
mkdir -p "$work/hello/Sources/hello"
cat >"$work/hello/Package.swift" <<'SWIFT'
// swift-tools-version:6.0
import PackageDescription
let package = Package(name: "hello", targets: [.executableTarget(name: "hello")])
SWIFT
cat >"$work/hello/Sources/hello/main.swift" <<'SWIFT'
print("Hello, city team.")
print("> ", terminator: "")
_ = readLine()
SWIFT
(cd "$work/hello" && swift build -c release --static-swift-stdlib >/dev/null)
hello="$work/hello/.build/release/hello"

python3 - "$runs" "$wizard" "$hello" "$work" <<'PYTHON'
import os, statistics, sys, time
import pexpect

runs, wizard, hello, work = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]

def first_prompt(command, args):
    session = os.path.join(work, "s.json")
    if os.path.exists(session):
        os.remove(session)
    start = time.perf_counter()
    child = pexpect.spawn(command, args, cwd=work, env={**os.environ, "TERM": "xterm", "LANG": "C.UTF-8"},
                          dimensions=(40, 110))
    child.expect("> ", timeout=20)
    elapsed = time.perf_counter() - start
    child.terminate(force=True)
    return elapsed

def median_ms(command, args):
    first_prompt(command, args)  # warm the file cache
    return statistics.median(first_prompt(command, args) for _ in range(runs)) * 1000

hello_ms = median_ms(hello, [])
wizard_ms = median_ms(wizard, ["--session", "s.json"])
ratio = wizard_ms / hello_ms
print(f"hello-world to its prompt:   {hello_ms:7.2f} ms (median of {runs})")
print(f"swoc-wizard to its question: {wizard_ms:7.2f} ms (median of {runs})")
print(f"ratio: {ratio:.2f}  ({'ok' if ratio <= 3 else 'MISSED'}: target at most 3)")
PYTHON
