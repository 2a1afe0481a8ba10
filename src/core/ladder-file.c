/* ladder-file.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE

#include "ladder-file.h"

#include <errno.h>
#include <stdio.h>
#include <fcntl.h>
#include <string.h>
#include <gio/gfiledescriptorbased.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>

#include "ladder-error.h"
#include "ladder-file-private.h"

/* The quark's name is the text between the brackets, as written. */
/* clang-format off */
G_DEFINE_QUARK (ladder-file-error-quark, ladder_file_error)
/* clang-format on */

static GBytes *
too_large (const char *name, GError **error)
{
  ladder_set_error_at (error, LADDER_ERROR_TOO_LARGE, name, 0, 0,
                       _ ("the file is larger than %d MiB, too large for a job family"),
                       LADDER_MAX_FILE_SIZE / (1024 * 1024));
  return NULL;
}

/* Where a file is read from: a descriptor, or a GIO stream for a URI. */
typedef struct
{
  int           fd;
  gboolean      owns_fd;
  GInputStream *stream;
} Source;

static gssize
source_read (Source *source, guint8 *buffer, gsize size, GError **error)
{
  gssize n_read;

  if (source->stream != NULL)
    return g_input_stream_read (source->stream, buffer, size, NULL, error);

  do
    n_read = read (source->fd, buffer, size);
  while (n_read < 0 && errno == EINTR);

  if (n_read < 0)
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno),
                 _ ("could not read the file: %s"), g_strerror (errno));
  return n_read;
}

static void
source_close (Source *source)
{
  if (source->owns_fd && source->fd >= 0)
    close (source->fd);
  g_clear_object (&source->stream);
}

/* Opens @path: standard input for "-", a plain file name with the system's
 * own calls, a URI ("file:///…") through GIO. */
static gboolean
source_open (Source *source, const char *path, GError **error)
{
  if (g_strcmp0 (path, "-") == 0)
    {
      source->fd = STDIN_FILENO;
      return TRUE;
    }

  if (g_uri_peek_scheme (path) == NULL)
    {
      do
        source->fd = open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
      while (source->fd < 0 && errno == EINTR);

      if (source->fd < 0)
        {
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno),
                       _ ("could not open the file: %s"), g_strerror (errno));
          return FALSE;
        }
      source->owns_fd = TRUE;
      return TRUE;
    }

  {
    g_autoptr (GFile) file = g_file_new_for_commandline_arg (path);

    source->stream = G_INPUT_STREAM (g_file_read (file, NULL, error));
    if (source->stream == NULL)
      return FALSE;
    if (G_IS_FILE_DESCRIPTOR_BASED (source->stream))
      source->fd = g_file_descriptor_based_get_fd (G_FILE_DESCRIPTOR_BASED (source->stream));
    return TRUE;
  }
}

/**
 * ladder_file_read_bounded:
 * @path: a file name or a URI, or "-" for standard input
 * @error: return location for a #GError
 *
 * Reads a whole file, refusing one larger than %LADDER_MAX_FILE_SIZE
 * without reading it all.
 *
 * Returns: (transfer full) (nullable): the contents
 */
