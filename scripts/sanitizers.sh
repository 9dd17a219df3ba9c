#!/usr/bin/env bash
# Runs the test suite under a sanitizer, in its own build folder so that the normal build is
# untouched: scripts/sanitizers.sh address|thread [swift test options…]
#
#   address  AddressSanitizer (and LeakSanitizer, with scripts/lsan-suppressions.txt for what
#            the test frameworks keep)
#   thread   ThreadSanitizer: the parallel coder, the store's connections and the server
#
# Prints the test summary and every sanitizer report; exits non-zero when a test failed or a
# sanitizer reported anything.
set -euo pipefail
cd "$(dirname "$0")/.."
kind="${1:-}"
case "$kind" in
  address) shift && scratch=.build-asan ;;
  thread) shift && scratch=.build-tsan ;;
  *)
    echo "usage: scripts/sanitizers.sh address|thread [swift test options…]" >&2
    exit 2
    ;;
esac
log="$(mktemp -t "detente-$kind.XXXXXX")"
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt:print_suppressions=0"
export TSAN_OPTIONS="halt_on_error=0:second_deadlock_stack=1"
status=0
swift test --sanitize="$kind" --scratch-path "$scratch" "$@" >"$log" 2>&1 || status=$?
grep -E "Test run with|tests? (passed|failed)|✘" "$log" | tail -20 || true
# what a failed expectation said beside it (the lines after each "recorded an issue")
grep -A4 "recorded an issue" "$log" | grep -v "^✘" | head -40 || true
reports=$(grep -cE "^(==[0-9]+==ERROR|WARNING: ThreadSanitizer|SUMMARY: (Address|Thread|Leak)Sanitizer)" "$log" || true)
if [ "$reports" -gt 0 ]; then
  grep -nE -A30 "^(==[0-9]+==ERROR|WARNING: ThreadSanitizer)" "$log" | head -400
fi
echo "$kind sanitizer: exit status $status, $reports report line(s); full log in $log"
if [ "$status" -ne 0 ] || [ "$reports" -gt 0 ]; then exit 1; fi
