/* ladder-bytes-pack.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-bytes-pack.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ladder-file.h"

/* Packed: the length unpacked (64 bits, little-endian), then the bytes as
 * raw deflate. */
#define HEADER_SIZE 8
#define CHUNK (64 * 1024)

/* Appends @bytes run through @converter to @out, which holds at most
 * @limit bytes. */
static gboolean
convert (GConverter   *converter,
         const guint8 *in,
         gsize         length,
         GByteArray   *out,
         gsize         limit,
         GError      **error)
{
  gsize            consumed = 0;
  GConverterResult result;

  do
    {
      gsize bytes_read = 0;
      gsize bytes_written = 0;
      guint used = out->len;

      if (used > limit)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               _ ("the copy kept of the file as read is damaged"));
          return FALSE;
        }

      g_byte_array_set_size (out, used + CHUNK);
      result = g_converter_convert (converter, in + consumed, length - consumed, out->data + used,
                                    CHUNK, G_CONVERTER_INPUT_AT_END, &bytes_read, &bytes_written,
                                    error);
      g_byte_array_set_size (out, used + (result == G_CONVERTER_ERROR ? 0 : (guint) bytes_written));
      if (result == G_CONVERTER_ERROR)
        return FALSE;
      consumed += bytes_read;
    }
  while (result != G_CONVERTER_FINISHED);

  return TRUE;
}

/**
 * ladder_bytes_pack:
 * @bytes: at most LADDER_MAX_FILE_SIZE bytes
 *
 * Returns: (transfer full): @bytes packed, for ladder_bytes_unpack()
 */
GBytes *
ladder_bytes_pack (GBytes *bytes)
{
  g_autoptr (GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_RAW, 1);
  gsize         length;
  const guint8 *data = g_bytes_get_data (bytes, &length);
  g_autoptr (GByteArray) out = g_byte_array_sized_new (HEADER_SIZE + length / 4 + CHUNK);
  guint64 header = GUINT64_TO_LE ((guint64) length);

  g_return_val_if_fail (length <= LADDER_MAX_FILE_SIZE, NULL);

  g_byte_array_append (out, (const guint8 *) &header, HEADER_SIZE);
  /* Deflate never fails on bytes in memory, and never grows them by more
   * than a few bytes per 16 KiB. */
  if (!convert (G_CONVERTER (compressor), data != NULL ? data : (const guint8 *) "", length, out,
                HEADER_SIZE + length + length / 8 + CHUNK, NULL))
    g_return_val_if_reached (NULL);

  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

/**
 * ladder_bytes_unpack:
 * @packed: what ladder_bytes_pack() returned
 *
 * Returns: (transfer full): the bytes that were packed, or %NULL with
 *   @error set when @packed is not such bytes
 */
GBytes *
ladder_bytes_unpack (GBytes *packed, GError **error)
{
  g_autoptr (GZlibDecompressor) decompressor
      = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_RAW);
  g_autoptr (GByteArray) out = NULL;
  gsize         length;
  const guint8 *data = g_bytes_get_data (packed, &length);
  guint64       header;

  if (length < HEADER_SIZE)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _ ("the copy kept of the file as read is damaged"));
      return NULL;
    }

  memcpy (&header, data, HEADER_SIZE);
  header = GUINT64_FROM_LE (header);
  if (header > LADDER_MAX_FILE_SIZE)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _ ("the copy kept of the file as read is damaged"));
      return NULL;
    }

  out = g_byte_array_sized_new ((guint) header + CHUNK);
  if (!convert (G_CONVERTER (decompressor), data + HEADER_SIZE, length - HEADER_SIZE, out, header,
                error))
    return NULL;

  if (out->len != header)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _ ("the copy kept of the file as read is damaged"));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}