GBytes *
ladder_file_read_bounded (const char *path, GError **error)
{
  g_autoptr (GError) local_error = NULL;
  const char *name = g_strcmp0 (path, "-") == 0 ? "<stdin>" : path;
  Source      source = { .fd = -1 };
  /* Read straight into one block, of the file's size when it says it (and
   * a byte more, to see its end): no copy, and no room kept unused. */
  g_autofree guint8 *data = NULL;
  gsize              capacity = 65536;
  gsize              length = 0;
  /* The size a regular file says it has, or -1. */
  gint64 expected = -1;

  if (!source_open (&source, path, &local_error))
    {
      ladder_set_error_at (error, LADDER_ERROR_NOT_A_FAMILY, name, 0, 0, "%s",
                           local_error->message);
      return NULL;
    }

  /* A regular file says its size: one too large is refused before a byte
   * of it is read. Other files (pipes, devices) are read up to the bound. */
  {
    struct stat info;

    if (source.fd >= 0 && fstat (source.fd, &info) == 0 && S_ISREG (info.st_mode))
      {
        /* Standard input may have been read from already. */
        off_t offset = source.owns_fd ? 0 : lseek (source.fd, 0, SEEK_CUR);

        expected = info.st_size - MAX (offset, 0);
        if (expected > LADDER_MAX_FILE_SIZE)
          {
            source_close (&source);
            return too_large (name, error);
          }
        if (expected > 0)
          capacity = (gsize) expected + 1;
      }
  }

  data = g_malloc (capacity);

  for (;;)
    {
      gssize n_read;
      gsize  asked;

      /* Past the bound by a byte at most: enough to refuse it. */
      if (length == capacity)
        {
          capacity = MIN (capacity * 2, (gsize) LADDER_MAX_FILE_SIZE + 1);
          data = g_realloc (data, capacity);
        }

      asked = capacity - length;
      n_read = source_read (&source, data + length, asked, &local_error);
      if (n_read < 0)
        {
          source_close (&source);
          ladder_set_error_at (error, LADDER_ERROR_NOT_A_FAMILY, name, 0, 0, "%s",
                               local_error->message);
          return NULL;
        }

      if (n_read == 0)
        break;

      length += (gsize) n_read;
      if (length > LADDER_MAX_FILE_SIZE)
        {
          source_close (&source);
          return too_large (name, error);
        }

      /* A regular file read to the size it said, with room left: its end. */
      if ((gint64) length == expected && (gsize) n_read < asked)
        break;
    }

  source_close (&source);
  return g_bytes_new_take (g_steal_pointer (&data), length);
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
ladder_file_check_size (const char *name, gsize size, GError **error)
{
  g_autofree char *size_text = NULL;

  if (size <= LADDER_MAX_FILE_SIZE)
    return TRUE;

  /* "16.0 MiB (16777217 bytes)": a file just past the bound is not
   * shown as the bound. */
  size_text = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS | G_FORMAT_SIZE_LONG_FORMAT);
  ladder_set_error_at (
      error, LADDER_ERROR_TOO_LARGE, name, 0, 0,
      /* TRANSLATORS: %s is a size, such as "18.2 MiB (19084288 bytes)" */
      _ ("the file would be %s, larger than the %d MiB Ladder reads; nothing was written"),
      size_text, LADDER_MAX_FILE_SIZE / (1024 * 1024));
  return FALSE;
}

static gboolean
write_all (int fd, const char *data, gsize length)
{
  while (length > 0)
    {
      gssize written = write (fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written < 0)
        return FALSE;
      if (written == 0)
        {
          errno = ENOSPC;
          return FALSE;
        }

      data += written;
      length -= (gsize) written;
    }

  return TRUE;
}

static gboolean
file_error (GError **error, LadderFileError code, const char *name, const char *format, ...)
    G_GNUC_PRINTF (4, 5);

/* "FILE: error: …", as ladder_set_error_at() words it, in this domain. */
static gboolean
file_error (GError **error, LadderFileError code, const char *name, const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list          args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, LADDER_FILE_ERROR, code, "%s: %s: %s", name, _ ("error"), message);
  return FALSE;
}

/* Why a write failed, in words a person can act on. */
static gboolean
failed (GError **error, const char *name, const char *folder, const char *doing, int saved_errno)
{
  switch (saved_errno)
    {
    case ENOSPC:
    case EDQUOT:
      return file_error (error, LADDER_FILE_ERROR_FAILED, name,
                         _ ("could not save: the disk is full (%s); the old file is unchanged"),
                         g_strerror (saved_errno));
    case EROFS:
      return file_error (
          error, LADDER_FILE_ERROR_FAILED, name,
          _ ("could not save: the folder “%s” is on a read-only disk; the old file is unchanged"),
          folder);
    case EACCES:
    case EPERM:
      return file_error (error, LADDER_FILE_ERROR_FAILED, name,
                         _ ("could not save: no permission to write in the folder “%s”; the old "
                            "file is unchanged"),
                         folder);
    case ENOENT:
    case ENOTDIR:
      return file_error (error, LADDER_FILE_ERROR_FAILED, name,
                         _ ("could not save: the folder “%s” does not exist (any more)"), folder);
    default:
      return file_error (error, LADDER_FILE_ERROR_FAILED, name,
                         /* TRANSLATORS: the first %s says what failed ("could not
                          * write the file"), the second why */
                         _ ("%s: %s; the old file is unchanged"), doing, g_strerror (saved_errno));
    }
}

