/* ladder-family-folder-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-family-folder.h"

G_BEGIN_DECLS

/* Shared by ladder-family-folder.c (reading) and
 * ladder-family-folder-write.c (writing). */

typedef struct
{
  char         *name;
  /* As on disk. */
  GBytes       *contents;
  gint64        weight;
  /* The weight it had when the folder was read, or when it was first
   * written (a new level): what it goes back to when the levels are back
   * in that order (a move saved and undone). */
  gint64 first_weight;
  /* The page as read with its heading: its front matter, its layout and
   * its one role as it was then. */
  LadderFamily *shell;
  /* The level of the heading it is read with. */
  int           level;
  /* The role it holds in the family last read or written. */
  LadderRole   *role;
} LadderFolderPage;

struct _LadderFamilyFolder
{
  GObject       parent_instance;

  GFile        *folder;
  LadderFamily *family;
  GBytes       *index_contents;
  /* The roles of _index.md, in the family last read or written. */
  GPtrArray    *index_roles;
  /* LadderFolderPage, in weight order. */
  GPtrArray    *pages;
  /* LadderFolderPage: the pages its saves deleted, as they were, for a
   * role brought back (undone) to be written back as its page was. */
  GPtrArray    *removed;
  /* LadderRole: the roles of _index.md its saves took out, for a role
   * brought back to be written back there. */
  GPtrArray *removed_index_roles;
};

typedef struct
{
  GFile  *file;
  /* NULL: delete the file. */
  GBytes *contents;
} LadderFolderWrite;

struct _LadderFolderPlan
{
  gatomicrefcount  ref_count;
  GPtrArray       *writes;
  /* The folder as it is once the writes are done. */
  GBytes          *index_contents;
  GPtrArray       *index_roles;
  GPtrArray       *pages;
  GPtrArray       *removed;
  GPtrArray       *removed_index_roles;
};

void    ladder_folder_page_free            (LadderFolderPage *page);
GBytes *ladder_family_folder_strip_heading (const char       *text,
                                            gsize             length);

G_END_DECLS
