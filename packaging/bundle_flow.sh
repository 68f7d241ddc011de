#!/usr/bin/env bash
# The bundle at work on its own: run by packaging/bundle_test.sh inside a network
# namespace with nothing but loopback, under strace. Arguments: the unpacked bundle
# folder, a scratch folder, the folder of the sample report.
set -euo pipefail
bundle=$1 work=$2 samples=$3
tijori="$bundle/tijori"
cd "$work"
export TIJORI_LEDGER="$work/ledger.tijori" TIJORI_PASSPHRASE="bundle ledger beside velvet ferns"
export TIJORI_ACTOR="bundle-test" TIJORI_KEY_PASSPHRASE="bundle key under cedar lanterns"
export QT_QPA_PLATFORM=offscreen
step() { printf '\n== %s\n' "$*"; }

step "tijori --version"
"$tijori" --version

step "a small ledger: sites, bars, a token"
"$tijori" init
"$tijori" site add LDN --name "London vault" --kind vault
for serial in T-1 T-2 T-3; do
    "$tijori" bar add --site LDN --metal gold --brand PAMP --serial "$serial" --year 2024 \
        --gross-oz 400.125 --fineness 999.9 --location V1
done
"$tijori" token add --symbol XAUT --commodity gold --per-token "1 ozt"
"$tijori" token supply XAUT --supply 1000 --source "bundle test"

step "keys and a signed trust policy"
mkdir -p keys
for who in custodian auditor admin; do
    "$tijori" keys new --name "$who" --out "keys/$who.key" > /dev/null
    "$tijori" keys export-public "keys/$who.key" --out "keys/$who.pub" > /dev/null
done
"$tijori" keys new --name "report signer" --algorithm p256 --out keys/report.key > /dev/null
"$tijori" keys export-public keys/report.key --out keys/report.pub > /dev/null
"$tijori" policy new --out policy.json --expires 2036-12-31 \
    --custodian keys/custodian.pub --custodian-threshold 1 \
    --auditor keys/auditor.pub --auditor-threshold 1 \
    --admin keys/admin.pub --admin-threshold 1 --report-signer keys/report.pub
"$tijori" policy sign policy.json --key keys/admin.key

step "the admin key backed up as SLIP-39 shares, and restored from three"
mkdir -p shares
"$tijori" keys backup keys/admin.key --shares 5 --threshold 3 --out-dir shares --text > /dev/null
test -s shares/share-1-of-5.pdf
cat shares/share-1-of-5.txt shares/share-3-of-5.txt shares/share-5-of-5.txt \
    | TIJORI_NEW_KEY_PASSPHRASE="a restored key passphrase for the bundle test" \
      "$tijori" keys restore --out keys/admin-restored.key --name admin > /dev/null
"$tijori" keys show keys/admin-restored.key | grep -q "$("$tijori" keys show keys/admin.key --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["keyid"])')"

if command -v softhsm2-util > /dev/null; then
    step "a key inside a PKCS#11 token (SoftHSM2) signs a policy; the PIN from the environment"
    mkdir -p hsm/tokens
    printf 'directories.tokendir = %s\nobjectstore.backend = file\n' "$work/hsm/tokens" \
        > hsm/softhsm2.conf
    export SOFTHSM2_CONF="$work/hsm/softhsm2.conf" TIJORI_PKCS11_PIN=246810
    softhsm2-util --init-token --free --label Bundle --pin 246810 --so-pin 13579111 > /dev/null
    module=$(ls /usr/lib/softhsm/libsofthsm2.so \
        /usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so 2> /dev/null | head -1)
    uri=$("$tijori" keys new --pkcs11 "$module" --token Bundle --name hsm-admin \
        --out keys/hsm-admin.pub --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["uri"])')
    "$tijori" policy new --out hsm-policy.json --expires 2036-12-31 \
        --custodian keys/custodian.pub --custodian-threshold 1 \
        --auditor keys/auditor.pub --auditor-threshold 1 \
        --admin keys/hsm-admin.pub --admin-threshold 1 > /dev/null
    "$tijori" policy sign hsm-policy.json --key "$uri"
    "$tijori" policy show hsm-policy.json | grep -q '^VALID'
    unset TIJORI_PKCS11_PIN