/* The file @path names once symbolic links in its last component are
 * followed: a save writes there, beside the link's target, and leaves the
 * link a link. Only the last component matters: the rename happens in the
 * folder the other components lead to anyway. */
static char *
resolve_links (const char *path, const char *name, GError **error)
{
  g_autofree char *target = g_strdup (path);

  for (guint hops = 0; hops < 40; hops++)
    {
      g_autofree char *link = NULL;
      g_autofree char *folder = NULL;
      g_autoptr (GError) link_error = NULL;
      struct stat info;

      if (lstat (target, &info) != 0 || !S_ISLNK (info.st_mode))
        return g_steal_pointer (&target);

      link = g_file_read_link (target, &link_error);
      if (link == NULL)
        {
          file_error (error, LADDER_FILE_ERROR_FAILED, name, _ ("could not follow the link: %s"),
                      link_error->message);
          return NULL;
        }

      if (g_path_is_absolute (link))
        {
          g_free (target);
          target = g_steal_pointer (&link);
        }
      else
        {
          folder = g_path_get_dirname (target);
          g_free (target);
          target = g_build_filename (folder, link, NULL);
        }
    }

  file_error (error, LADDER_FILE_ERROR_FAILED, name, "%s", g_strerror (ELOOP));
  return NULL;
}

/* Gives the new file the old one's owner, group and permissions, as far
 * as the process may: a file that changed group would be readable by
 * other people, so where the group cannot be kept, the group gets no more
 * than everyone else had. */
static gboolean
keep_owner_and_mode (int fd, const struct stat *old, const char *name, GError **error)
{
  mode_t mode = old->st_mode & 07777;

  if (fchown (fd, old->st_uid, old->st_gid) != 0)
    {
      if (errno != EPERM)
        return file_error (error, LADDER_FILE_ERROR_FAILED, name,
                           _ ("could not keep the file’s owner: %s"), g_strerror (errno));

      /* Another user's file becomes ours, but keeps its group if we are in
       * it. */
      if (fchown (fd, (uid_t) -1, old->st_gid) != 0)
        {
          if (errno != EPERM)
            return file_error (error, LADDER_FILE_ERROR_FAILED, name,
                               _ ("could not keep the file’s group: %s"), g_strerror (errno));
          mode = (mode & ~(mode_t) 070) | (mode & ((mode & 07) << 3));
        }
    }

  /* After fchown, which clears the set-user-ID and set-group-ID bits. */
  if (fchmod (fd, mode) != 0)
    return file_error (error, LADDER_FILE_ERROR_FAILED, name,
                       _ ("could not keep the file’s permissions: %s"), g_strerror (errno));

  return TRUE;
}

/* Swaps two files atomically; FALSE where the kernel or the file system
 * cannot, or when either is gone. */
static gboolean
exchange (const char *a, const char *b)
{
#ifdef RENAME_EXCHANGE
  return renameat2 (AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE) == 0;
#else
  (void) a;
  (void) b;
  return FALSE;
#endif
}

/* Makes the rename itself durable: a rename is a change to the folder. */
static gboolean
sync_folder (const char *folder, const char *name, GError **error)
{
  int fd = open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  int saved_errno = 0;

  if (fd < 0)
    saved_errno = errno;
  else if (fsync (fd) != 0)
    saved_errno = errno;

  if (fd >= 0 && close (fd) != 0 && saved_errno == 0)
    saved_errno = errno;

  if (saved_errno != 0)
    return file_error (error, LADDER_FILE_ERROR_FAILED, name,
                       _ ("the file was replaced, but could not be flushed to disk: %s"),
                       g_strerror (saved_errno));

  return TRUE;
}

/**
 * ladder_file_write_atomic:
 * @path: the file to write
 * @contents: what to write
 * @flags: #LadderWriteFlags
 * @error: return location for a #GError
 *
 * Same as ladder_file_write_atomic_checked() without a check.
 *
 * Returns: whether @path now holds @contents
 */
