/* ladder-file.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-file.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gfiledescriptorbased.h>
#include <gio/gunixinputstream.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>

#include "ladder-error.h"

static GBytes *
too_large (const char  *name,
           GError     **error)
{
  ladder_set_error_at (error, LADDER_ERROR_TOO_LARGE, name, 0, 0,
                       _("the file is larger than %d MiB, too large for a job family"),
                       LADDER_MAX_FILE_SIZE / (1024 * 1024));
  return NULL;
}

/**
 * ladder_file_read_bounded:
 * @path: a file name, or "-" for standard input
 * @error: return location for a #GError
 *
 * Reads a whole file, refusing one larger than %LADDER_MAX_FILE_SIZE
 * without reading it all.
 *
 * Returns: (transfer full) (nullable): the contents
 */
GBytes *
ladder_file_read_bounded (const char  *path,
                          GError     **error)
{
  g_autoptr (GInputStream) stream = NULL;
  g_autoptr (GByteArray) buffer = NULL;
  g_autoptr (GError) local_error = NULL;
  const char *name = g_strcmp0 (path, "-") == 0 ? "<stdin>" : path;
  guint8 chunk[65536];

  if (g_strcmp0 (path, "-") == 0)
    {
      stream = g_unix_input_stream_new (0, FALSE);
    }
  else
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (path);

      stream = G_INPUT_STREAM (g_file_read (file, NULL, &local_error));
      if (stream == NULL)
        {
          ladder_set_error_at (error, LADDER_ERROR_NOT_A_FAMILY, name, 0, 0, "%s", local_error->message);
          return NULL;
        }
    }

  /* A regular file says its size: one too large is refused before a byte
   * of it is read. Other files (pipes, devices) are read up to the bound. */
  {
    struct stat info;
    int fd = -1;

    if (G_IS_UNIX_INPUT_STREAM (stream))
      fd = g_unix_input_stream_get_fd (G_UNIX_INPUT_STREAM (stream));
    else if (G_IS_FILE_DESCRIPTOR_BASED (stream))
      fd = g_file_descriptor_based_get_fd (G_FILE_DESCRIPTOR_BASED (stream));

    if (fd >= 0 && fstat (fd, &info) == 0 && S_ISREG (info.st_mode))
      {
        /* Standard input may have been read from already. */
        off_t offset = lseek (fd, 0, SEEK_CUR);

        if (info.st_size - MAX (offset, 0) > LADDER_MAX_FILE_SIZE)
          return too_large (name, error);
      }
  }

  buffer = g_byte_array_new ();

  for (;;)
    {
      gssize n_read = g_input_stream_read (stream, chunk, sizeof chunk, NULL, &local_error);

      if (n_read < 0)
        {
          ladder_set_error_at (error, LADDER_ERROR_NOT_A_FAMILY, name, 0, 0, "%s", local_error->message);
          return NULL;
        }

      if (n_read == 0)
        break;

      if (buffer->len + (gsize) n_read > LADDER_MAX_FILE_SIZE)
        return too_large (name, error);

      g_byte_array_append (buffer, chunk, (guint) n_read);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/**
 * ladder_file_check_size:
 * @name: the file about to be written, for the message
 * @size: how large it would be
 * @error: return location for a #GError
 *
 * Refuses, before anything is written, a file larger than
 * %LADDER_MAX_FILE_SIZE: Ladder would not read it back.
 *
 * Returns: whether @size is within the bound
 */
gboolean
ladder_file_check_size (const char  *name,
                        gsize        size,
                        GError     **error)
{
  g_autofree char *size_text = NULL;

  if (size <= LADDER_MAX_FILE_SIZE)
    return TRUE;

  /* "16.0 MiB (16777217 bytes)": a file just past the bound is not
   * shown as the bound. */
  size_text = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS | G_FORMAT_SIZE_LONG_FORMAT);
  ladder_set_error_at (error, LADDER_ERROR_TOO_LARGE, name, 0, 0,
                       /* TRANSLATORS: %s is a size, such as "18.2 MiB (19084288 bytes)" */
                       _("the file would be %s, larger than the %d MiB Ladder reads; nothing was written"),
                       size_text, LADDER_MAX_FILE_SIZE / (1024 * 1024));
  return FALSE;
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length)
{
  while (length > 0)
    {
      gssize written = write (fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        return FALSE;

      data += written;
      length -= (gsize) written;
    }

  return TRUE;
}

/**
 * ladder_file_write_atomic:
 * @path: the file to write
 * @contents: what to write
 * @durable: whether to wait for the disk (fsync) before replacing @path
 * @error: return location for a #GError
 *
 * Writes a temporary file beside @path and renames it over @path, so that
 * whatever happens, @path holds either its old contents or the new ones,
 * whole. A process killed halfway leaves the old file; @durable also
 * covers a power cut, at the price of waiting for the disk. Contents
 * larger than %LADDER_MAX_FILE_SIZE are refused before anything is
 * written.
 *
 * Returns: whether @path now holds @contents
 */
gboolean
ladder_file_write_atomic (const char  *path,
                          GBytes      *contents,
                          gboolean     durable,
                          GError     **error)
{
  g_autofree char *temporary = g_strconcat (path, ".XXXXXX", NULL);
  gsize length;
  const char *data = g_bytes_get_data (contents, &length);
  int saved_errno;
  int fd;

  if (!ladder_file_check_size (path, length, error))
    return FALSE;

  fd = g_mkstemp_full (temporary, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      saved_errno = errno;
      ladder_set_error_at (error, LADDER_ERROR_NOT_A_FAMILY, path, 0, 0,
                           _("could not create a file beside it: %s"), g_strerror (saved_errno));
      return FALSE;
    }

  /* g_mkstemp creates the file 0600; give it the usual permissions. */
  {
    mode_t mask = umask (0);

    umask (mask);
    fchmod (fd, 0666 & ~mask);
  }

  if (!write_all (fd, data != NULL ? data : "", length) || (durable && fsync (fd) != 0))
    {
      saved_errno = errno;
      close (fd);
      g_unlink (temporary);
      ladder_set_error_at (error, LADDER_ERROR_NOT_A_FAMILY, path, 0, 0,
                           _("could not write the file: %s"), g_strerror (saved_errno));
      return FALSE;
    }

  if (close (fd) != 0 || g_rename (temporary, path) != 0)
    {
      saved_errno = errno;
      g_unlink (temporary);
      ladder_set_error_at (error, LADDER_ERROR_NOT_A_FAMILY, path, 0, 0,
                           _("could not replace the file: %s"), g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}
