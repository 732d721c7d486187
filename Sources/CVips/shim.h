#ifndef EXHIBIT_CVIPS_SHIM_H
#define EXHIBIT_CVIPS_SHIM_H

#include <stddef.h>
#include <sys/types.h>
#include <dlfcn.h>

// libvips is opened when the first picture is read, not when exhibit starts (`Vips.start`
// calls `exhibit_vips_load`). Linked in, it brought about a hundred libraries with it
// (ImageMagick, poppler, OpenEXR, HDF5, x265 …): 20 MB of memory and 40 to 60 ms of
// start-up for every run of exhibit, also for a site without a photo. So this header does
// not include <vips/vips.h> (whose pkg-config flags would link it) and declares what
// ExhibitImages uses itself: two opaque types, a few constants, and the functions' types.
// Each call goes through the function dlsym finds under its name (`EXHIBIT_CALL`), a
// hash-table lookup next to the milliseconds a picture takes. Nothing may call these
// before `exhibit_vips_load` succeeded.
//
// The declarations must be libvips's and GLib's own: `Tests/ExhibitImagesTests/
// ShimDeclarationTests.swift` compiles this header against the installed <vips/vips.h>
// (`EXHIBIT_SHIM_CHECK`), where every type and constant below is compared with theirs.

// Values of libvips's and GLib's enums (their ABI), under names of our own so that the
// check can compare them with theirs.
#define EXHIBIT_VIPS_ACCESS_SEQUENTIAL 1
#define EXHIBIT_VIPS_FAIL_ON_TRUNCATED 1
#define EXHIBIT_VIPS_SIZE_DOWN 2
#define EXHIBIT_VIPS_INTERPRETATION_sRGB 22
#define EXHIBIT_G_LOG_LEVEL_WARNING (1 << 4)
#define EXHIBIT_G_CHECKSUM_SHA256 2

#ifdef EXHIBIT_SHIM_CHECK
#include <vips/vips.h>
#else
// Only pointers to these are passed around; their insides are libvips's and GLib's.
typedef struct _VipsImage { char opaque; } VipsImage;
typedef struct _GChecksum GChecksum;
#define VIPS_ACCESS_SEQUENTIAL EXHIBIT_VIPS_ACCESS_SEQUENTIAL
#define VIPS_FAIL_ON_TRUNCATED EXHIBIT_VIPS_FAIL_ON_TRUNCATED
#define VIPS_SIZE_DOWN EXHIBIT_VIPS_SIZE_DOWN
#define VIPS_INTERPRETATION_sRGB EXHIBIT_VIPS_INTERPRETATION_sRGB
#define G_LOG_LEVEL_WARNING EXHIBIT_G_LOG_LEVEL_WARNING
#define G_CHECKSUM_SHA256 EXHIBIT_G_CHECKSUM_SHA256
#define TRUE 1
// A thumbnail's height bound ("any height"): libvips 8.14's largest coordinate. A later
// libvips may allow more; a picture taller than ten million pixels is not a concern.
#define VIPS_MAX_COORD 10000000
#endif

typedef void (*exhibit_log_handler)(const char *domain, int level, const char *message, void *data);

