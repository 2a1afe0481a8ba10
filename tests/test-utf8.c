/* test-utf8.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Ladder's UTF-8 check, which reads ASCII a word at a time, says what
 * g_utf8_validate() says, and stops where it stops, on the edges of UTF-8
 * and on random bytes made mostly of the bytes those edges are made of.
 */

#include <string.h>

#include "ladder-utf8.h"

#define N_RANDOM 200000

static void
check_same (const char *text, gsize length)
{
  const char *glib_end = NULL;
  const char *ladder_end = NULL;
  gboolean    glib_valid = g_utf8_validate_len (text, length, &glib_end);
  gboolean    ladder_valid = ladder_utf8_validate (text, length, &ladder_end);

  if (glib_valid != ladder_valid || glib_end != ladder_end)
    {
      GString *hex = g_string_new (NULL);

      for (gsize i = 0; i < length; i++)
        g_string_append_printf (hex, "%02x ", (guchar) text[i]);
      g_error ("%s: GLib says %s at %td, Ladder %s at %td", hex->str,
               glib_valid ? "valid" : "invalid", glib_end - text,
               ladder_valid ? "valid" : "invalid", ladder_end - text);
    }
}

static void
test_edges (void)
{
  static const char *const cases[] = {
    "",
    "a",
    "plain ASCII text, longer than a word",
    "\x7f",
    "\xc2\x80",
    "\xc1\xbf",
    "\xc0\x80",
    "\xdf\xbf",
    "\xe0\xa0\x80",
    "\xe0\x9f\xbf",
    "\xed\x9f\xbf",
    "\xed\xa0\x80",
    "\xed\xbf\xbf",
    "\xef\xbf\xbf",
    "\xef\xbf\xbe",
    "\xf0\x90\x80\x80",
    "\xf0\x8f\xbf\xbf",
    "\xf4\x8f\xbf\xbf",
    "\xf4\x90\x80\x80",
    "\xf5\x80\x80\x80",
    "\xff",
    "\x80",
    "\xe2\x82",
    "\xe2\x82\xac",
    "12345678\xe2\x82",
    "1234567\xe2\x82\xac",
    "abcdefghijklmno\xc3\xa9",
    "\xc3\xa9tude, \xc3\xa0 la fa\xc3\xa7on",
    "a\xc3",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    check_same (cases[i], strlen (cases[i]));

  /* NUL bytes are invalid, wherever they are. */
  check_same ("ab\0cd", 5);
  check_same ("abcdefghij\0", 11);
  check_same ("\0", 1);
}

static void
test_random (void)
{
  static const guchar interesting[] = {
    0x00, 0x01, 0x20, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2,
    0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff,
  };
  char buffer[48];

  for (guint i = 0; i < N_RANDOM; i++)
    {
      gsize length = (gsize) g_test_rand_int_range (0, sizeof buffer + 1);

      for (gsize j = 0; j < length; j++)
        {
          int choice = g_test_rand_int_range (0, 4);

          if (choice == 0)
            buffer[j] = (char) interesting[g_test_rand_int_range (0, G_N_ELEMENTS (interesting))];
          else if (choice == 1)
            buffer[j] = (char) g_test_rand_int_range (0x80, 0xc0);
          else if (choice == 2)
            buffer[j] = (char) g_test_rand_int_range (0x21, 0x7f);
          else
            buffer[j] = (char) g_test_rand_int_range (0, 0x100);
        }

      check_same (buffer, length);
    }

  /* Valid text of every sequence length, at every alignment. */
  for (gunichar c = 1; c < 0x110000; c += 97)
    {
      char  text[32] = "1234567";
      gsize length;

      if (c >= 0xd800 && c <= 0xdfff)
        continue;
      length = 7 + (gsize) g_unichar_to_utf8 (c, text + 7);
      for (gsize start = 0; start < 8; start++)
        check_same (text + start, length - start);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/utf8/edges", test_edges);
  g_test_add_func ("/utf8/random", test_random);

  return g_test_run ();
}