fi

step "attest: the auditor's nonce committed first, request, two offline signatures, finalise"
commitment=$("$tijori" audit commit --nonce-file nonce.txt | tail -1)
"$tijori" attest request --policy policy.json --custodian "Bundle Test Custody" \
    --out request.json --leaves-out leaves.jsonl --with-leaves --audit-commitment "$commitment"
"$tijori" sign request.json --key keys/custodian.key --policy policy.json --out c.sig --yes
"$tijori" sign request.json --key keys/auditor.key --policy policy.json --out a.sig --yes
"$tijori" attest finalize request.json c.sig a.sig --out attestation.json

step "report and verify"
"$tijori" report --attestation attestation.json --policy policy.json --leaves leaves.jsonl \
    --report-key keys/report.key --out report.pdf --json report.json
"$tijori" verify report.pdf --policy policy.json
"$tijori" verify attestation.json --policy policy.json --leaves leaves.jsonl
"$tijori" journal verify

step "the auditor's count, a report that carries it, and the organisation CA"
"$tijori" audit plan --attestation attestation.json --leaves leaves.jsonl --policy policy.json \
    --confidence 60 --tolerable-rate 40 --nonce-file nonce.txt --out plan.json
"$tijori" audit sheet plan.json --out sheets.pdf
"$tijori" audit sheet plan.json --out results.csv
# every planned bar marked not found (column 6): a count with exceptions, which verifies
awk -F, -v OFS=, 'NR > 1 { $6 = "no" } 1' results.csv > filled.csv
"$tijori" audit record plan.json filled.csv --key keys/auditor.key --out count.json \
    --counted-by "Bundle Counter" --witnessed-by "Bundle Witness"
"$tijori" verify count.json --policy policy.json --leaves leaves.jsonl | tail -3
"$tijori" report --attestation attestation.json --policy policy.json --leaves leaves.jsonl \
    --report-key keys/report.key --out counted.pdf --count count.json
"$tijori" verify counted.pdf --policy policy.json | tail -1
"$tijori" diff attestation.json attestation.json --leaves leaves.jsonl leaves.jsonl \
    --policy policy.json | tail -2   # the same attestation twice: nothing changed
"$tijori" ca new --name "Bundle Custody CA" --out keys/ca.key > /dev/null
TIJORI_CA_PASSPHRASE="$TIJORI_KEY_PASSPHRASE" "$tijori" keys new --name "issued signer" \
    --algorithm p256 --ca keys/ca.key --out keys/issued.key | tail -2

step "a tampered report is refused"
cp report.pdf tampered.pdf
printf 'X' | dd of=tampered.pdf bs=1 seek=2000 conv=notrunc status=none
if "$tijori" verify tampered.pdf --policy policy.json > tampered.out; then
    echo "FAIL: a tampered report verified"; exit 1
fi
failing=$(grep -c "✗" tampered.out || true)   # the Integrity block marks a failed check ✗
echo "failing checks: $failing"
if [ "$failing" -eq 0 ]; then
    echo "FAIL: the tampered report names no failed check"; exit 1
fi

step "bundle sign and verify of sums, as a bundle installed elsewhere would"
sha256sum report.pdf | sed 's|  .*/|  |' > SHA256SUMS
"$tijori" bundle sign SHA256SUMS --key keys/admin.key
"$tijori" bundle verify report.pdf --signature SHA256SUMS.dsse.json --signer keys/admin.pub

step "the sample report in reports/samples"
"$tijori" verify "$samples/report.pdf" --policy "$samples/policy.json" | tail -1

step "the desktop application, offscreen"
"$tijori" gui --smoke
"$tijori" gui --verify --smoke
"$tijori" gui --signer --smoke
