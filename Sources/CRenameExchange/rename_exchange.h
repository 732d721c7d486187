#ifndef EXHIBIT_RENAME_EXCHANGE_H
#define EXHIBIT_RENAME_EXCHANGE_H

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/syscall.h>
#endif

/// Swaps the names `a` and `b` in one step: both exist before and after, never neither.
/// Returns 0, or -1 with errno set; errno is EINVAL or ENOSYS where the kernel or the
/// filesystem cannot exchange. `syscall` is variadic, which Swift cannot call, and
/// Glibc's Swift module does not declare renameat2, hence this header.
static inline int exhibit_rename_exchange(const char *a, const char *b) {
#if defined(__linux__) && defined(SYS_renameat2)
    return (int)syscall(SYS_renameat2, AT_FDCWD, a, AT_FDCWD, b, 2 /* RENAME_EXCHANGE */);
#elif defined(__APPLE__)
    return renamex_np(a, b, RENAME_SWAP);
#else
    (void)a; (void)b;
    errno = ENOSYS;
    return -1;
#endif
}

#endif