gboolean
ladder_file_write_atomic (const char      *path,
                          GBytes          *contents,
                          LadderWriteFlags flags,
                          GError         **error)
{
  return ladder_file_write_atomic_checked (path, contents, flags, NULL, NULL, error);
}

/**
 * ladder_file_write_atomic_checked:
 * @path: the file to write
 * @contents: what to write
 * @flags: #LadderWriteFlags
 * @check: (nullable): says whether the file may still be replaced
 * @check_data: data for @check
 * @error: return location for a #GError
 *
 * Writes a temporary file beside @path and renames it over @path, so that
 * whatever happens, @path holds either its old contents or the new ones,
 * whole. A process killed halfway leaves the old file;
 * %LADDER_WRITE_DURABLE also covers a power cut, at the price of waiting
 * for the disk.
 *
 * A symbolic link stays a link: its target is replaced, by a temporary
 * file beside the target. The new file keeps the old one's permissions,
 * and its owner and group where the process may set them. A read-only file
 * or one with other hard links is not replaced unless @flags say so
 * (%LADDER_FILE_ERROR_READ_ONLY, %LADDER_FILE_ERROR_HARD_LINK), so that the
 * caller can ask first.
 *
 * @check is called before anything is written and again immediately
 * before the rename; when it fails, nothing is replaced and its error is
 * returned.
 *
 * Safe to call from any thread: it does not touch the process's umask.
 *
 * Returns: whether @path now holds @contents
 */
gboolean
ladder_file_write_atomic_checked (const char      *path,
                                  GBytes          *contents,
                                  LadderWriteFlags flags,
                                  LadderWriteCheck check,
                                  gpointer         check_data,
                                  GError         **error)
{
  return ladder_file_write_atomic_full (path, contents, flags, check, check_data, NULL, error);
}

/**
 * ladder_file_write_atomic_full:
 * @path: the file to write
 * @contents: what to write
 * @flags: #LadderWriteFlags
 * @check: (nullable): says whether the file may still be replaced
 * @check_data: data for @check
 * @spare: (nullable): a batch's #LadderFileSpare
 * @error: return location for a #GError
 *
 * Same as ladder_file_write_atomic_checked(). With %LADDER_WRITE_NO_FLUSH
 * and a @spare, the old file swapped out of @path is kept in @spare rather
 * than deleted, and a file kept there, beside @path, is written instead of
 * a new temporary file: a batch then makes and deletes one file in all.
 * The file @spare keeps is deleted by ladder_file_spare_free().
 *
 * Returns: whether @path now holds @contents
 */
