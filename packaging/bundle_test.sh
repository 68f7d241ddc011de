#!/usr/bin/env bash
# `make bundle-test`: the bundle as an offline PC receives it. Checks the sum as
# VERIFY.txt tells a person to, unpacks into a fresh folder outside the repository,
# and with no virtual environment on the path runs packaging/bundle_flow.sh: the
# CLI from a new ledger to a verified report, the sample report, and the desktop
# application offscreen. All of it runs in a network namespace with nothing but
# loopback (unshare -n), under strace: the test fails if the bundle so much as
# creates an internet socket.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
dist="$repo/dist"
archive=$(ls "$dist"/tijori-*-linux-x86_64.tar.gz)
start=$EPOCHREALTIME

echo "== the sum, as VERIFY.txt says"
(cd "$dist" && sha256sum -c SHA256SUMS)

work=$(mktemp -d /tmp/tijori-bundle-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
tar -xzf "$archive" -C "$work"
bundle=$(echo "$work"/tijori-*/)
bundle=${bundle%/}
mkdir "$work/home" "$work/run"

echo "== install.sh puts the menu entries in place"
HOME="$work/home" "$bundle/install.sh"
for entry in tijori tijori-signer; do
    file="$work/home/.local/share/applications/$entry.desktop"
    grep -q "^Exec=$bundle/tijori gui" "$file"
    test -f "$work/home/.local/share/icons/hicolor/scalable/apps/$entry.svg"
    if command -v desktop-file-validate > /dev/null; then desktop-file-validate "$file"; fi
done

if ! unshare -n true 2> /dev/null; then
    echo "FAIL: cannot make a network namespace here (unshare -n needs root or user namespaces)"
    exit 1
fi
for tool in strace; do
    command -v "$tool" > /dev/null || { echo "FAIL: $tool is not installed"; exit 1; }
done

echo "== in a network namespace with only loopback: $(unshare -n ip -brief link 2> /dev/null \
    | tr -s ' ' | tr '\n' ';' || echo lo)"
# A clean environment: no virtual environment, no repository on any path.
unshare -n env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 \
    strace -f -qq -e trace=socket,connect -o "$work/trace" \
    bash "$repo/packaging/bundle_flow.sh" "$bundle" "$work/run" "$repo/reports/samples"

echo
echo "== network: the sockets the bundle created"
inet=$(grep -E 'socket\((AF|PF)_INET6?,' "$work/trace" || true)
grep -oE 'socket\((AF|PF)_[A-Z0-9]+' "$work/trace" | sort | uniq -c || true
if [ -n "$inet" ]; then
    echo "FAIL: the bundle created internet sockets:"; echo "$inet"; exit 1
fi
echo "no internet socket was created (AF_INET, AF_INET6): OK"
echo
echo "== speed, still offline but without strace (which slows every system call)"
offline() { unshare -n env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 \
            QT_QPA_PLATFORM=offscreen "$@"; }
seconds() { local t0=$EPOCHREALTIME; offline "$@" > /dev/null 2>&1; \
            awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }'; }
samples="$repo/reports/samples"
# The signer window stays up until it is closed. Checked here, not under strace: a
# traced process killed by timeout can make strace itself fail (PTRACE_LISTEN).
set +e
offline timeout 5 "$bundle/tijori" gui --signer > "$work/signer.out" 2>&1
code=$?
set -e
if [ "$code" != 124 ]; then
    echo "FAIL: signer mode stopped by itself (exit $code)"; cat "$work/signer.out"; exit 1
fi
echo "signer mode ran for 5 s and was stopped"
for run in 1 2 3; do
    echo "run $run: tijori verify of the sample report $(seconds "$bundle/tijori" verify \
        "$samples/report.pdf" --policy "$samples/policy.json") s;" \
        "start to a usable window $(seconds "$bundle/tijori" gui --smoke) s;" \
        "signer mode $(seconds "$bundle/tijori" gui --signer --smoke) s"
done
echo "bundle: $(du -sh "$bundle" | cut -f1) unpacked, $(du -h "$archive" | cut -f1) archive"
awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "bundle-test passed in %.0f s\n", b - a }'
