/* ladder-file-spare.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * A batch's spare file: the old version of an output it has just swapped
 * out, kept to be the temporary file of its next output in that folder
 * instead of being deleted while a new one is created.
 *
 * Creating a file and deleting one are most of what writing a page costs
 * the kernel: on ext4 without a journal, choosing an inode for a new file
 * goes past every inode deleted in the last seconds. A batch that passes
 * its old files on makes one new file and deletes one, whatever its size.
 *
 * A file is kept only when it is surely the old output and nothing else:
 * a regular file, the same inode the output had, with no other name (a
 * hard link would see the next page's text), owned by this process's
 * user, and with no extended attributes but its security label (an
 * access control list of the old page must not pass to another). It is
 * emptied as it is kept, and looked at once more, through the descriptor
 * that writes it, before it is written again: a file put at its name
 * meanwhile is left alone.
 *
 * It becomes the next output only when that output has the same owner
 * and group, and its permissions give nobody anything the old file's did
 * not: the kernel checks permissions when a file is opened, and whoever
 * opened the old file (or the spare, by its name) keeps that descriptor.
 * So a page readable by everyone never passes on to a private one; a
 * program that holds an old output open sees it emptied and then holding
 * the next page's text, which it could have read anyway.
 *
 * Since the emptying comes before the swap that gives the file its next
 * name, a power cut can leave an output empty, as with a new file, but
 * not holding another page's old text, on a file system with a journal,
 * which commits the two in that order. Without one, as with a new file,
 * nothing is ordered.
 */

#define _GNU_SOURCE

#include "ladder-file-private.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/xattr.h>
#include <unistd.h>

struct _LadderFileSpare
{
  /* The spare's name, NULL when there is none. */
  char *path;
  char *folder;
  dev_t dev;
  ino_t ino;
  /* Its owner, group and permissions, as its old name had them. */
  uid_t  uid;
  gid_t  gid;
  mode_t mode;
};

/**
 * ladder_file_spare_new:
 *
 * A place for a batch to keep the old version of an output it replaced,
 * for ladder_file_write_atomic_full(). One per thread: it is not locked.
 *
 * Returns: (transfer full): an empty spare
 */
LadderFileSpare *
ladder_file_spare_new (void)
{
  return g_new0 (LadderFileSpare, 1);
}

/* The process's effective user, asked once: Ladder never changes it, and
 * a batch asked twice for each file it wrote. */
uid_t
ladder_file_euid (void)
{
  static gsize euid;

  if (g_once_init_enter (&euid))
    g_once_init_leave (&euid, (gsize) geteuid () + 1);

  return (uid_t) (euid - 1);
}

static gboolean
is_the_spare (LadderFileSpare *spare, const struct stat *info)
{
  return S_ISREG (info->st_mode) && info->st_dev == spare->dev && info->st_ino == spare->ino
         && info->st_nlink == 1 && info->st_uid == ladder_file_euid ();
}

/* Deletes the spare file if its name still holds it, and forgets it. */
static void
spare_release (LadderFileSpare *spare)
{
  struct stat info;

  if (spare->path == NULL)
    return;

  if (lstat (spare->path, &info) == 0 && is_the_spare (spare, &info))
    g_unlink (spare->path);

  g_clear_pointer (&spare->path, g_free);
  g_clear_pointer (&spare->folder, g_free);
}

/**
 * ladder_file_spare_free:
 * @spare: (nullable): a #LadderFileSpare
 *
 * Deletes the file it keeps, if any, and frees it.
 */
void
ladder_file_spare_free (LadderFileSpare *spare)
{
  if (spare == NULL)
    return;

  spare_release (spare);
  g_free (spare);
}

/* Whether the file open as @fd has extended attributes other than its
 * security label (which every file has under SELinux, set by the folder),
 * as far as can be told: a file system that has none says ENOTSUP. */
static gboolean
has_attributes (int fd)
{
  static const char label[] = "security.selinux";
  char              names[256];
  ssize_t           size = flistxattr (fd, names, sizeof names);

  if (size < 0)
    return !(errno == ENOTSUP || errno == ENOSYS);

  for (ssize_t at = 0; at < size; at += (ssize_t) strnlen (names + at, (gsize) (size - at)) + 1)
    if (strncmp (names + at, label, (gsize) (size - at)) != 0)
      return TRUE;

  return FALSE;
}

/* Whether a file that had @spare's owner, group and permissions may
 * become one that had @target's: same owner and group, and nobody may do
 * to the new one less than they could to the old. */
static gboolean
may_become (LadderFileSpare *spare, const struct stat *target)
{
  return spare->uid == target->st_uid && spare->gid == target->st_gid
         && (spare->mode & ~target->st_mode & 0777) == 0;
}

/* Opens @path for writing without following a link, or waiting on a FIFO
 * put at its name. */
static int
open_spare (const char *path)
{
  return open (path, O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
}

/*
 * Opens the spare file, empty, as the temporary file of an output in
 * @folder that was @target, and gives its name in @path and its status in
 * @taken (its owner and permissions: those its old name had, which the
 * next output's often has too). Returns -1 when
 * there is none to take: no spare, one in another folder or one that may
 * not become @target (then deleted), or a name that no longer holds it as
 * it was left.
 */
int
ladder_file_spare_take (LadderFileSpare   *spare,
                        const char        *folder,
                        const struct stat *target,
                        char             **path,
                        struct stat       *taken)
{
  struct stat info;
  int         fd;

  if (spare == NULL || spare->path == NULL)
    return -1;

  if (!g_str_equal (spare->folder, folder) || !may_become (spare, target))
    {
      spare_release (spare);
      return -1;
    }

  fd = open_spare (spare->path);
  if (fd < 0)
    {
      /* Deleted if it is still there (the process may be out of
       * descriptors), not left behind. */
      spare_release (spare);
      return -1;
    }

  if (fstat (fd, &info) != 0 || !is_the_spare (spare, &info) || info.st_size != 0)
    {
      /* Whatever holds the name now is not this batch's to delete. */
      close (fd);
      g_clear_pointer (&spare->path, g_free);
      g_clear_pointer (&spare->folder, g_free);
      return -1;
    }

  *path = g_steal_pointer (&spare->path);
  g_clear_pointer (&spare->folder, g_free);
  *taken = info;
  return fd;
}

/*
 * Keeps the file at @path, in @folder, as the spare: the old version of an
 * output, swapped out of its name, whose status was @old before the swap.
 * It is emptied at once, and closed: the kernel then has nothing to write
 * out when it is closed (ext4 writes a file emptied and written again out
 * as it is closed, which a batch would wait for), and a power cut after
 * the next swap finds the emptying done. FALSE when it is not that file,
 * or not one to pass on; the caller then deletes it.
 */
gboolean
ladder_file_spare_keep (LadderFileSpare   *spare,
                        const char        *folder,
                        const char        *path,
                        const struct stat *old)
{
  struct stat info;
  gboolean    kept;
  int         fd;

  if (spare == NULL)
    return FALSE;

  spare_release (spare);
  spare->dev = old->st_dev;
  spare->ino = old->st_ino;
  spare->uid = old->st_uid;
  spare->gid = old->st_gid;
  spare->mode = old->st_mode & 07777;

  fd = open_spare (path);
  kept = fd >= 0 && fstat (fd, &info) == 0 && is_the_spare (spare, &info) && !has_attributes (fd)
         && ftruncate (fd, 0) == 0;
  if (fd >= 0 && close (fd) != 0)
    kept = FALSE;
  if (!kept)
    return FALSE;

  spare->path = g_strdup (path);
  spare->folder = g_strdup (folder);
  return TRUE;
}