// The functions' types, as libvips 8 and GLib 2 declare them.
typedef int (*exhibit_vips_init_fn)(const char *);
typedef const char *(*exhibit_vips_version_string_fn)(void);
typedef const char *(*exhibit_vips_error_buffer_fn)(void);
typedef void (*exhibit_vips_error_clear_fn)(void);
typedef const char *(*exhibit_vips_foreign_find_load_fn)(const char *);
typedef void (*exhibit_vips_cache_set_max_fn)(int);
typedef void (*exhibit_vips_cache_set_max_mem_fn)(size_t);
typedef void (*exhibit_vips_cache_set_max_files_fn)(int);
typedef void (*exhibit_vips_concurrency_set_fn)(int);
typedef unsigned int (*exhibit_g_log_set_handler_fn)(const char *, int, exhibit_log_handler, void *);
typedef int (*exhibit_vips_image_get_width_fn)(const VipsImage *);
typedef int (*exhibit_vips_image_get_height_fn)(const VipsImage *);
typedef int (*exhibit_vips_image_hasalpha_fn)(VipsImage *);
typedef VipsImage *(*exhibit_vips_image_copy_memory_fn)(VipsImage *);
typedef char **(*exhibit_vips_image_get_fields_fn)(VipsImage *);
typedef int (*exhibit_vips_image_get_blob_fn)(const VipsImage *, const char *, const void **, size_t *);
typedef unsigned long (*exhibit_vips_image_get_typeof_fn)(const VipsImage *, const char *);
typedef int (*exhibit_vips_image_get_int_fn)(const VipsImage *, const char *, int *);
typedef void (*exhibit_vips_image_set_int_fn)(VipsImage *, const char *, int);
typedef void (*exhibit_vips_image_set_string_fn)(VipsImage *, const char *, const char *);
typedef void (*exhibit_vips_image_set_blob_copy_fn)(VipsImage *, const char *, const void *, size_t);
typedef void (*exhibit_g_object_unref_fn)(void *);
typedef void (*exhibit_g_free_fn)(void *);
typedef void (*exhibit_g_strfreev_fn)(char **);
typedef GChecksum *(*exhibit_g_checksum_new_fn)(unsigned int);
typedef void (*exhibit_g_checksum_update_fn)(GChecksum *, const unsigned char *, ssize_t);
typedef const char *(*exhibit_g_checksum_get_string_fn)(GChecksum *);
typedef void (*exhibit_g_checksum_free_fn)(GChecksum *);
typedef VipsImage *(*exhibit_vips_image_new_from_file_fn)(const char *, ...);
typedef int (*exhibit_vips_thumbnail_fn)(const char *, VipsImage **, int, ...);
typedef int (*exhibit_vips_webpsave_fn)(VipsImage *, const char *, ...);
typedef int (*exhibit_vips_jpegsave_fn)(VipsImage *, const char *, ...);
typedef int (*exhibit_vips_pngsave_fn)(VipsImage *, const char *, ...);
typedef int (*exhibit_vips_avg_fn)(VipsImage *, double *, ...);
typedef int (*exhibit_vips_getpoint_fn)(VipsImage *, double **, int *, int, int, ...);
typedef int (*exhibit_vips_black_fn)(VipsImage **, int, int, ...);
typedef int (*exhibit_vips_gaussnoise_fn)(VipsImage **, int, int, ...);
typedef int (*exhibit_vips_bandjoin_fn)(VipsImage **, VipsImage **, int, ...);
typedef int (*exhibit_vips_resize_fn)(VipsImage *, VipsImage **, double, ...);
typedef int (*exhibit_vips_add_fn)(VipsImage *, VipsImage *, VipsImage **, ...);
typedef int (*exhibit_vips_cast_uchar_fn)(VipsImage *, VipsImage **, ...);
typedef int (*exhibit_vips_copy_fn)(VipsImage *, VipsImage **, ...);
typedef int (*exhibit_vips_extract_area_fn)(VipsImage *, VipsImage **, int, int, int, int, ...);
typedef int (*exhibit_vips_bandjoin_const1_fn)(VipsImage *, VipsImage **, double, ...);
typedef int (*exhibit_vips_draw_rect_fn)(VipsImage *, double *, int, int, int, int, int, ...);

#define EXHIBIT_CALL(name) ((exhibit_##name##_fn)dlsym(RTLD_DEFAULT, #name))

/// Opens libvips (and GLib with it) for the whole process; NULL when it worked, else
/// the reason.
static inline const char *exhibit_vips_load(void) {
    if (dlopen("libvips.so.42", RTLD_NOW | RTLD_GLOBAL) || dlopen("libvips.so", RTLD_NOW | RTLD_GLOBAL)) return NULL;
    return dlerror();
}

static inline void exhibit_ignore_log(const char *domain, int level, const char *message, void *data) {
    (void)domain; (void)level; (void)message; (void)data;
}

