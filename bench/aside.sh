# Sourced by bench/compare.sh and bench/build.sh: outputs of earlier runs are moved aside
# and deleted when the script ends, never just before a run. This file system (ext4
# without a journal) skips inodes freed in the last 30 s (vm.dirty_expire_centisecs) when
# it makes a file, reading each one's inode block, so a build right after `rm -rf` of
# 23,000 files spent half its time in the kernel (10,000 cases: Exhibit 9.6 s -> 17.4 s,
# the floor 2.1 s -> 8.1 s). For the same reason a run starts at least 35 s after the
# last one deleted what it had set aside.
#
# aside_init DIR: DIR/trash holds what is set aside; it is deleted at exit, with DIR.
aside_init() {
    aside_dir="$1/trash"
    mkdir -p "$aside_dir"
    aside_mark="$(dirname "$1")/.deleted-at"
    # shellcheck disable=SC2064  # the paths are fixed now
    trap "rm -rf '$1'; sync; date +%s >'$aside_mark'" EXIT
    if [ -f "$aside_mark" ]; then
        local wait_s=$(( $(cat "$aside_mark") + 35 - $(date +%s) ))
        if [ "$wait_s" -gt 0 ]; then
            echo "(waiting ${wait_s} s: the last benchmark deleted its outputs just now)" >&2
            sleep "$wait_s"
        fi
    fi
}

# aside PATH...: moves each PATH that exists into the trash.
aside() {
    local p
    for p in "$@"; do
        if [ -e "$p" ]; then mv "$p" "$(mktemp -u "$aside_dir/old.XXXXXX")"; fi
    done
}
