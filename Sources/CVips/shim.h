#ifndef EXHIBIT_CVIPS_SHIM_H
#define EXHIBIT_CVIPS_SHIM_H

#include <vips/vips.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

// libvips takes its optional arguments as a NULL-terminated list of name/value pairs
// (`vips_thumbnail(file, &out, 480, "height", 100, NULL)`). Swift cannot call C variadic
// functions, so each call ExhibitImages makes is one fixed-argument function here, with
// the options it needs spelled out. Each is a single call: what to ask for is decided in
// Swift, where the reasons are written down.

/// Opens an image lazily: only the header is read until pixels are asked for.
static inline VipsImage *exhibit_vips_open(const char *filename) {
    return vips_image_new_from_file(filename, NULL);
}

/// Opens an image that fails on a truncated or corrupt file when its pixels are read.
static inline VipsImage *exhibit_vips_open_strict(const char *filename) {
    return vips_image_new_from_file(filename,
        "access", VIPS_ACCESS_SEQUENTIAL, "fail_on", VIPS_FAIL_ON_TRUNCATED, NULL);
}

/// Shrink-on-load thumbnail `width` pixels wide (any height: the height bound is the
/// largest coordinate), upright by its EXIF orientation, never enlarged, failing rather
/// than padding with grey when the file is truncated. With `to_srgb`, an image with a
/// colour profile is converted to sRGB (so the profile can be dropped); without a
/// profile that conversion would only cost time, as the pixels are taken as sRGB anyway.
static inline int exhibit_vips_thumbnail(const char *filename, VipsImage **out, int width, int to_srgb) {
    if (to_srgb)
        return vips_thumbnail(filename, out, width,
            "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN, "export_profile", "srgb",
            "fail_on", VIPS_FAIL_ON_TRUNCATED, NULL);
    return vips_thumbnail(filename, out, width,
        "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN,
        "fail_on", VIPS_FAIL_ON_TRUNCATED, NULL);
}

static inline int exhibit_vips_webpsave(VipsImage *in, const char *filename, int quality, int effort, int strip) {
    return vips_webpsave(in, filename, "Q", quality, "effort", effort, "strip", strip, NULL);
}

static inline int exhibit_vips_jpegsave(VipsImage *in, const char *filename, int quality, int strip) {
    return vips_jpegsave(in, filename, "Q", quality, "strip", strip,
        "optimize_coding", TRUE, "interlace", TRUE, NULL);
}

static inline int exhibit_vips_pngsave(VipsImage *in, const char *filename, int compression, int strip) {
    return vips_pngsave(in, filename, "compression", compression, "strip", strip, NULL);
}

/// The mean of every pixel: reading them all is how a truncated file is found.
static inline int exhibit_vips_avg(VipsImage *in, double *out) {
    return vips_avg(in, out, NULL);
}

/// The band values of one pixel; free `*vector` with g_free.
static inline int exhibit_vips_getpoint(VipsImage *in, double **vector, int *n, int x, int y) {
    return vips_getpoint(in, vector, n, x, y, NULL);
}

/// Makes every malloc of `bytes` or more a private mapping, returned to the system when
/// freed. glibc starts with such a threshold (128 KiB) but raises it, up to 32 MiB, each
/// time a mapped block is freed; the threshold is fixed by setting it. Does nothing
/// with other C libraries.
static inline void exhibit_fix_mmap_threshold(int bytes) {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, bytes);
#else
    (void)bytes;
#endif
}

// Synthetic pictures for tests and benchmarks.

static inline int exhibit_vips_black(VipsImage **out, int width, int height, int bands) {
    return vips_black(out, width, height, "bands", bands, NULL);
}

static inline int exhibit_vips_gaussnoise(VipsImage **out, int width, int height, double mean, double sigma, int seed) {
    return vips_gaussnoise(out, width, height, "mean", mean, "sigma", sigma, "seed", seed, NULL);
}

static inline int exhibit_vips_bandjoin(VipsImage **in, VipsImage **out, int n) {
    return vips_bandjoin(in, out, n, NULL);
}

static inline int exhibit_vips_resize(VipsImage *in, VipsImage **out, double scale) {
    return vips_resize(in, out, scale, NULL);
}

static inline int exhibit_vips_add(VipsImage *left, VipsImage *right, VipsImage **out) {
    return vips_add(left, right, out, NULL);
}

/// 8-bit sRGB (or sRGB with alpha), clipping out-of-range values.
static inline int exhibit_vips_srgb8(VipsImage *in, VipsImage **out) {
    VipsImage *cast;
    if (vips_cast_uchar(in, &cast, NULL)) return -1;
    int result = vips_copy(cast, out, "interpretation", VIPS_INTERPRETATION_sRGB, NULL);
    g_object_unref(cast);
    return result;
}

static inline int exhibit_vips_crop(VipsImage *in, VipsImage **out, int left, int top, int width, int height) {
    return vips_extract_area(in, out, left, top, width, height, NULL);
}

static inline int exhibit_vips_add_alpha(VipsImage *in, VipsImage **out) {
    return vips_bandjoin_const1(in, out, 255.0, NULL);
}

static inline int exhibit_vips_draw_rect(VipsImage *image, double *ink, int n, int left, int top, int width, int height) {
    return vips_draw_rect(image, ink, n, left, top, width, height, "fill", TRUE, NULL);
}

#endif