// The calls ExhibitImages makes directly, each under its own name with `exhibit_` before it.
static inline int exhibit_vips_init(const char *argv0) { return EXHIBIT_CALL(vips_init)(argv0); }
static inline const char *exhibit_vips_version_string(void) { return EXHIBIT_CALL(vips_version_string)(); }
static inline const char *exhibit_vips_error_buffer(void) { return EXHIBIT_CALL(vips_error_buffer)(); }
static inline void exhibit_vips_error_clear(void) { EXHIBIT_CALL(vips_error_clear)(); }
static inline const char *exhibit_vips_foreign_find_load(const char *filename) { return EXHIBIT_CALL(vips_foreign_find_load)(filename); }
static inline void exhibit_vips_cache_set_max(int max) { EXHIBIT_CALL(vips_cache_set_max)(max); }
static inline void exhibit_vips_cache_set_max_mem(size_t max) { EXHIBIT_CALL(vips_cache_set_max_mem)(max); }
static inline void exhibit_vips_cache_set_max_files(int max) { EXHIBIT_CALL(vips_cache_set_max_files)(max); }
static inline void exhibit_vips_concurrency_set(int n) { EXHIBIT_CALL(vips_concurrency_set)(n); }
/// libvips's own warnings are not printed (see `Vips.started`).
static inline void exhibit_vips_silence_warnings(void) {
    EXHIBIT_CALL(g_log_set_handler)("VIPS", G_LOG_LEVEL_WARNING, exhibit_ignore_log, NULL);
}
static inline int exhibit_vips_image_get_width(const VipsImage *image) { return EXHIBIT_CALL(vips_image_get_width)(image); }
static inline int exhibit_vips_image_get_height(const VipsImage *image) { return EXHIBIT_CALL(vips_image_get_height)(image); }
static inline int exhibit_vips_image_hasalpha(VipsImage *image) { return EXHIBIT_CALL(vips_image_hasalpha)(image); }
static inline VipsImage *exhibit_vips_image_copy_memory(VipsImage *image) { return EXHIBIT_CALL(vips_image_copy_memory)(image); }
static inline char **exhibit_vips_image_get_fields(VipsImage *image) { return EXHIBIT_CALL(vips_image_get_fields)(image); }
static inline int exhibit_vips_image_get_blob(VipsImage *image, const char *name, const void **data, size_t *length) {
    return EXHIBIT_CALL(vips_image_get_blob)(image, name, data, length);
}
static inline unsigned long exhibit_vips_image_get_typeof(const VipsImage *image, const char *name) {
    return EXHIBIT_CALL(vips_image_get_typeof)(image, name);
}
static inline int exhibit_vips_image_get_int(VipsImage *image, const char *name, int *out) { return EXHIBIT_CALL(vips_image_get_int)(image, name, out); }
static inline void exhibit_vips_image_set_int(VipsImage *image, const char *name, int i) { EXHIBIT_CALL(vips_image_set_int)(image, name, i); }
static inline void exhibit_vips_image_set_string(VipsImage *image, const char *name, const char *str) {
    EXHIBIT_CALL(vips_image_set_string)(image, name, str);
}
static inline void exhibit_vips_image_set_blob_copy(VipsImage *image, const char *name, const void *data, size_t length) {
    EXHIBIT_CALL(vips_image_set_blob_copy)(image, name, data, length);
}
static inline void exhibit_g_object_unref(void *object) { EXHIBIT_CALL(g_object_unref)(object); }
static inline void exhibit_g_free(void *memory) { EXHIBIT_CALL(g_free)(memory); }
static inline void exhibit_g_strfreev(char **list) { EXHIBIT_CALL(g_strfreev)(list); }
static inline GChecksum *exhibit_g_checksum_new_sha256(void) { return EXHIBIT_CALL(g_checksum_new)(G_CHECKSUM_SHA256); }
static inline void exhibit_g_checksum_update(GChecksum *checksum, const unsigned char *data, ssize_t length) {
    EXHIBIT_CALL(g_checksum_update)(checksum, data, length);
}
static inline const char *exhibit_g_checksum_get_string(GChecksum *checksum) { return EXHIBIT_CALL(g_checksum_get_string)(checksum); }
static inline void exhibit_g_checksum_free(GChecksum *checksum) { EXHIBIT_CALL(g_checksum_free)(checksum); }

// libvips takes its optional arguments as a NULL-terminated list of name/value pairs
// (`vips_thumbnail(file, &out, 480, "height", 100, NULL)`). Swift cannot call C variadic
// functions, so each call ExhibitImages makes is one fixed-argument function here, with
// the options it needs spelled out. Each is a single call: what to ask for is decided in
// Swift, where the reasons are written down.

/// Opens an image lazily: only the header is read until pixels are asked for.
static inline VipsImage *exhibit_vips_open(const char *filename) {
    return EXHIBIT_CALL(vips_image_new_from_file)(filename, NULL);
}

/// Opens an image that fails on a truncated or corrupt file when its pixels are read.
static inline VipsImage *exhibit_vips_open_strict(const char *filename) {
    return EXHIBIT_CALL(vips_image_new_from_file)(filename,
        "access", VIPS_ACCESS_SEQUENTIAL, "fail_on", VIPS_FAIL_ON_TRUNCATED, NULL);
}

