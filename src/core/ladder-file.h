/* ladder-file.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Ladder reads no file larger than this, and writes none: job-family pages
 * are tens of kilobytes, and a bound keeps a wrong or hostile file from
 * filling memory. What Ladder writes, it can read back. */
#define LADDER_MAX_FILE_SIZE (16 * 1024 * 1024)

#define LADDER_FILE_ERROR (ladder_file_error_quark ())

typedef enum
{
  /* The file could not be written: a full disk, a read-only or vanished
   * folder, no permission. The old file is intact. */
  LADDER_FILE_ERROR_FAILED,
  /* The file is read-only: replacing it needs LADDER_WRITE_REPLACE_READ_ONLY. */
  LADDER_FILE_ERROR_READ_ONLY,
  /* The file has other names (hard links), which a replacement would
   * leave with the old contents: needs LADDER_WRITE_BREAK_HARD_LINK. */
  LADDER_FILE_ERROR_HARD_LINK,
  /* Not a regular file (a folder, a device, a pipe). */
  LADDER_FILE_ERROR_NOT_REGULAR,
} LadderFileError;

typedef enum
{
  LADDER_WRITE_DEFAULT = 0,
  /* Wait for the disk (fsync of the file, and of its folder after the
   * rename), so that the new version also survives a power cut. */
  LADDER_WRITE_DURABLE = 1 << 0,
  LADDER_WRITE_REPLACE_READ_ONLY = 1 << 1,
  LADDER_WRITE_BREAK_HARD_LINK = 1 << 2,
  /* Swap the new file in (renameat2 RENAME_EXCHANGE, where the file system
   * has it) and delete the old one, rather than rename the new one over
   * it: still atomic, but on ext4 a rename over a file makes the kernel
   * write the new file's data out at once (auto_da_alloc), which a batch
   * of hundreds of files waits for. Without that, a power cut soon after
   * may leave the new file empty. Not with LADDER_WRITE_DURABLE. With a
   * #LadderFileSpare, the old file is kept as the next temporary file
   * instead of being deleted. */
  LADDER_WRITE_NO_FLUSH = 1 << 3,
} LadderWriteFlags;

/* Says whether @target (the file that will be replaced, symbolic links
 * resolved) may still be replaced; called before the temporary file is
 * made and again immediately before the rename. */
typedef gboolean (*LadderWriteCheck) (const char *target, gpointer user_data, GError **error);

/* The old version of an output a batch replaced, kept to be the temporary
 * file of its next output (ladder-file-spare.c). */
typedef struct _LadderFileSpare LadderFileSpare;

GQuark ladder_file_error_quark (void);

GBytes  *ladder_file_read_bounded (const char *path, GError **error);
gboolean ladder_file_check_size (const char *name, gsize size, GError **error);
gboolean ladder_file_write_atomic (const char      *path,
                                   GBytes          *contents,
                                   LadderWriteFlags flags,
                                   GError         **error);
gboolean ladder_file_write_atomic_checked (const char      *path,
                                           GBytes          *contents,
                                           LadderWriteFlags flags,
                                           LadderWriteCheck check,
                                           gpointer         check_data,
                                           GError         **error);
gboolean ladder_file_write_atomic_full (const char      *path,
                                        GBytes          *contents,
                                        LadderWriteFlags flags,
                                        LadderWriteCheck check,
                                        gpointer         check_data,
                                        LadderFileSpare *spare,
                                        GError         **error);

LadderFileSpare *ladder_file_spare_new (void);
void             ladder_file_spare_free (LadderFileSpare *spare);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderFileSpare, ladder_file_spare_free)

G_END_DECLS
