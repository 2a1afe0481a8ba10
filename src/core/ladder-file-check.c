/* ladder-file-check.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-file-check.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <string.h>
#include <sys/stat.h>
#include <nettle/sha2.h>
#include <nettle/version.h>
#include <unistd.h>

#include "ladder-error.h"
#include "ladder-file.h"
#include "ladder-json.h"

/* The name of some contents: a SHA-256, in hexadecimal, as
 * g_compute_checksum_for_bytes() writes it (drafts keep these). Nettle's,
 * which uses the processor's SHA instructions where it has them: a large
 * family's 6 MB took GLib 12 to 19 ms, and takes Nettle 3.5 ms. */
char *
ladder_file_hash_bytes (GBytes *contents)
{
  static const char digits[] = "0123456789abcdef";
  struct sha256_ctx context;
  guint8            digest[SHA256_DIGEST_SIZE];
  char             *hex = g_new (char, 2 * SHA256_DIGEST_SIZE + 1);
  gsize             length;
  const guint8     *data;

  g_return_val_if_fail (contents != NULL, NULL);

  data = g_bytes_get_data (contents, &length);
  sha256_init (&context);
  sha256_update (&context, length, data != NULL ? data : (const guint8 *) "");
#if NETTLE_VERSION_MAJOR >= 4
  sha256_digest (&context, digest);
#else
  sha256_digest (&context, sizeof digest, digest);
#endif

  for (guint i = 0; i < SHA256_DIGEST_SIZE; i++)
    {
      hex[2 * i] = digits[digest[i] >> 4];
      hex[2 * i + 1] = digits[digest[i] & 0xf];
    }
  hex[2 * SHA256_DIGEST_SIZE] = '\0';
  return hex;
}

/* Reads the file whole, refusing one larger than Ladder reads. A missing
 * file is G_IO_ERROR_NOT_FOUND. Plain system calls: this runs twice for
 * every file a batch writes over. */
static GBytes *
read_file (const char *path, GError **error)
{
  int         fd = open (path, O_RDONLY | O_CLOEXEC);
  struct stat info;
  gsize       size = 0;
  gsize       capacity;
  char       *data;
  int         saved_errno = 0;

  if (fd < 0 || fstat (fd, &info) != 0)
    {
      saved_errno = errno;
      if (fd >= 0)
        close (fd);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s: %s: %s", path,
                   _ ("error"), _ ("could not look at the file"), g_strerror (saved_errno));
      return NULL;
    }

  /* One read for a regular file, which says its size; more for others. */
  capacity = S_ISREG (info.st_mode) && info.st_size >= 0 && info.st_size <= LADDER_MAX_FILE_SIZE
                 ? (gsize) info.st_size + 1
                 : 65536;
  data = g_malloc (capacity);

  for (;;)
    {
      gssize n_read;

      if (size == capacity)
        {
          capacity *= 2;
          data = g_realloc (data, capacity);
        }

      n_read = read (fd, data + size, capacity - size);
      if (n_read < 0 && errno == EINTR)
        continue;
      if (n_read < 0)
        {
          saved_errno = errno;
          break;
        }
      if (n_read == 0)
        break;

      size += (gsize) n_read;
      if (size > LADDER_MAX_FILE_SIZE)
        break;
    }

  close (fd);

  if (saved_errno != 0)
    {
      g_free (data);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s: %s: %s", path,
                   _ ("error"), _ ("could not look at the file"), g_strerror (saved_errno));
      return NULL;
    }

  if (size > LADDER_MAX_FILE_SIZE)
    {
      g_free (data);
      g_set_error (error, LADDER_ERROR, LADDER_ERROR_TOO_LARGE, "%s: %s: %s", path, _ ("error"),
                   _ ("the file on disk has grown larger than Ladder reads"));
      return NULL;
    }

  return g_bytes_new_take (data, size);
}

/**
 * ladder_file_hash_path:
 *
 * Returns: (nullable): the hash of the file's contents, or %NULL with
 * G_IO_ERROR_NOT_FOUND when there is no such file
 */
char *
ladder_file_hash_path (const char *path, GError **error)
{
  g_autoptr (GBytes) contents = read_file (path, error);

  return contents != NULL ? ladder_file_hash_bytes (contents) : NULL;
}

static const char *
skip_space (const char *p, const char *end)
{
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
    p++;

  return p;
}

/* Past the string whose opening quote is at @p; @end when unterminated.
 * A quote closes the string unless an odd number of backslashes stands
 * before it; the search for quotes is memchr()'s. */
static const char *
skip_string (const char *p, const char *end)
{
  for (p++; p < end;)
    {
      const char *quote = memchr (p, '"', (gsize) (end - p));
      const char *q;

      if (quote == NULL)
        return end;

      /* The backslashes before it are within the string: its opening
       * quote stops the count. */
      for (q = quote; q[-1] == '\\'; q--)
        ;
      if ((quote - q) % 2 == 0)
        return quote + 1;

      p = quote + 1;
    }

  return end;
}

