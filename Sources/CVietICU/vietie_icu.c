#include "vietie_icu.h"
#include <unicode/utypes.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uversion.h>
#include <unicode/ucnv.h>
#include <stdlib.h>
#include <stdio.h>

static const UNormalizer2 *nfc_instance(void) {
    UErrorCode e = U_ZERO_ERROR;
    const UNormalizer2 *n = unorm2_getNFCInstance(&e);
    return U_FAILURE(e) ? NULL : n;
}

static const UNormalizer2 *nfd_instance(void) {
    UErrorCode e = U_ZERO_ERROR;
    const UNormalizer2 *n = unorm2_getNFDInstance(&e);
    return U_FAILURE(e) ? NULL : n;
}

int32_t vietie_nfc_quick_check_prefix(const uint32_t *s, int32_t n) {
    uint8_t last_ccc = 0;
    for (int32_t i = 0; i < n; i++) {
        UChar32 c = (UChar32)s[i];
        if (c < 0x300) { last_ccc = 0; continue; }  /* nothing below U+0300 combines or decomposes under NFC */
        /* Vietnamese toned vowels (U+1EA0..U+1EF9) and dashes and quotes (U+2010..U+2027) are NFC and start no
           combination: no property lookups for the letters that make up a quarter of Vietnamese text. */
        if ((c >= 0x1EA0 && c <= 0x1EF9) || (c >= 0x2010 && c <= 0x2027)) { last_ccc = 0; continue; }
        uint8_t ccc = u_getCombiningClass(c);
        if (ccc != 0 && last_ccc > ccc) return i == 0 ? 0 : i - 1;
        int32_t qc = u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK);
        if (qc != UNORM_YES) return i == 0 ? 0 : i - 1;
        last_ccc = ccc;
    }
    return n;
}

int32_t vietie_nfc_has_boundary_before(uint32_t c) {
    const UNormalizer2 *nfc = nfc_instance();
    if (nfc == NULL) return 1;
    return unorm2_hasBoundaryBefore(nfc, (UChar32)c) ? 1 : 0;
}

/* UTF-32 -> UTF-16 into a malloc'd buffer. */
static UChar *to_utf16(const uint32_t *src, int32_t n, int32_t *out_len) {
    UChar *buf = (UChar *)malloc(sizeof(UChar) * (size_t)(2 * n + 1));
    if (buf == NULL) return NULL;
    int32_t k = 0;
    for (int32_t i = 0; i < n; i++) {
        uint32_t c = src[i];
        if (c >= 0x10000 && c <= 0x10FFFF) {
            c -= 0x10000;
            buf[k++] = (UChar)(0xD800 + (c >> 10));
            buf[k++] = (UChar)(0xDC00 + (c & 0x3FF));
        } else {
            buf[k++] = (UChar)(c > 0x10FFFF ? 0xFFFD : c);
        }
    }
    *out_len = k;
    return buf;
}

/* UTF-16 -> UTF-32 into dst (at most cap code points; a lone surrogate stays one code point). Returns the
   count, or -(count + 1) when it does not fit. */
static int32_t to_utf32(const UChar *src, int32_t n, uint32_t *dst, int32_t cap) {
    int32_t k = 0;
    for (int32_t i = 0; i < n; i++) {
        uint32_t c = src[i];
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && src[i + 1] >= 0xDC00 && src[i + 1] <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (src[i + 1] - 0xDC00);
            i++;
        }
        if (k < cap) dst[k] = c;
        k++;
    }
    return k <= cap ? k : -(k + 1);
}

int32_t vietie_normalize_utf32(int32_t mode, const uint32_t *src, int32_t n, uint32_t *dst, int32_t cap) {
    const UNormalizer2 *norm = mode == 0 ? nfc_instance() : nfd_instance();
    if (norm == NULL) return -1;
    int32_t len16 = 0;
    UChar *in16 = to_utf16(src, n, &len16);
    if (in16 == NULL) return -1;
    int32_t out_cap = len16 * 4 + 16;
    UChar *out16 = (UChar *)malloc(sizeof(UChar) * (size_t)out_cap);
    if (out16 == NULL) { free(in16); return -1; }
    UErrorCode e = U_ZERO_ERROR;
    int32_t out_len = unorm2_normalize(norm, in16, len16, out16, out_cap, &e);
    free(in16);
    if (U_FAILURE(e)) { free(out16); return -1; }
    int32_t count = to_utf32(out16, out_len, dst, cap);
    free(out16);
    return count;
}

uint32_t vietie_to_lower(uint32_t c) { return (uint32_t)u_tolower((UChar32)c); }
uint32_t vietie_to_upper(uint32_t c) { return (uint32_t)u_toupper((UChar32)c); }
int32_t vietie_char_type(uint32_t c) { return (int32_t)u_charType((UChar32)c); }
int32_t vietie_combining_class(uint32_t c) { return (int32_t)u_getCombiningClass((UChar32)c); }

int32_t vietie_decode_charset(const char *charset, const uint8_t *src, int32_t n, uint32_t *dst, int32_t cap) {
    UErrorCode e = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(charset, &e);
    if (U_FAILURE(e) || cnv == NULL) return -1;
    /* Preflight the UTF-16 length, then convert. */
    int32_t len16 = ucnv_toUChars(cnv, NULL, 0, (const char *)src, n, &e);
    if (e != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(e)) { ucnv_close(cnv); return -1; }
    e = U_ZERO_ERROR;
    UChar *buf = (UChar *)malloc(sizeof(UChar) * (size_t)(len16 + 1));
    if (buf == NULL) { ucnv_close(cnv); return -1; }
    ucnv_reset(cnv);
    len16 = ucnv_toUChars(cnv, buf, len16 + 1, (const char *)src, n, &e);
    ucnv_close(cnv);
    if (U_FAILURE(e)) { free(buf); return -1; }
    int32_t count = to_utf32(buf, len16, dst, cap);
    free(buf);
    return count;
}

const char *vietie_icu_version(void) {
    static char text[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo v;
    u_getVersion(v);
    u_versionToString(v, text);
    return text;
}
