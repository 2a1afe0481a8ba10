/* test-bytes-pack.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "ladder-bytes-pack.h"
#include "ladder-file.h"

static void
assert_round_trip (GBytes *bytes)
{
  g_autoptr (GBytes) packed = ladder_bytes_pack (bytes);
  g_autoptr (GBytes) unpacked = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_nonnull (packed);
  unpacked = ladder_bytes_unpack (packed, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (unpacked, bytes));
}

static GBytes *
text_of_size (gsize size)
{
  GString *text = g_string_sized_new (size);
  guint32  seed = 7;

  /* Words that repeat, as in a family's JSON, with noise between them. */
  while (text->len < size)
    {
      seed = seed * 1103515245 + 12345;
      if (seed % 3 == 0)
        g_string_append (text, "    \"text\" : \"Ability to use GitLab\",\n");
      else
        g_string_append_c (text, (char) (32 + (seed >> 16) % 95));
    }
  g_string_truncate (text, size);

  return g_string_free_to_bytes (text);
}

static void
test_round_trip (void)
{
  const gsize sizes[] = { 0, 1, 100, 65535, 65536, 65537, 1024 * 1024, 3 * 1024 * 1024 + 17 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr (GBytes) bytes = text_of_size (sizes[i]);

      assert_round_trip (bytes);
    }
}

/* Large contents take much less room packed: that is what packing is for. */
static void
test_packs_small (void)
{
  g_autoptr (GBytes) bytes = text_of_size (2 * 1024 * 1024);
  g_autoptr (GBytes) packed = ladder_bytes_pack (bytes);

  g_assert_cmpuint (g_bytes_get_size (packed), <, g_bytes_get_size (bytes) / 2);
}

/* Damaged bytes are an error, never a crash nor more than a file's worth
 * of memory. */
static void
test_damaged (void)
{
  g_autoptr (GBytes) bytes = text_of_size (200000);
  g_autoptr (GBytes) packed = ladder_bytes_pack (bytes);
  gsize              length;
  const guint8      *data = g_bytes_get_data (packed, &length);
  const gsize        cuts[] = { 0, 3, 8, 9, length / 2, length - 1 };
  guint8             huge[16] = { 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8 };
  guint8             liar[16] = { 10, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8 };
  g_autofree guint8 *flipped = g_memdup2 (data, length);

  for (guint i = 0; i < G_N_ELEMENTS (cuts); i++)
    {
      g_autoptr (GBytes) cut = g_bytes_new (data, cuts[i]);
      g_autoptr (GError) error = NULL;
      g_autoptr (GBytes) unpacked = ladder_bytes_unpack (cut, &error);

      g_assert_null (unpacked);
      g_assert_nonnull (error);
    }

  {
    g_autoptr (GBytes) header_too_large = g_bytes_new (huge, sizeof huge);
    g_autoptr (GBytes) not_deflate = g_bytes_new (liar, sizeof liar);
    g_autoptr (GError) error = NULL;
    g_autoptr (GError) other_error = NULL;

    g_assert_null (ladder_bytes_unpack (header_too_large, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
    g_assert_null (ladder_bytes_unpack (not_deflate, &other_error));
    g_assert_nonnull (other_error);
  }

  /* The length it says is not the length it holds. */
  {
    g_autoptr (GBytes) wrong_length = NULL;
    g_autoptr (GError) error = NULL;

    flipped[0] ^= 1;
    wrong_length = g_bytes_new (flipped, length);
    g_assert_null (ladder_bytes_unpack (wrong_length, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/bytes-pack/round-trip", test_round_trip);
  g_test_add_func ("/bytes-pack/packs-small", test_packs_small);
  g_test_add_func ("/bytes-pack/damaged", test_damaged);

  return g_test_run ();
}