/* Bytes that matter between strings: quotes, brackets, commas. */
static gboolean
is_structural (char c)
{
  return c == '"' || c == '{' || c == '}' || c == '[' || c == ']' || c == ',';
}

/**
 * ladder_json_peek_version:
 * @data: the text of a job family file
 * @length: its length
 *
 * The file's format version, read without parsing the file: the largest
 * integer given for a "version" member of the top-level object. One pass,
 * no recursion, so cheap and safe on any input.
 *
 * Returns: the version, or 0 when the text has none
 */
gint64
ladder_json_peek_version (const char *data, gsize length)
{
  const char *p = data;
  const char *end = data + length;
  gint64      version = 0;
  gsize       depth = 0;
  gboolean    at_key = FALSE;

  if (data == NULL)
    return 0;

  p = skip_space (p, end);
  if (p == end || *p != '{')
    return 0;

  while (p < end)
    {
      char c;

      /* Inside a member's value only strings and brackets matter. */
      if (depth > 1)
        while (p < end && !is_structural (*p))
          p++;
      if (p == end)
        break;

      c = *p;
      if (c == '"')
        {
          const char *start = p;

          p = skip_string (p, end);
          if (depth != 1 || !at_key)
            continue;

          at_key = FALSE;
          if (p - start != (gssize) strlen ("\"version\"")
              || memcmp (start, "\"version\"", p - start) != 0)
            continue;

          p = skip_space (p, end);
          if (p == end || *p != ':')
            continue;
          p = skip_space (p + 1, end);

          if (p < end && g_ascii_isdigit (*p))
            {
              gint64 value = 0;

              for (; p < end && g_ascii_isdigit (*p); p++)
                value = value > (G_MAXINT64 - 9) / 10 ? G_MAXINT64 : value * 10 + (*p - '0');

              /* "2.0" and "2e0" are not versions: the reader refuses them. */
              if (p == end || (*p != '.' && *p != 'e' && *p != 'E'))
                version = MAX (version, value);
            }
          continue;
        }

      if (c == '{' || c == '[')
        depth++;
      else if (c == '}' || c == ']')
        {
          if (depth <= 1)
            break;
          depth--;
        }

      if (depth == 1 && (c == '{' || c == ','))
        at_key = TRUE;
      else if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
        at_key = FALSE;

      p++;
    }

  return version;
}

/**
 * ladder_file_check:
 * @path: a file about to be written over
 * @expected_hash: (nullable): the hash of its contents as last read or
 *   written, or %NULL to take whatever is there
 * @family: whether @path is a job family file
 * @error: return location for a #GError
 *
 * Says whether @path may be written over: not when it is a job family
 * file in a newer format version than this Ladder writes
 * (%LADDER_ERROR_NEWER_VERSION, whatever @expected_hash), and not when its
 * contents are no longer those of @expected_hash
 * (%G_IO_ERROR_WRONG_ETAG), or it is gone (moved or deleted:
 * %G_IO_ERROR_NOT_FOUND).
 *
 * Returns: whether @path may be written over
 */
gboolean
ladder_file_check (const char *path, const char *expected_hash, gboolean family, GError **error)
{
  g_autoptr (GError) read_error = NULL;
  g_autoptr (GBytes) contents = NULL;
  g_autofree char *hash = NULL;

  if (expected_hash == NULL && !family)
    return TRUE;

  contents = read_file (path, &read_error);
  if (contents == NULL)
    {
      if (!g_error_matches (read_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&read_error));
          return FALSE;
        }

      if (expected_hash == NULL)
        return TRUE;

      /* Not "changed": writing would make the file again under a name it
       * no longer has (beside the same page moved, say), which the person
       * is asked about in other words. */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _ ("“%s” was moved or deleted by another program since it was opened"), path);
      return FALSE;
    }

  if (family)
    {
      gint64 version = ladder_json_peek_version (g_bytes_get_data (contents, NULL),
                                                 g_bytes_get_size (contents));

      if (version > LADDER_FILE_VERSION)
        {
          g_set_error (
              error, LADDER_ERROR, LADDER_ERROR_NEWER_VERSION,
              /* TRANSLATORS: the first %s is a file name, the second the
               * word "error" */
              _ ("%s: %s: the file on disk is now in format version %lld, written by a newer "
                 "Ladder; this Ladder writes version %d and would lose what the newer one "
                 "added, so it does not save over it"),
              path, _ ("error"), (long long) version, LADDER_FILE_VERSION);
          return FALSE;
        }
    }

  if (expected_hash == NULL)
    return TRUE;

  hash = ladder_file_hash_bytes (contents);
  if (!g_str_equal (hash, expected_hash))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG,
                   _ ("“%s” was changed by another program since it was opened"), path);
      return FALSE;
    }

  return TRUE;
}
