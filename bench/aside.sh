# Sourced by bench/compare.sh and bench/build.sh: outputs of earlier runs are moved aside
# and deleted when the script ends, never just before a run. This file system (ext4
# without a journal) skips inodes freed in the last 30 s (vm.dirty_expire_centisecs) when
# it makes a file, reading each one's inode block, so a build right after `rm -rf` of
# 23,000 files spent half its time in the kernel (10,000 cases: Exhibit 9.6 s -> 17.4 s,
# the floor 2.1 s -> 8.1 s). For the same reason a run starts at least 35 s after the
# last one deleted what it had set aside. What is set aside stays on disk until the
# script ends (a first build per run: RUNS outputs).
#
# In tmpfs (OUTPUT_ROOT=/dev/shm) an output is deleted at once instead: there it is memory,
# not disk, and there is no inode block to read. Kept until the end, each output held its
# half gigabyte (10,000 cases), so every later run wrote into, and allocated from, memory
# this virtual machine's host had taken back and must supply again page by page (about
# 24 microseconds a page: 18 GB written into /dev/shm took 108 s of system time). Kept, the
# same Exhibit build took 4.1 to 10 s (3.4 to 10 s of system time) and the floor 1.5 to
# 2.6 s; deleted just before, 2.6 to 3.2 s (1.0 to 1.3 s) and 1.2 to 1.3 s.

# aside_init DIR: DIR (made by the caller) holds what is set aside; it is deleted at exit.
aside_init() {
    aside_root=$1
    aside_dir="$1/trash"
    aside_used=0
    aside_mark="$(dirname "$1")/.deleted-at"
    mkdir -p "$aside_dir"
    if [ -f "$aside_mark" ]; then
        local wait_s=$(( $(cat "$aside_mark") + 35 - $(date +%s) ))
        if [ "$wait_s" -gt 0 ]; then
            echo "(waiting ${wait_s} s: the last benchmark deleted its outputs just now)" >&2
            sleep "$wait_s"
        fi
    fi
    trap aside_cleanup EXIT
}

# Deletes what was set aside; the time is noted only when something was deleted.
aside_cleanup() {
    rm -rf "$aside_root"
    if [ "$aside_used" = 1 ]; then sync; date +%s >"$aside_mark"; fi
}

# aside PATH...: moves each PATH that exists into the trash (in tmpfs: deletes it).
aside() {
    local p
    for p in "$@"; do
        if [ -e "$p" ] && [ "$(stat -f -c %T "$p")" = tmpfs ]; then
            rm -rf "$p"
        elif [ -e "$p" ]; then
            mv "$p" "$(mktemp -u "$aside_dir/old.XXXXXX")"
            aside_used=1
        fi
    done
}