/// Shrink-on-load thumbnail `width` pixels wide (any height: the height bound is the
/// largest coordinate), upright by its EXIF orientation, never enlarged, failing rather
/// than padding with grey when the file is truncated. With `to_srgb`, an image with a
/// colour profile is converted to sRGB (so the profile can be dropped); without a
/// profile that conversion would only cost time, as the pixels are taken as sRGB anyway.
static inline int exhibit_vips_thumbnail(const char *filename, VipsImage **out, int width, int to_srgb) {
    if (to_srgb)
        return EXHIBIT_CALL(vips_thumbnail)(filename, out, width,
            "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN, "export_profile", "srgb",
            "fail_on", VIPS_FAIL_ON_TRUNCATED, NULL);
    return EXHIBIT_CALL(vips_thumbnail)(filename, out, width,
        "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN,
        "fail_on", VIPS_FAIL_ON_TRUNCATED, NULL);
}

static inline int exhibit_vips_webpsave(VipsImage *in, const char *filename, int quality, int effort, int strip) {
    return EXHIBIT_CALL(vips_webpsave)(in, filename, "Q", quality, "effort", effort, "strip", strip, NULL);
}

static inline int exhibit_vips_jpegsave(VipsImage *in, const char *filename, int quality, int strip) {
    return EXHIBIT_CALL(vips_jpegsave)(in, filename, "Q", quality, "strip", strip,
        "optimize_coding", TRUE, "interlace", TRUE, NULL);
}

static inline int exhibit_vips_pngsave(VipsImage *in, const char *filename, int compression, int strip) {
    return EXHIBIT_CALL(vips_pngsave)(in, filename, "compression", compression, "strip", strip, NULL);
}

/// The mean of every pixel: reading them all is how a truncated file is found.
static inline int exhibit_vips_avg(VipsImage *in, double *out) {
    return EXHIBIT_CALL(vips_avg)(in, out, NULL);
}

/// The band values of one pixel; free `*vector` with g_free.
static inline int exhibit_vips_getpoint(VipsImage *in, double **vector, int *n, int x, int y) {
    return EXHIBIT_CALL(vips_getpoint)(in, vector, n, x, y, NULL);
}

// Synthetic pictures for tests and benchmarks.

static inline int exhibit_vips_black(VipsImage **out, int width, int height, int bands) {
    return EXHIBIT_CALL(vips_black)(out, width, height, "bands", bands, NULL);
}

static inline int exhibit_vips_gaussnoise(VipsImage **out, int width, int height, double mean, double sigma, int seed) {
    return EXHIBIT_CALL(vips_gaussnoise)(out, width, height, "mean", mean, "sigma", sigma, "seed", seed, NULL);
}

static inline int exhibit_vips_bandjoin(VipsImage **in, VipsImage **out, int n) {
    return EXHIBIT_CALL(vips_bandjoin)(in, out, n, NULL);
}

static inline int exhibit_vips_resize(VipsImage *in, VipsImage **out, double scale) {
    return EXHIBIT_CALL(vips_resize)(in, out, scale, NULL);
}

static inline int exhibit_vips_add(VipsImage *left, VipsImage *right, VipsImage **out) {
    return EXHIBIT_CALL(vips_add)(left, right, out, NULL);
}

/// 8-bit sRGB (or sRGB with alpha), clipping out-of-range values.
static inline int exhibit_vips_srgb8(VipsImage *in, VipsImage **out) {
    VipsImage *cast;
    if (EXHIBIT_CALL(vips_cast_uchar)(in, &cast, NULL)) return -1;
    int result = EXHIBIT_CALL(vips_copy)(cast, out, "interpretation", VIPS_INTERPRETATION_sRGB, NULL);
    EXHIBIT_CALL(g_object_unref)(cast);
    return result;
}

static inline int exhibit_vips_crop(VipsImage *in, VipsImage **out, int left, int top, int width, int height) {
    return EXHIBIT_CALL(vips_extract_area)(in, out, left, top, width, height, NULL);
}

static inline int exhibit_vips_add_alpha(VipsImage *in, VipsImage **out) {
    return EXHIBIT_CALL(vips_bandjoin_const1)(in, out, 255.0, NULL);
}

static inline int exhibit_vips_draw_rect(VipsImage *image, double *ink, int n, int left, int top, int width, int height) {
    return EXHIBIT_CALL(vips_draw_rect)(image, ink, n, left, top, width, height, "fill", TRUE, NULL);
}

#endif
