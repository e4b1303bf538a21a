#!/usr/bin/env bash
# Checks the systemd units in deploy/systemd: "systemd-analyze verify" must be clean for every
# unit, and the server's "systemd-analyze security" exposure must be at most 1.5.
# Prints both; exits 1 when either fails. Fast (no build): run by scripts/test.
#
# The units name /usr/bin/queue-server and /usr/bin/queuectl, which need not be installed
# here: verify then sees copies that run /bin/true instead (nothing else is changed).
set -euo pipefail
cd "$(dirname "$0")/../systemd"
limit=1.5
units=(queue-server.service queue-server.socket queue-server-unix.socket queue-kiosk@.service)
failed=0

if ! command -v systemd-analyze >/dev/null; then
    echo "analyze: systemd-analyze is missing (apt-get install systemd)" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for unit in "${units[@]}"; do
    sed -e "$( [ -x /usr/bin/queue-server ] || echo 's#/usr/bin/queue-server#/bin/true#g;' )
            $( [ -x /usr/bin/queuectl ] || echo 's#/usr/bin/queuectl#/bin/true#g;' )" "$unit" > "$work/$unit"
done

# verify loads each unit with its dependencies; a template is checked as an instance.
for unit in "${units[@]}"; do
    name=${unit/@./@tty1.}
    if output=$(cd "$work" && systemd-analyze verify --man=no "$name" 2>&1) && [ -z "$output" ]; then
        printf 'verify   %-28s clean\n' "$unit"
    else
        printf 'verify   %-28s NOT CLEAN\n%s\n' "$unit" "$output" | sed '2,$s/^/    /'
        failed=1
    fi
done

report=$(systemd-analyze security --offline=yes --no-pager "$work/queue-server.service" 2>&1) || true
exposure=$(sed -n 's/.*Overall exposure level for queue-server.service: \([0-9.]*\).*/\1/p' <<< "$report")
if [ -z "$exposure" ]; then
    printf 'security queue-server.service: no exposure figure\n%s\n' "$report"
    failed=1
elif awk -v e="$exposure" -v l="$limit" 'BEGIN { exit !(e <= l) }'; then
    printf 'security queue-server.service        exposure %s (limit %s)\n' "$exposure" "$limit"
else
    printf 'security queue-server.service        exposure %s, ABOVE the limit %s:\n' "$exposure" "$limit"
    grep '✗' <<< "$report" | sed 's/^/    /'
    failed=1
fi
kiosk=$(systemd-analyze security --offline=yes --no-pager "$work/queue-kiosk@.service" 2>&1 \
    | sed -n 's/.*Overall exposure level for .*: \([0-9.]*\).*/\1/p') || true
printf 'security queue-kiosk@.service         exposure %s (needs the console, printer, sound)\n' "${kiosk:-?}"

if [ "$failed" -ne 0 ]; then
    echo "analyze: FAILED" >&2
    exit 1
fi
echo "analyze: units clean, server exposure $exposure <= $limit"
