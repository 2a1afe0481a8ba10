/* ladder-workspace-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-git.h"
#include "ladder-template.h"
#include "ladder-workspace.h"

G_BEGIN_DECLS

/*
 * What the index knows of one page (or family folder, or other Markdown
 * file), as an immutable GVariant: the worker thread makes them, the
 * workspace's entries hold them, the cache stores them as they are and the
 * search reads them.
 *
 *   path        s        relative to the workspace, '/'-separated
 *   kind        y        LadderRecordKind
 *   mtime       x        nanoseconds, of the page (or the folder's _index.md)
 *   size        x
 *   department  s
 *   title       s
 *   n_roles     u
 *   problem     s        why it could not be read; "" when it could
 *   files       a(sxx)   a folder family's files (path, mtime, size)
 *   items       (a(iuuu)ay)  the text to search: for each field (role or -1,
 *                        LadderWorkspaceField, position in the field, offset of
 *                        its text), then all the texts, each ending in a NUL.
 *                        Two flat arrays: made, stored and read as they are,
 *                        where a GVariant per bullet cost more than parsing the
 *                        page.
 */
#define LADDER_RECORD_TYPE "(syxxssusa(sxx)(a(iuuu)ay))"

typedef struct
{
  gint32  role;
  guint32 field;
  guint32 position;
  guint32 offset;
} LadderRecordItem;

/* The items of a record; the texts are checked to end inside the record. */
const LadderRecordItem *ladder_record_get_items (GVariant    *record,
                                                 gsize       *n_items,
                                                 const char **texts,
                                                 gsize       *texts_length);
const char             *ladder_record_item_text (const LadderRecordItem *item,
                                                 const char             *texts,
                                                 gsize                   texts_length);

typedef enum
{
  LADDER_RECORD_PAGE = 'p',
  LADDER_RECORD_FOLDER = 'f',
  /* Markdown that is not a job family: counted, not listed. */
  LADDER_RECORD_OTHER = 'o',
  /* Could not be read at all (permissions, symbolic link loops): listed,
   * never cached. */
  LADDER_RECORD_UNREADABLE = 'x',
} LadderRecordKind;

enum
{
  LADDER_RECORD_PATH,
  LADDER_RECORD_KIND,
  LADDER_RECORD_MTIME,
  LADDER_RECORD_SIZE,
  LADDER_RECORD_DEPARTMENT,
  LADDER_RECORD_TITLE,
  LADDER_RECORD_N_ROLES,
  LADDER_RECORD_PROBLEM,
  LADDER_RECORD_FILES,
  LADDER_RECORD_ITEMS,
};

const char *ladder_record_get_path (GVariant *record);
char        ladder_record_get_kind (GVariant *record);

/* ladder-workspace-walk.c: the Markdown files under the workspace, folder
 * by folder, and what could not be looked into. */
typedef struct
{
  char   *name;
  gint64  mtime;
  gint64  size;
} LadderWalkFile;

typedef struct
{
  /* Relative to the workspace; "" for the workspace itself. */
  char      *path;
  /* LadderWalkFile, by name. */
  GPtrArray *files;
} LadderWalkFolder;

typedef struct
{
  char *path;
  char *problem;
} LadderWalkProblem;

typedef struct
{
  GPtrArray *folders;
  GPtrArray *problems;
} LadderWalk;

LadderWalk *ladder_workspace_walk (const char    *root_path,
                                   GCancellable  *cancellable,
                                   GError       **error);
void        ladder_walk_free      (LadderWalk    *walk);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderWalk, ladder_walk_free)

/* ladder-workspace-cache.c */
char       *ladder_workspace_cache_path (const char *root_path);
GHashTable *ladder_workspace_cache_load (const char *cache_path,
                                         const char *root_path);
gboolean    ladder_workspace_cache_save (const char *cache_path,
                                         const char *root_path,
                                         GPtrArray  *records,
                                         GError    **error);

/* ladder-workspace-settings.c */
LadderTemplateWording ladder_workspace_settings_load_wording (const char            *root_path);
gboolean              ladder_workspace_settings_save_wording (const char            *root_path,
                                                              LadderTemplateWording  wording,
                                                              GError               **error);

/* ladder-workspace-index.c: one indexing run, in a worker thread. It
 * hands what it finds to @deliver in batches, in order. */
typedef struct
{
  guint        generation;
  /* GVariant records to add or update. */
  GPtrArray   *records;
  /* Paths handed over earlier in the run that are no longer families of
   * their own (the level pages of a folder found to be a family folder). */
  GPtrArray   *removed;
  /* Whether git was asked: then git_states holds the state by path of
   * every Markdown file seen, or is NULL outside a git checkout. */
  gboolean     git_known;
  GHashTable  *git_states;
  gboolean     has_repository;
  char        *branch;
  gboolean     wording_known;
  LadderTemplateWording wording;
  guint        n_other;
  /* Files read so far in this run (pages found unchanged in the cache
   * are not read). */
  guint        n_read;
  /* The last batch: what was not delivered in this run is gone. */
  gboolean     done;
  GError      *error;
} LadderIndexBatch;

void ladder_index_batch_free (LadderIndexBatch *batch);

typedef void (*LadderIndexDeliver) (LadderIndexBatch *batch,
                                    gpointer          user_data);

void ladder_workspace_index_run (const char          *root_path,
                                 const char          *cache_path,
                                 guint                generation,
                                 LadderIndexDeliver   deliver,
                                 gpointer             user_data,
                                 GCancellable        *cancellable);

/* ladder-workspace-entry.c */
LadderWorkspaceEntry      *ladder_workspace_entry_new          (GFile                *root,
                                                                GVariant             *record);
gboolean                   ladder_workspace_entry_set_record   (LadderWorkspaceEntry *self,
                                                                GVariant             *record);
GVariant                  *ladder_workspace_entry_get_record   (LadderWorkspaceEntry *self);
void                       ladder_workspace_entry_set_git_state (LadderWorkspaceEntry *self,
                                                                 LadderGitState        state);
LadderGitState             ladder_workspace_entry_state_from   (LadderWorkspaceEntry *self,
                                                                GHashTable           *states);
int                        ladder_workspace_entry_compare      (LadderWorkspaceEntry *a,
                                                                LadderWorkspaceEntry *b);
guint                      ladder_workspace_entry_get_generation (LadderWorkspaceEntry *self);
void                       ladder_workspace_entry_set_generation (LadderWorkspaceEntry *self,
                                                                  guint                 generation);

LadderWorkspaceDepartment *ladder_workspace_department_new     (const char           *name);
GListStore                *ladder_workspace_department_get_store (LadderWorkspaceDepartment *self);

G_END_DECLS