gboolean
ladder_file_write_atomic_full (const char      *path,
                               GBytes          *contents,
                               LadderWriteFlags flags,
                               LadderWriteCheck check,
                               gpointer         check_data,
                               LadderFileSpare *spare,
                               GError         **error)
{
  g_autofree char *target = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *temporary = NULL;
  gsize            length;
  const char      *data = g_bytes_get_data (contents, &length);
  struct stat      old;
  struct stat      taken;
  gboolean         exists;
  gboolean         has_owner_and_mode = FALSE;
  gboolean         swap;
  int              saved_errno;
  int              fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  if (!ladder_file_check_size (path, g_bytes_get_size (contents), error))
    return FALSE;

  /* Most often a regular file, not a link: one look tells all of the
   * below (that its folder is there, too). */
  exists = lstat (path, &old) == 0 && !S_ISLNK (old.st_mode);
  if (exists)
    {
      target = g_strdup (path);
      folder = g_path_get_dirname (target);
    }
  else if (stat (path, &old) == 0 && !S_ISREG (old.st_mode))
    {
      /* A link to a folder or a device: refused below. */
      exists = TRUE;
    }
  else
    {
      target = resolve_links (path, path, error);
      if (target == NULL)
        return FALSE;
      folder = g_path_get_dirname (target);

      /* Said first: a file whose folder is gone is not "changed by another
       * program". */
      if (stat (folder, &old) != 0)
        return failed (error, path, folder, _ ("could not look at its folder"), errno);

      exists = lstat (target, &old) == 0;
      if (!exists && errno != ENOENT)
        return failed (error, path, folder, _ ("could not look at the file"), errno);
    }

  if (exists && !S_ISREG (old.st_mode))
    return file_error (error, LADDER_FILE_ERROR_NOT_REGULAR, path,
                       S_ISDIR (old.st_mode)
                           ? _ ("this is a folder, not a file")
                           : _ ("not a regular file; Ladder writes only regular files"));

  /* Whether the file may be written over at all (it changed on disk, it
   * is a newer format) comes before how (a link, read-only). */
  if (check != NULL && !check (target, check_data, error))
    return FALSE;

  if (exists && old.st_nlink > 1 && !(flags & LADDER_WRITE_BREAK_HARD_LINK))
    {
      unsigned long others = (unsigned long) old.st_nlink - 1;

      return file_error (
          error, LADDER_FILE_ERROR_HARD_LINK, path,
          g_dngettext (GETTEXT_PACKAGE,
                       "the file has %lu other name (a hard link); saving would give this name "
                       "a new file and leave the other with the old contents",
                       "the file has %lu other names (hard links); saving would give this name "
                       "a new file and leave the others with the old contents",
                       others),
          others);
    }

  /* Root may write any file: a file nobody may write is read-only to it too.
   * Its owner may write it when its mode says so (an access control list
   * does not apply to the owner): the kernel need not be asked. */
  if (exists && !(flags & LADDER_WRITE_REPLACE_READ_ONLY)
      && ((old.st_mode & 0222) == 0
          || (!(old.st_uid == ladder_file_euid () && (old.st_mode & 0200))
              && access (target, W_OK) != 0 && errno == EACCES)))
    return file_error (error, LADDER_FILE_ERROR_READ_ONLY, path, _ ("the file is read-only"));

  /* A new file gets the usual permissions (the kernel applies the umask);
   * a replacement starts private and gets the old file's just below. */
  swap = exists && (flags & LADDER_WRITE_NO_FLUSH) && !(flags & LADDER_WRITE_DURABLE);
  fd = swap ? ladder_file_spare_take (spare, folder, &old, &temporary, &taken) : -1;
  if (fd < 0)
    {
      temporary = g_strconcat (target, ".XXXXXX", NULL);
      fd = g_mkstemp_full (temporary, O_WRONLY | O_CLOEXEC, exists ? 0600 : 0666);
    }
  else
    /* A spare that has the owner, group and permissions already (the old
     * version of a page of the same folder, most often) keeps them. */
    has_owner_and_mode = taken.st_uid == old.st_uid && taken.st_gid == old.st_gid
                         && (taken.st_mode & 07777) == (old.st_mode & 07777);
  if (fd < 0)
    return failed (error, path, folder, _ ("could not create a file beside it"), errno);

  if ((exists && !has_owner_and_mode && !keep_owner_and_mode (fd, &old, path, error)))
    {
      close (fd);
      g_unlink (temporary);
      return FALSE;
    }

  if (!write_all (fd, data != NULL ? data : "", length)
      || ((flags & LADDER_WRITE_DURABLE) && fsync (fd) != 0))
    {
      saved_errno = errno;
      close (fd);
      g_unlink (temporary);
      return failed (error, path, folder, _ ("could not write the file"), saved_errno);
    }

  if (close (fd) != 0)
    {
      saved_errno = errno;
      g_unlink (temporary);
      return failed (error, path, folder, _ ("could not write the file"), saved_errno);
    }

  /* Another program may have changed the file while this one was being
   * written: look again, as late as can be. */
  if (check != NULL && !check (target, check_data, error))
    {
      g_unlink (temporary);
      return FALSE;
    }

  if (swap && exchange (temporary, target))
    {
      /* The temporary name now holds the old file; a folder put there
       * meanwhile (which rename() would have refused) is put back. */
      if (!ladder_file_spare_keep (spare, folder, temporary, &old) && g_unlink (temporary) != 0
          && errno == EISDIR)
        {
          saved_errno = errno;
          exchange (temporary, target);
          return failed (error, path, folder, _ ("could not replace the file"), saved_errno);
        }
    }
  else if (rename (temporary, target) != 0)
    {
      saved_errno = errno;
      g_unlink (temporary);
      return failed (error, path, folder, _ ("could not replace the file"), saved_errno);
    }

  if ((flags & LADDER_WRITE_DURABLE) && !sync_folder (folder, path, error))
    return FALSE;

  return TRUE;
}
