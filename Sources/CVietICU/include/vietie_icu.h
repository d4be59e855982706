// The only door from Swift to ICU. This header uses <stdint.h> types alone, so a Swift module
// can import it next to Foundation (whose bundled ICU headers clash with Debian's at compile time).
// Text crosses the boundary as arrays of Unicode scalar values (UTF-32).
#ifndef VIETIE_ICU_H
#define VIETIE_ICU_H
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Index of the first scalar from which the text may not be NFC (ICU quick check), or `length` if all of it is.
int32_t vietie_nfc_quick_check_prefix(const uint32_t *scalars, int32_t length);

/// 1 if an NFC normalization segment starts at this scalar (nothing before it can combine with it).
int32_t vietie_nfc_has_boundary_before(uint32_t scalar);

/// NFC (mode 0) or NFD (mode 1) of a UTF-32 buffer. Returns the number of scalars written,
/// or -1 on error, or the negated needed capacity minus 1 if `capacity` is too small.
int32_t vietie_normalize_utf32(int32_t mode, const uint32_t *source, int32_t length,
                               uint32_t *destination, int32_t capacity);

/// Simple (one-to-one) lowercase mapping.
uint32_t vietie_to_lower(uint32_t scalar);
/// Simple (one-to-one) uppercase mapping.
uint32_t vietie_to_upper(uint32_t scalar);
/// ICU general category (UCharCategory value).
int32_t vietie_char_type(uint32_t scalar);
/// Canonical combining class.
int32_t vietie_combining_class(uint32_t scalar);
/// Decodes bytes in an ICU character set (e.g. "windows-1258") to Unicode scalar values, as written
/// (no normalization). Returns the number of scalars written, -1 if ICU has no such converter or the
/// conversion fails, or the negated needed capacity minus 1 if `capacity` is too small.
int32_t vietie_decode_charset(const char *charset, const uint8_t *source, int32_t length,
                              uint32_t *destination, int32_t capacity);

/// The ICU version, e.g. "72.1".
const char *vietie_icu_version(void);

#ifdef __cplusplus
}
#endif
#endif
