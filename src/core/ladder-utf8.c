/* ladder-utf8.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-utf8.h"

#include <string.h>

/*
 * Every page and file Ladder reads is checked to be UTF-8 first, and most
 * of their bytes are ASCII: eight of those are checked at a time. The
 * rules are g_utf8_validate()'s (RFC 3629: no overlong forms, no
 * surrogates, nothing past U+10FFFF, and no NUL byte), which a test
 * compares this with on random bytes.
 */

#define ONES G_GUINT64_CONSTANT (0x0101010101010101)
#define HIGHS G_GUINT64_CONSTANT (0x8080808080808080)

/* The length of the valid sequence at @p, of at most @left bytes, that
 * does not start with an ASCII byte; 0 when there is none. */
static gsize
sequence_length (const guchar *p, gsize left)
{
  guchar low = 0x80, high = 0xbf;
  gsize  length;

  if (p[0] >= 0xc2 && p[0] <= 0xdf)
    length = 2;
  else if (p[0] >= 0xe0 && p[0] <= 0xef)
    length = 3;
  else if (p[0] >= 0xf0 && p[0] <= 0xf4)
    length = 4;
  else
    return 0;

  /* The second byte's range rules out overlong forms, surrogates and
   * code points past U+10FFFF. */
  if (p[0] == 0xe0)
    low = 0xa0;
  else if (p[0] == 0xed)
    high = 0x9f;
  else if (p[0] == 0xf0)
    low = 0x90;
  else if (p[0] == 0xf4)
    high = 0x8f;

  if (left < length || p[1] < low || p[1] > high)
    return 0;

  for (gsize i = 2; i < length; i++)
    if ((p[i] & 0xc0) != 0x80)
      return 0;

  return length;
}

/**
 * ladder_utf8_sequence_length:
 * @text: a byte that is not ASCII
 * @length: how many bytes may follow, itself included
 *
 * Returns: the length of the valid UTF-8 sequence at @text, or 0 when
 *   there is none
 */
gsize
ladder_utf8_sequence_length (const char *text, gsize length)
{
  return length > 0 && (guchar) *text >= 0x80 ? sequence_length ((const guchar *) text, length) : 0;
}

/**
 * ladder_utf8_validate:
 * @text: the bytes to check
 * @length: how many
 * @end: (out) (optional): where the first invalid sequence starts, or
 *   the end of @text
 *
 * Checks that @text is UTF-8 without NUL bytes, as g_utf8_validate() with
 * a length does.
 *
 * Returns: whether it is
 */
gboolean
ladder_utf8_validate (const char *text, gsize length, const char **end)
{
  const guchar *p = (const guchar *) text;
  const guchar *stop = p + length;

  while (p < stop)
    {
      gsize n;

      /* ASCII without NUL, a word at a time. */
      while ((gsize) (stop - p) >= sizeof (guint64))
        {
          guint64 word;

          memcpy (&word, p, sizeof word);
          if (((word | ((word - ONES) & ~word)) & HIGHS) != 0)
            break;
          p += sizeof word;
        }

      if (p == stop)
        break;

      if (*p > 0 && *p < 0x80)
        {
          p++;
          continue;
        }

      n = *p == 0 ? 0 : sequence_length (p, (gsize) (stop - p));
      if (n == 0)
        {
          if (end != NULL)
            *end = (const char *) p;
          return FALSE;
        }
      p += n;
    }

  if (end != NULL)
    *end = (const char *) stop;
  return TRUE;
}
