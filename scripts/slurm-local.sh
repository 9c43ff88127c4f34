#!/usr/bin/env bash
# A single-node Slurm cluster on this machine, from Debian's packages (munge, slurmctld,
# slurmd, slurm-client) started as plain processes: no systemd, nothing under /etc.
#   scripts/slurm-local.sh up DIR     write DIR/slurm.conf, start munged, slurmctld and
#                                     slurmd, wait until sinfo shows the node idle; prints
#                                     the line to eval: export SLURM_CONF=DIR/slurm.conf
#   scripts/slurm-local.sh down DIR   stop the three daemons started in DIR
# Everything (key, sockets, state, spool, logs, pid files) lives in DIR, so a cluster can
# run beside a system one. Needs root (slurmd starts jobs as their user). Exits 77 when the
# packages are missing or not root, so a test can report itself skipped.
set -euo pipefail

cmd=${1:-}
dir=${2:-}
if [ -z "$cmd" ] || [ -z "$dir" ]; then
  echo "usage: $0 up|down DIR" >&2
  exit 2
fi
timeout_s=${SLURM_LOCAL_TIMEOUT:-60}

need() {
  local tool
  for tool in munged munge slurmctld slurmd sinfo scontrol; do
    if ! PATH=$PATH:/usr/sbin:/sbin command -v "$tool" >/dev/null 2>&1; then
      echo "slurm-local: $tool not found (bash scripts/install-deps.sh --test installs" \
           "munge, slurmctld, slurmd and slurm-client)" >&2
      exit 77
    fi
  done
  if [ "$(id -u)" -ne 0 ]; then
    echo "slurm-local: slurmd must run as root" >&2
    exit 77
  fi
}

# Two TCP ports nothing listens on (the kernel's choice), for slurmctld and slurmd.
free_ports() {
  python3 -c 'import socket
s = [socket.socket() for _ in range(2)]
for x in s: x.bind(("127.0.0.1", 0))
print(*(x.getsockname()[1] for x in s))'
}

# The node line as slurmd measures this machine (CPUs, sockets, cores, RealMemory), named
# localhost. A node declared with more memory or CPUs than it has is drained at once.
node_line() {
  slurmd -C | head -n 1 | sed -e 's/^NodeName=[^ ]*/NodeName=localhost NodeAddr=127.0.0.1/'
}

write_conf() {
  local ctld_port slurmd_port
  read -r ctld_port slurmd_port < <(free_ports)
  cat >"$dir/slurm.conf" <<EOF
# Written by scripts/slurm-local.sh: a one-node cluster for tests.
ClusterName=docgraph
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/munge/munge.socket
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
MailProg=/bin/true
SwitchType=switch/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
SchedulerType=sched/backfill
SchedulerParameters=sched_interval=1
MinJobAge=300
KillWait=5
InactiveLimit=0
$(node_line) State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
EOF
}

# munged refuses a key readable by others and a socket directory others can write; the
# directory must be searchable by all for the socket to be usable.
start_munge() {
  mkdir -p "$dir/munge"
  chmod 0755 "$dir/munge"
  dd if=/dev/urandom of="$dir/munge/munge.key" bs=1024 count=1 status=none
  chmod 0400 "$dir/munge/munge.key"
  munged --force --socket="$dir/munge/munge.socket" --key-file="$dir/munge/munge.key" \
         --pid-file="$dir/munge/munged.pid" --log-file="$dir/log/munged.log" \
         --seed-file="$dir/munge/munged.seed"
  munge --socket="$dir/munge/munge.socket" -n | unmunge --socket="$dir/munge/munge.socket" \
    >/dev/null
}

wait_idle() {
  local deadline=$((SECONDS + timeout_s)) state=""
  while [ $SECONDS -lt $deadline ]; do
    state=$(SLURM_CONF="$dir/slurm.conf" sinfo -h -n localhost -o %t 2>/dev/null || true)
    case "$state" in idle*) return 0 ;; esac
    sleep 0.5
  done
  echo "slurm-local: node not idle after ${timeout_s}s (state '${state}'); logs in $dir/log" >&2
  tail -n 20 "$dir"/log/*.log >&2 || true
  return 1
}

up() {
  need
  export PATH=$PATH:/usr/sbin:/sbin
  mkdir -p "$dir"/{state,spool,log}
  dir=$(cd "$dir" && pwd)
  # munged's and slurmd's Unix sockets live here: their paths must stay under 108 bytes
  if [ ${#dir} -gt 60 ]; then
    echo "slurm-local: $dir is too long for the daemons' sockets (60 bytes at most)" >&2
    exit 1
  fi
  write_conf
  start_munge
  export SLURM_CONF="$dir/slurm.conf"
  slurmctld -f "$SLURM_CONF"
  slurmd -f "$SLURM_CONF" -N localhost
  if ! wait_idle; then
    down
    exit 1
  fi
  echo "export SLURM_CONF=$SLURM_CONF"
}

# The pid in a pid file, when that process is alive.
alive_pid() {
  local pid
  [ -s "$1" ] || return 1
  pid=$(cat "$1")
  kill -0 "$pid" 2>/dev/null && echo "$pid"
}

any_alive() {
  local pid
  for pid in "$@"; do kill -0 "$pid" 2>/dev/null && return 0; done
  return 1
}

# Ends the three daemons together (each takes a second or two to save its state), waiting
# up to 10 s before killing what is left.
down() {
  local pids=() pid f i
  dir=$(cd "$dir" 2>/dev/null && pwd) || return 0
  for f in slurmd.pid slurmctld.pid munge/munged.pid; do
    if pid=$(alive_pid "$dir/$f"); then pids+=("$pid"); kill "$pid" 2>/dev/null || true; fi
  done
  for i in $(seq 1 100); do
    any_alive "${pids[@]}" || return 0
    sleep 0.1
  done
  for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
}

case "$cmd" in
  up) up ;;
  down) down ;;
  *) echo "usage: $0 up|down DIR" >&2; exit 2 ;;
esac
