/* ladder-document-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-document.h"

G_BEGIN_DECLS

/* LadderDocument's parts, sharing its instance: ladder-document.c (the
 * type, its state, drafts), ladder-document-load.c (reading files and
 * drafts), ladder-document-watch.c (watching its files for other
 * programs' changes), ladder-document-save.c (saving and exporting) and
 * ladder-document-base.c (the version a review compares with). */

/* A file the document reads from or writes to, watched for other programs'
 * changes. */
typedef struct
{
  GFile        *file;
  GFileMonitor *monitor;
  /* The hash of its contents as last read or written; NULL: unknown, no
   * check. "" stands for a version that is not known but is not what is
   * on disk now either (a draft from before drafts kept their base). */
  char *hash;
  /* Its contents as last read or written, where known: what a review
   * compares with when there is no commit to compare with. Packed
   * (ladder_bytes_pack) when large, once a thread has packed them. */
  GBytes  *contents;
  gboolean contents_packed;
  /* The monitor watches a folder (a family folder's). */
  gboolean folder;
} Watched;

typedef enum
{
  /* The document's own file (or files), in its kind's format; a page
   * document given another file becomes that page. */
  WRITE_SAVE,
  /* A page that is not the document's own file. */
  WRITE_EXPORT,
  /* A Ladder file, which the document becomes. */
  WRITE_LADDER_FILE,
} WriteKind;

typedef struct
{
  WriteKind kind;
  /* Whether the contents are a Ladder file (checked for a newer format
   * before it is written over). */
  gboolean json;
  GFile   *file;
  GBytes  *contents;
  /* A folder's save: its files to write or delete, in order, with the
   * hashes they must still have (NULL: no check) and, once written, have
   * ("" once deleted). */
  LadderFolderPlan *plan;
  GPtrArray        *expected_hashes;
  GPtrArray        *written_hashes;
  /* The history's state the contents are of. */
  guint64 state;
  /* The file should already hold the contents (nothing changed since it
   * was last read or written): if it does, there is nothing to write. */
  gboolean        unchanged;
  LadderSaveFlags flags;
  char           *expected_hash;
  /* What the file holds once written, as far as known. */
  char *written_hash;
  /* Once written, remember that this Ladder file's page is that page,
   * holding contents of that hash (NULL: those written). */
  GFile *remember_file;
  GFile *remember_page;
  char  *remember_hash;
  /* The file found moved or deleted, when that stopped the write. */
  GFile *missing;
  /* The caller's */
  GTask *task;
} WriteJob;

struct _LadderDocument
{
  GObject            parent_instance;
  LadderDocumentKind kind;
  LadderFamily      *family;
  LadderHistory     *history;
  gulong             state_handler;
  /* The history's state when the file was last read or written; 0 (never
   * a state) for a restored draft, whose file has none of its changes. */
  guint64  saved_state;
  gboolean modified;
  /* A Ladder file's page: the history's state last exported to it (0 when
   * unknown), and whether the page lacks changes made since. */
  guint64  page_state;
  gboolean page_out_of_date;
  gboolean busy;
  /* The document's file: a Ladder file, a page, or a family folder (whose
   * monitor watches the folder, and which has no hash of its own). */
  Watched own;
  /* A Ladder file's export target: the page it was last exported to. */
  Watched page;
  /* A family folder as on disk, and its files (Watched *, `_index.md`
   * first); NULL for other kinds. */
  LadderFamilyFolder *folder;
  GPtrArray          *parts;
  char               *draft_id;
  guint               autosave_source;
  LadderDraftWriter  *drafts;
  gulong              drafts_handler;
  /* WriteJob: the first one runs while writing is set. */
  GQueue   writes;
  gboolean writing;
  guint64  n_writes_done;
  /* A file event came while writing: look at the files once done. */
  gboolean look_after_writes;
  /* A file of the document (its page, a page of its family folder) found
   * moved or deleted by another program, by the last look at its files or
   * a save; NULL when none is. */
  GFile *missing;
  /* What the last load had to say about the file (LadderDiagnostic). */
  GPtrArray *diagnostics;
};

/* ladder-document.c */
void _ladder_document_update_modified (LadderDocument *self);
void _ladder_document_update_busy (LadderDocument *self);
void _ladder_document_set_kind (LadderDocument *self, LadderDocumentKind kind);
void _ladder_document_set_family (LadderDocument *self, LadderFamily *family);
void _ladder_document_set_file (LadderDocument *self, GFile *file);
void _ladder_document_set_export_file (LadderDocument *self, GFile *file);
void _ladder_document_set_hash (char **hash, const char *value);
void _ladder_document_set_contents (LadderDocument *self, Watched *watched, GBytes *contents);
void _ladder_document_share_contents (Watched *to, const Watched *from);
void
_ladder_document_set_folder (LadderDocument *self, LadderFamilyFolder *folder, GPtrArray *parts);
Watched *_ladder_document_find_part (LadderDocument *self, GFile *file);
void     _ladder_document_watched_free (Watched *watched);
gboolean _ladder_document_is_page_name (const char *name);
void     _ladder_document_emit_changed (LadderDocument *self, gboolean page);
void     _ladder_document_set_missing (LadderDocument *self, GFile *missing);

/* ladder-document-watch.c */
void _ladder_document_watch (LadderDocument *self, Watched *watched, gboolean folder);
void _ladder_document_unwatch (LadderDocument *self, Watched *watched);
void _ladder_document_look_at (LadderDocument *self, Watched *watched);
void _ladder_document_look_at_all (LadderDocument *self);

G_END_DECLS
