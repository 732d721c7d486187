// The time libqrencode takes a symbol, for bench/qr/run.sh: the URLs of a site's cases,
// level M, 8-bit hint, case-sensitive, as Exhibit called it before it had its own encoder.
#include <qrencode.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(int argc, char **argv) {
    int count = argc > 1 ? atoi(argv[1]) : 1000, rounds = argc > 2 ? atoi(argv[2]) : 3;
    char url[200];
    long modules = 0;
    for (int r = 0; r < rounds; r++) {
        struct timespec a, b;
        clock_gettime(CLOCK_MONOTONIC, &a);
        for (int i = 1; i <= count; i++) {
            snprintf(url, sizeof url, "https://example.edu.cn/achievements/cases/case-%05d/", i);
            QRcode *code = QRcode_encodeString(url, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
            if (!code) return 1;
            modules += code->width;
            QRcode_free(code);
        }
        clock_gettime(CLOCK_MONOTONIC, &b);
        double us = ((b.tv_sec - a.tv_sec) * 1e9 + (b.tv_nsec - a.tv_nsec)) / 1e3 / count;
        printf("libqrencode  round %d: %6.1f µs a symbol\n", r + 1, us);
    }
    return modules == 0;
}
