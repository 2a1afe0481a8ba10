/* ladder-utf8.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean ladder_utf8_validate (const char *text, gsize length, const char **end);
gsize    ladder_utf8_sequence_length (const char *text, gsize length);

/* Whether none of the eight bytes of @word is a control character (below
 * 0x20), a quote, a backslash or part of a multi-byte sequence: bytes
 * that a JSON string holds as they are, and that need no closer look. */
static inline gboolean
ladder_word_is_plain_json (guint64 word)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  guint64       quote = word ^ (ones * '"');
  guint64       backslash = word ^ (ones * '\\');
  guint64       flags = word | ((word - ones * 0x20) & ~word) | ((quote - ones) & ~quote)
                  | ((backslash - ones) & ~backslash);

  return (flags & (ones * 0x80)) == 0;
}

G_END_DECLS
