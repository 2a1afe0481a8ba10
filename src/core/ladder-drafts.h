/* ladder-drafts.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * Drafts: the unsaved changes of open documents, written a few seconds
 * after each edit into the user's state folder, so that they outlive a
 * crash. A draft is a job family file and a small key file saying which
 * document it belongs to.
 */
typedef struct
{
  char   *id;
  char   *family_path;
  char   *info_path;
  GFile  *file;
  GFile  *export_file;
  char   *title;
  gint64  modified;
  /* The hashes of the file and of the export file as they were when the
   * changes began (see ladder-file-check.h): saving the draft checks that
   * they are still what is on disk. NULL where unknown. */
  char   *base_hash;
  char   *export_base_hash;
  /* What the document is: "ladder-file", "page" (the file is a handbook
   * page, saved by exporting) or "folder" (a family folder). NULL in
   * drafts from before documents had kinds: a Ladder file if there is a
   * file, else the page of the export file. */
  char   *kind;
  /* A folder's files (names in it) and their hashes when the changes
   * began. */
  GStrv   part_names;
  GStrv   part_hashes;
  /* A folder's file of each role of the draft's family, in its order
   * (see ladder_family_folder_dup_role_files()), or NULL. */
  GStrv role_files;
} LadderDraft;

char       *ladder_drafts_dir        (void);
char       *ladder_drafts_new_id     (void);
GPtrArray  *ladder_drafts_list       (void);
LadderDraft *ladder_draft_for_id     (const char *id);
void        ladder_draft_free        (LadderDraft *draft);
GBytes     *ladder_draft_info_bytes  (const LadderDraft *draft);
void        ladder_drafts_remove     (const char *id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderDraft, ladder_draft_free)

/*
 * Writes and removes a document's drafts in a worker thread, one operation
 * at a time and in the order asked: a removal asked after a write is done
 * after it, so a draft written while its document was being saved or
 * closed cannot come back afterwards. A write still waiting when a newer
 * write or a removal of the same draft is asked is dropped. While busy, it
 * holds the default GApplication, so that the program does not quit with
 * a removal undone.
 */
#define LADDER_TYPE_DRAFT_WRITER (ladder_draft_writer_get_type ())

G_DECLARE_FINAL_TYPE (LadderDraftWriter, ladder_draft_writer, LADDER, DRAFT_WRITER, GObject)

LadderDraftWriter *ladder_draft_writer_new      (void);
void               ladder_draft_writer_write    (LadderDraftWriter *self,
                                                 const char        *id,
                                                 GBytes            *family,
                                                 GBytes            *info);
void               ladder_draft_writer_remove   (LadderDraftWriter *self,
                                                 const char        *id);
gboolean           ladder_draft_writer_get_busy (LadderDraftWriter *self);

G_END_DECLS
