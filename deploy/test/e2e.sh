#!/usr/bin/env bash
# End-to-end proof on a real systemd: builds the .deb, installs it into a minimal Debian 12
# booted with systemd-nspawn --boot, and checks from the host what a site relies on:
#
#   the sockets listen before the daemon runs; the first connection starts it; "systemctl
#   status" shows its STATUS line; a ticket is taken and called with queuectl; SIGKILL gets it
#   restarted with the ticket still there; a hung daemon (SIGSTOP) is restarted by the
#   watchdog; "systemctl stop" drains and exits cleanly; reinstalling (upgrade) keeps the
#   queue; purge removes state and configuration.
#
# Usage: deploy/test/e2e.sh [DEB]      (as root; without DEB: "make build deb" first)
# Environment: E2E_CACHE (default /var/tmp/queue-server-e2e: the debootstrap root is kept
# there, so reruns take seconds), E2E_MIRROR (default http://deb.debian.org/debian),
# E2E_KEEP=1 keeps the booted root afterwards for inspection.
#
# Needs debootstrap and systemd-nspawn (installed when missing). The container has its own
# network (--private-network), so it never clashes with a server on this machine's 7878;
# the host reaches it by entering its network namespace (nsenter -n) with the host's queuectl.
set -uo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
cache=${E2E_CACHE:-/var/tmp/queue-server-e2e}
mirror=${E2E_MIRROR:-http://deb.debian.org/debian}
suite=bookworm
packages=systemd,systemd-sysv,dbus,libsqlite3-0,libsystemd0,iproute2,procps,tzdata
base=$cache/base-$suite
root=$cache/run
machine=queue-e2e
log=$cache/console.log
started=$(date +%s.%N)

results=()
failures=0
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1fs", b - a }'; }
say() { printf '\n== %s\n' "$*"; }
pass() { results+=("PASS  $1  ($2)"); printf 'PASS  %s  (%s)\n' "$1" "$2"; }
fail() { results+=("FAIL  $1  ($2)"); printf 'FAIL  %s  (%s)\n' "$1" "$2"; failures=$((failures + 1)); }
die() { echo "e2e: $*" >&2; summary; exit 1; }

summary() {
    printf '\n==== e2e summary (%s total)\n' "$(elapsed "$started")"
    for line in "${results[@]}"; do echo "$line"; done
    if [ "$failures" -eq 0 ] && [ ${#results[@]} -gt 0 ]; then echo "e2e: PASS"; else echo "e2e: FAIL ($failures failed)"; fi
}

# --- the container ---------------------------------------------------------------------------
leader=""
nspawn_pid=""
# Runs a command inside the booted container (all its namespaces).
inside() { nsenter -t "$leader" -a "$@"; }
# Runs a host command in the container's network only (the host's binaries, its loopback).
in_net() { nsenter -t "$leader" -n "$@"; }
unit_prop() { inside systemctl show -p "$2" --value "$1"; }
main_pid() { unit_prop queue-server.service MainPID; }

# wait_for SECONDS COMMAND...: polls every 0.2 s until COMMAND succeeds.
wait_for() {
    local deadline=$(( $(date +%s) + $1 )); shift
    until "$@" >/dev/null 2>&1; do
        [ "$(date +%s)" -ge "$deadline" ] && return 1
        sleep 0.2
    done
}

stop_container() {
    [ -n "$nspawn_pid" ] && kill -0 "$nspawn_pid" 2>/dev/null || return 0
    kill -TERM "$nspawn_pid" 2>/dev/null # nspawn asks the container's systemd to power off
    for _ in $(seq 100); do kill -0 "$nspawn_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$nspawn_pid" 2>/dev/null || true
    wait "$nspawn_pid" 2>/dev/null || true
    nspawn_pid=""
}
cleanup() {
    stop_container
    if [ "${E2E_KEEP:-0}" = 1 ]; then echo "e2e: kept $root (console: $log)"; else rm -rf "$root"; fi
}
trap cleanup EXIT

[ "$(id -u)" -eq 0 ] || die "run as root (debootstrap and systemd-nspawn need it)"
missing=()
command -v debootstrap >/dev/null || missing+=(debootstrap)
command -v systemd-nspawn >/dev/null || missing+=(systemd-container)
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
        || die "cannot install ${missing[*]}"
fi

# --- the package ----------------------------------------------------------------------------
say "package"
t=$(now)
if [ $# -ge 1 ]; then
    deb=$(readlink -f "$1")
else
    mkdir -p "$cache"
    make --no-print-directory build deb >"$cache/make.log" 2>&1 || { tail -30 "$cache/make.log"; die "make build deb failed"; }
    deb=$(ls -t "$repo"/dist/queue-server_*.deb | head -1)
fi
[ -f "$deb" ] || die "no .deb at '$deb'"
queuectl=$repo/dist/bin/queuectl
[ -x "$queuectl" ] || die "no host queuectl at $queuectl (make build)"
pass "package $(basename "$deb") ($(du -h "$deb" | cut -f1))" "$(elapsed "$t")"

# --- a minimal Debian, built once ------------------------------------------------------------
say "Debian $suite root"
t=$(now)
mkdir -p "$cache"
if [ "$(cat "$base/.e2e-packages" 2>/dev/null)" != "$packages" ]; then
    rm -rf "$base" "$base.tmp"
    echo "debootstrap $suite from $mirror (once; cached in $base)"
    debootstrap --variant=minbase --include="$packages" "$suite" "$base.tmp" "$mirror" >"$cache/debootstrap.log" 2>&1 \
        || { tail -20 "$cache/debootstrap.log"; die "debootstrap failed"; }
    echo "$packages" >"$base.tmp/.e2e-packages"
    mv "$base.tmp" "$base"
fi
rm -rf "$root"
cp -a --reflink=auto "$base" "$root"
pass "root ready (cached debootstrap, fresh copy)" "$(elapsed "$t")"

# --- boot -----------------------------------------------------------------------------------
say "boot with systemd-nspawn --boot"
t=$(now)
# systemd-nspawn keeps its state in /run/systemd/nspawn and wants a tmpfs there; on these
# machines /run itself is not one.
mkdir -p /run/systemd/nspawn
mountpoint -q /run/systemd/nspawn || mount -t tmpfs -o mode=0755 tmpfs /run/systemd/nspawn || die "cannot mount tmpfs on /run/systemd/nspawn"
# --register=no --keep-unit: the host may run no systemd/machined (no system bus here).
systemd-nspawn --quiet --register=no --keep-unit --boot --private-network --console=pipe \
    --machine="$machine" -D "$root" >"$log" 2>&1 </dev/null &
nspawn_pid=$!
find_leader() { leader=$(pgrep -P "$nspawn_pid" | head -1); [ -n "$leader" ]; }
wait_for 30 find_leader || { cat "$log"; die "container did not start"; }
booted() { case "$(inside systemctl is-system-running 2>/dev/null)" in running|degraded) return 0;; *) return 1;; esac; }
if wait_for 90 booted; then
    pass "container booted, systemd $(inside systemctl --version | head -1 | cut -d' ' -f2) is PID 1 ($(inside systemctl is-system-running))" "$(elapsed "$t")"
else
    inside systemctl --failed --no-pager; fail "container boot" "$(elapsed "$t")"; die "boot failed"
fi

# --- install -------------------------------------------------------------------------------
say "install the .deb (dpkg -i, live systemd)"
t=$(now)
cp "$deb" "$root/root/queue-server.deb"
if inside dpkg -i /root/queue-server.deb >"$cache/dpkg.log" 2>&1; then
    pass "dpkg -i (postinst enabled and started the sockets)" "$(elapsed "$t")"
else
    cat "$cache/dpkg.log"; fail "dpkg -i" "$(elapsed "$t")"; die "install failed"
fi
t=$(now)
if inside sh -c 'for f in /usr/share/doc/queue-server/examples/sites/*.toml /etc/queue-server/site.toml; do queue-server check-config "$f" || exit 1; done' >"$cache/check-config.log" 2>&1; then
    pass "check-config: every example site and /etc/queue-server/site.toml" "$(elapsed "$t")"
else
    cat "$cache/check-config.log"; fail "check-config on the example sites" "$(elapsed "$t")"
fi
# MemoryDenyWriteExecute: the real binary, in a transient unit with only that property.
t=$(now)
if out=$(inside systemd-run --quiet --wait --pipe -p MemoryDenyWriteExecute=yes \
    /usr/bin/queue-server check-config /etc/queue-server/site.toml 2>&1); then
    pass "queue-server runs under systemd-run -p MemoryDenyWriteExecute=yes" "$(elapsed "$t")"
else
    echo "$out"; fail "queue-server under MemoryDenyWriteExecute=yes" "$(elapsed "$t")"
fi
# The test site: open all day, so taking a ticket works whatever the hour of the run.
cat >"$root/etc/queue-server/site.toml" <<'EOF'
[site]
name = "e2e"
time_zone = "Europe/Brussels"
languages = ["fr", "en"]
[hours]
monday-sunday = "all day"
[[service]]
id = "medical"
prefix = "M"
labels = { fr = "Médecin", en = "Doctor" }
[[desk]]
id = "room-1"
label = "Salle 1"
services = ["medical"]
EOF

# --- socket activation ----------------------------------------------------------------------
say "socket activation"
t=$(now)
listening=$(in_net ss -Hltnx 2>/dev/null)
if grep -q '127.0.0.1:7878' <<<"$listening" && grep -q '/run/queue-server/queue.sock' <<<"$listening" \
    && [ "$(unit_prop queue-server.service ActiveState)" = inactive ]; then
    pass "127.0.0.1:7878 and /run/queue-server/queue.sock listen; the daemon is not running yet" "$(elapsed "$t")"
else
    echo "$listening"; inside systemctl status --no-pager queue-server.socket queue-server-unix.socket queue-server.service
    fail "sockets listening before the daemon" "$(elapsed "$t")"
fi
t=$(now)
mode=$(inside stat -c '%A %U:%G' /run/queue-server/queue.sock 2>&1) # the container's group names
if [ "$mode" = "srw-rw---- root:queue-clients" ]; then
    pass "queue.sock is $mode (root and the group queue-clients)" "$(elapsed "$t")"
else
    fail "queue.sock permissions: $mode" "$(elapsed "$t")"
fi

tcp=(--server tcp://127.0.0.1:7878)
t=$(now)
if out=$(in_net timeout 60 "$queuectl" status "${tcp[@]}" 2>&1) && [ "$(unit_prop queue-server.service ActiveState)" = active ]; then
    pass "first connection started queue-server.service (queuectl status answered)" "$(elapsed "$t")"
else
    echo "$out"; inside journalctl -u queue-server --no-pager -n 30
    fail "first connection starts the daemon" "$(elapsed "$t")"
fi
t=$(now)
status_line=$(inside systemctl status --no-pager queue-server.service | grep -m1 '^ *Status:')
if [ -n "$status_line" ]; then
    pass "systemctl status shows${status_line#*Status:}" "$(elapsed "$t")"
else
    inside systemctl status --no-pager queue-server.service; fail "STATUS line in systemctl status" "$(elapsed "$t")"
fi

# --- a ticket -------------------------------------------------------------------------------
say "take and call a ticket"
t=$(now)
out=$(in_net timeout 30 "$queuectl" take "${tcp[@]}" medical 2>&1)
ticket=$(grep -oE '\bM-[0-9]{3}\b' <<<"$out" | head -1)
if [ -n "$ticket" ]; then pass "queuectl take medical -> $ticket" "$(elapsed "$t")"; else echo "$out"; fail "queuectl take" "$(elapsed "$t")"; ticket=M-001; fi
t=$(now)
# The local socket, as root from the host (the kernel vouches for the uid: admin role).
unix=(--server "unix:/proc/$leader/root/run/queue-server/queue.sock")
if out=$(timeout 30 "$queuectl" call "${unix[@]}" --desk room-1 2>&1) && grep -q "$ticket" <<<"$out"; then
    pass "queuectl call --desk room-1 over the Unix socket -> $ticket" "$(elapsed "$t")"
else
    echo "$out"; fail "queuectl call --desk room-1" "$(elapsed "$t")"
fi
ticket_there() { in_net timeout 20 "$queuectl" status "${tcp[@]}" 2>&1 | grep -q "$ticket"; }

# --- crash, hang, stop ----------------------------------------------------------------------
say "SIGKILL"
t=$(now)
pid=$(main_pid)
restarts=$(unit_prop queue-server.service NRestarts)
inside kill -KILL "$pid"
restarted() { local p; p=$(main_pid); [ "$p" != 0 ] && [ "$p" != "$pid" ] && [ "$(unit_prop queue-server.service ActiveState)" = active ]; }
if wait_for 60 restarted && ticket_there; then
    pass "SIGKILL of pid $pid: restarted as pid $(main_pid) (NRestarts $restarts -> $(unit_prop queue-server.service NRestarts)), $ticket still there" "$(elapsed "$t")"
else
    inside journalctl -u queue-server --no-pager -n 20; fail "restart after SIGKILL with the ticket kept" "$(elapsed "$t")"
fi

say "hung daemon (SIGSTOP): the watchdog"
t=$(now)
pid=$(main_pid)
since=$(date '+%Y-%m-%d %H:%M:%S')
watchdog=$(unit_prop queue-server.service WatchdogUSec)
inside kill -STOP "$pid"
if wait_for 120 restarted && ticket_there; then
    pass "SIGSTOP of pid $pid: watchdog ($watchdog) restarted it as pid $(main_pid), $ticket still there" "$(elapsed "$t")"
    inside journalctl -u queue-server --no-pager -o cat --since "$since" | grep -iE 'watchdog|abort|killing|scheduled restart' | sed 's/^/    journal: /'
else
    inside journalctl -u queue-server --no-pager -n 20; fail "watchdog restart after SIGSTOP" "$(elapsed "$t")"
fi

say "systemctl stop"
t=$(now)
invocation=$(unit_prop queue-server.service InvocationID)
pid=$(main_pid)
inside systemctl stop queue-server.service
stop_time=$(elapsed "$t")
result=$(unit_prop queue-server.service Result)
code=$(unit_prop queue-server.service ExecMainStatus)
journal=$(inside journalctl --no-pager -o cat _SYSTEMD_INVOCATION_ID="$invocation" 2>/dev/null)
[ -n "$journal" ] || journal=$(inside journalctl --no-pager -o cat -u queue-server -n 40)
echo "$journal" | tail -8 | sed 's/^/    journal: /'
if [ "$result" = success ] && [ "$code" = 0 ] && ! grep -qiE 'timed out|SIGKILL|killing' <<<"$journal"; then
    pass "systemctl stop: pid $pid drained and exited 0 in $stop_time, no SIGKILL" "$(elapsed "$t")"
else
    fail "graceful stop (Result=$result, exit status $code)" "$(elapsed "$t")"
fi
if grep -qiE 'drain|stopping' <<<"$journal"; then
    pass "journal shows the drain" "$(elapsed "$t")"
else
    fail "journal shows the drain" "$(elapsed "$t")"
fi

# --- upgrade and purge ----------------------------------------------------------------------
say "upgrade (reinstall) keeps the queue; purge removes it"
t=$(now)
in_net timeout 60 "$queuectl" status "${tcp[@]}" >/dev/null 2>&1 # started again by the socket
if inside dpkg -i /root/queue-server.deb >>"$cache/dpkg.log" 2>&1 && ticket_there \
    && [ -e "$root/var/lib/private/queue-server/queue.db" ]; then
    pass "dpkg -i over the installed package: daemon restarted, $ticket still there" "$(elapsed "$t")"
else
    tail -20 "$cache/dpkg.log"; fail "upgrade keeps the state" "$(elapsed "$t")"
fi
t=$(now)
if inside dpkg --purge queue-server >>"$cache/dpkg.log" 2>&1 && [ ! -e "$root/var/lib/private/queue-server" ] \
    && [ ! -e "$root/etc/queue-server" ] && ! in_net ss -Hltn | grep -q ':7878' \
    && [ "$(unit_prop queue-server.service ActiveState)" != active ]; then
    pass "dpkg --purge: daemon and sockets stopped, state and /etc/queue-server removed" "$(elapsed "$t")"
else
    tail -20 "$cache/dpkg.log"; ls -la "$root/var/lib/private" "$root/etc/queue-server" 2>&1
    fail "purge removes everything" "$(elapsed "$t")"
fi

stop_container
summary
[ "$failures" -eq 0 ]
