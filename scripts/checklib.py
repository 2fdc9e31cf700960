"""What the Python document checks share: the tally of ok/FAIL lines and
running the built swoc-wizard in a known locale."""

import os
import subprocess


class Tally:
    """Counts and prints each check: "ok: label" or "FAIL: label: detail"."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def report(self, ok, label, detail=""):
        if ok:
            self.passed += 1
            print(f"ok: {label}")
        else:
            self.failed += 1
            print(f"FAIL: {label}" + (f": {detail}" if detail else ""))

    def summary(self):
        """Prints "N passed, M failed" and gives the exit status."""
        print(f"{self.passed} passed, {self.failed} failed")
        return 1 if self.failed else 0


def run(binary, *arguments, cwd):
    """swoc-wizard's standard output; an error with its message when it fails."""
    result = subprocess.run(
        [binary, *arguments], cwd=cwd, capture_output=True, env={**os.environ, "LANG": "C.UTF-8", "LC_ALL": ""}
    )
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(arguments)} exited {result.returncode}: {result.stderr.decode()}")
    return result.stdout
