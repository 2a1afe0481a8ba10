/* ladder-workspace-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-family.h"
#include "ladder-git.h"
#include "ladder-template.h"
#include "ladder-workspace.h"

G_BEGIN_DECLS

/* What the index knows of one page, family folder or other Markdown file:
 * an immutable GVariant ("ay", see ladder-workspace-record.c) that the
 * worker thread makes, the workspace's entries hold, the cache stores as
 * it is and the search reads. */
#define LADDER_RECORD_TYPE "ay"

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

#define LADDER_RECORD_NOT_CHECKED G_MAXUINT32

/* A record's contents, pointing into it. */
typedef struct
{
  char   kind;
  gint64 mtime;
  gint64 size;
  guint  n_roles;
  /* The handbook checks' problems; n_errors is LADDER_RECORD_NOT_CHECKED
   * when the page was not checked. */
  guint n_errors;
  guint n_warnings;
  /* Relative to the workspace, '/'-separated. */
  const char *path;
  const char *department;
  const char *title;
  /* Why it could not be read; "" when it could. */
  const char *problem;
  /* A family folder's files. */
  guint n_files;
  /* The text a search looks into, field by field. */
  guint         n_items;
  const guint8 *files;
  const guint8 *items;
  const char   *strings;
  gsize         strings_length;
} LadderRecordView;

gboolean ladder_record_view (GVariant *record, LadderRecordView *view);
gboolean ladder_record_view_file (const LadderRecordView *view,
                                  guint                   position,
                                  const char            **path,
                                  gint64                 *mtime,
                                  gint64                 *size);
gboolean ladder_record_view_item (const LadderRecordView *view,
                                  guint                   position,
                                  int                    *role,
                                  guint                  *field,
                                  guint                  *item_position,
                                  const char            **text);

typedef struct _LadderRecordBuilder LadderRecordBuilder;

LadderRecordBuilder      *
ladder_record_builder_new (const char *path, char kind, gint64 mtime, gint64 size);
void ladder_record_builder_set_family (LadderRecordBuilder *builder,
                                       const char          *department,
                                       const char          *title,
                                       guint                n_roles);
void ladder_record_builder_set_problem (LadderRecordBuilder *builder, const char *problem);
void
ladder_record_builder_set_checks (LadderRecordBuilder *builder, guint n_errors, guint n_warnings);
void      ladder_record_builder_add_file (LadderRecordBuilder *builder,
                                          const char          *path,
                                          gint64               mtime,
                                          gint64               size);
void      ladder_record_builder_add_item (LadderRecordBuilder *builder,
                                          int                  role,
                                          guint                field,
                                          guint                position,
                                          const char          *text);
GVariant *ladder_record_builder_end (LadderRecordBuilder *builder);

const char *ladder_record_get_path (GVariant *record);
char        ladder_record_get_kind (GVariant *record);

/* A record with what an entry shows of it taken out, and the keys lists
 * sort by: made in the worker thread, so that the main thread only files
 * entries. */
typedef struct
{
  GVariant *record;
  /* These point into the record. */
  const char *path;
  const char *department;
  const char *title;
  const char *problem;
  guint       n_roles;
  guint       n_errors;
  guint       n_warnings;
  char        kind;
  /* These point after the struct, in the same allocation. */
  char *department_key;
  char *title_key;
} LadderRecordInfo;

LadderRecordInfo *ladder_record_info_new (GVariant *record);
LadderRecordInfo *ladder_record_info_new_viewed (GVariant *record, const LadderRecordView *view);
void              ladder_record_info_free (LadderRecordInfo *info);

/* ladder-workspace-walk.c: the Markdown files under the workspace, folder
 * by folder, and what could not be looked into. */
typedef struct
{
  /* Kept after the struct, in the same allocation. */
  char  *name;
  gint64 mtime;
  gint64 size;
} LadderWalkFile;

typedef struct
{
  /* Relative to the workspace; "" for the workspace itself. */
  char *path;
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
  /* The `.ladder.json` files (LadderWalkFile, named by their path). */
  GPtrArray *configs;
} LadderWalk;

LadderWalk      *
ladder_workspace_walk (const char *root_path, GCancellable *cancellable, GError **error);
void        ladder_walk_free (LadderWalk *walk);
char       *ladder_walk_path (const char *folder, const char *name);
const char *ladder_walk_path_in (GString *buffer, const char *folder, const char *name);

guint ladder_workspace_path_hash (gconstpointer path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderWalk, ladder_walk_free)

typedef struct _LadderIndexChecks LadderIndexChecks;

/* ladder-workspace-page.c */
GVariant *ladder_index_department_index_record (const char *path,
                                                const char *root_path,
                                                gint64      mtime,
                                                gint64      size,
                                                const char *data,
                                                gsize       length);
char     *ladder_index_department (const char *path, const char *root_path);
gboolean  ladder_index_looks_like_family (const char *data, gsize length);
GBytes   *ladder_index_read_page (int root_fd, const char *path, GError **error);
GVariant *ladder_index_other_record (const char *path, gint64 mtime, gint64 size);
GVariant *ladder_index_family_record (LadderRecordBuilder *record,
                                      const char          *path,
                                      const char          *root_path,
                                      LadderFamily        *family);
GVariant *ladder_index_problem_record (LadderRecordBuilder *record,
                                       const char          *path,
                                       const char          *root_path,
                                       const char          *problem);
GVariant *ladder_index_page_record (int                   root_fd,
                                    const char           *root_path,
                                    const char           *path,
                                    const LadderWalkFile *file,
                                    GBytes               *bytes,
                                    LadderIndexChecks    *checks);

/* ladder-workspace-readers.c */
typedef struct _LadderPageReaders LadderPageReaders;

LadderPageReaders           *
ladder_page_readers_new (const char *root_path, int root_fd, GCancellable *cancellable);
void      ladder_page_readers_free (LadderPageReaders *readers);
guint     ladder_page_readers_add (LadderPageReaders    *readers,
                                   const char           *path,
                                   const LadderWalkFile *file,
                                   gboolean              in_index_folder);
void      ladder_page_readers_start (LadderPageReaders *readers);
GVariant *ladder_page_readers_take (LadderPageReaders *readers,
                                    guint              job,
                                    LadderIndexChecks *checks,
                                    guint             *n_read);

/* ladder-workspace-checks.c */

LadderIndexChecks *ladder_index_checks_new (const char *root_path);
void               ladder_index_checks_free (LadderIndexChecks *checks);
void               ladder_index_checks_run (LadderIndexChecks   *checks,
                                            LadderRecordBuilder *record,
                                            const char          *path,
                                            gboolean             is_folder,
                                            LadderFamily        *family);
char              *ladder_index_checks_stamp (const char *root_path, LadderWalk *walk);

/* ladder-workspace-git.c */
/* Valid, has a repository, the working folder, git's folder, the common
 * folder, the branch, the stamp; then the files: their paths (each ended
 * by a NUL, all in one array of bytes), times, sizes and states, as one
 * array each (read in one go, where an array of tuples costs a lookup per
 * field, and an array of strings a look at every offset before the one
 * read). */
#define LADDER_GIT_SECTION_TYPE "(bbsssssayaxaxay)"

GVariant *ladder_index_git_section (const char *root_path,
                                    LadderGit  *git,
                                    GHashTable *states,
                                    LadderWalk *walk,
                                    gint64      started);
GVariant *ladder_index_git_section_unknown (void);
gboolean  ladder_index_git_cached (GVariant    *section,
                                   const char  *root_path,
                                   LadderWalk  *walk,
                                   GHashTable **states,
                                   char       **branch,
                                   char       **git_dir);

/* ladder-workspace-cache.c */
char *ladder_workspace_cache_path (const char *root_path);
GHashTable           *
ladder_workspace_cache_load (const char *cache_path, const char *root_path, char **stamp);
GVariant *ladder_workspace_cache_load_git (const char *cache_path, const char *root_path);
gboolean  ladder_workspace_cache_save (const char *cache_path,
                                       const char *root_path,
                                       const char *stamp,
                                       GPtrArray  *records,
                                       GVariant   *git,
                                       GError    **error);

/* ladder-workspace-watch.c */
typedef struct _LadderWorkspaceWatch LadderWorkspaceWatch;

typedef void (*LadderWatchChanged) (gpointer user_data);

LadderWorkspaceWatch      *
ladder_workspace_watch_new (GFile *root, LadderWatchChanged changed, gpointer user_data);
void ladder_workspace_watch_update (LadderWorkspaceWatch *watch,
                                    GListModel           *entries,
                                    const char           *git_dir);
void ladder_workspace_watch_free (LadderWorkspaceWatch *watch);

/* ladder-workspace-settings.c */
LadderTemplateWording ladder_workspace_settings_load_wording (const char *root_path);
gboolean              ladder_workspace_settings_save_wording (const char           *root_path,
                                                              LadderTemplateWording wording,
                                                              GError              **error);
void                  ladder_workspace_settings_save_wording_async (const char           *root_path,
                                                                    LadderTemplateWording wording);

/* ladder-workspace-index.c: one indexing run, in a worker thread. It
 * hands what it finds to @deliver in batches, in order. */
typedef struct
{
  guint generation;
  /* LadderRecordInfo of the records to add or update. */
  GPtrArray *records;
  /* Paths handed over earlier in the run that are no longer families of
   * their own (the level pages of a folder found to be a family folder). */
  GPtrArray *removed;
  /* Whether git was asked: then git_states holds the state by path of
   * every Markdown file seen, or is NULL outside a git checkout. */
  gboolean    git_known;
  GHashTable *git_states;
  gboolean    has_repository;
  char       *branch;
  /* git's own folder of the checkout, for watching HEAD and the index. */
  char                 *git_dir;
  gboolean              wording_known;
  LadderTemplateWording wording;
  guint                 n_other;
  /* The titles of the department folders' `_index.md` pages seen in this
   * batch, by department name. */
  GHashTable *department_titles;
  /* Files read so far in this run (pages found unchanged in the cache
   * are not read). */
  guint n_read;
  /* The last batch: what was not delivered in this run is gone. */
  gboolean done;
  GError  *error;
} LadderIndexBatch;

void ladder_index_batch_free (LadderIndexBatch *batch);

typedef void (*LadderIndexDeliver) (LadderIndexBatch *batch, gpointer user_data);

void ladder_workspace_index_run (const char        *root_path,
                                 const char        *cache_path,
                                 guint              generation,
                                 LadderIndexDeliver deliver,
                                 gpointer           user_data,
                                 GCancellable      *cancellable);

/* ladder-workspace-list.c: the lists' model, an array of items. */
#define LADDER_TYPE_WORKSPACE_LIST (ladder_workspace_list_get_type ())

G_DECLARE_FINAL_TYPE (LadderWorkspaceList, ladder_workspace_list, LADDER, WORKSPACE_LIST, GObject)

LadderWorkspaceList *ladder_workspace_list_new (GType item_type);
gpointer             ladder_workspace_list_peek (LadderWorkspaceList *self, guint position);
void     ladder_workspace_list_insert (LadderWorkspaceList *self, guint position, gpointer item);
void     ladder_workspace_list_insert_many (LadderWorkspaceList *self,
                                            guint                position,
                                            gpointer const      *items,
                                            guint                n_added);
void     ladder_workspace_list_remove (LadderWorkspaceList *self, guint position);
gboolean ladder_workspace_list_find (LadderWorkspaceList *self, gpointer item, guint *position);
guint    ladder_workspace_list_sorted_position (LadderWorkspaceList *self,
                                                gpointer             item,
                                                GCompareDataFunc     compare,
                                                gpointer             user_data);

/* ladder-workspace-lists.c */
typedef struct
{
  LadderWorkspaceList *entries;
  LadderWorkspaceList *departments;
  /* Each department by name (each entry knows the department it is filed
   * in: ladder_workspace_entry_get_filed_in()). */
  GHashTable *departments_by_name;
  /* The titles given by the departments' `_index.md`, by name; kept for
   * departments that have no entry yet. */
  GHashTable *department_titles;
} LadderWorkspaceLists;

void ladder_workspace_lists_init (LadderWorkspaceLists *self);
void ladder_workspace_lists_clear (LadderWorkspaceLists *self);
void ladder_workspace_lists_insert (LadderWorkspaceLists *self, LadderWorkspaceEntry *entry);
void ladder_workspace_lists_insert_first (LadderWorkspaceLists *self, GPtrArray *entries);
void ladder_workspace_lists_remove (LadderWorkspaceLists *self, LadderWorkspaceEntry *entry);
void ladder_workspace_lists_set_department_title (LadderWorkspaceLists *self,
                                                  const char           *name,
                                                  const char           *title);

/* ladder-workspace-entry.c */
LadderWorkspaceEntry *ladder_workspace_entry_new (GFile *root, LadderRecordInfo *info);
gboolean  ladder_workspace_entry_set_info (LadderWorkspaceEntry *self, LadderRecordInfo *info);
GVariant *ladder_workspace_entry_get_record (LadderWorkspaceEntry *self);
void      ladder_workspace_entry_set_git_state (LadderWorkspaceEntry *self, LadderGitState state);
LadderGitState ladder_workspace_entry_state_from (LadderWorkspaceEntry *self, GHashTable *states);
int            ladder_workspace_entry_compare (LadderWorkspaceEntry *a, LadderWorkspaceEntry *b);
guint          ladder_workspace_entry_get_generation (LadderWorkspaceEntry *self);
void           ladder_workspace_entry_set_generation (LadderWorkspaceEntry *self, guint generation);
LadderWorkspaceDepartment *ladder_workspace_entry_get_filed_in (LadderWorkspaceEntry *self);
void                       ladder_workspace_entry_set_filed_in (LadderWorkspaceEntry      *self,
                                                                LadderWorkspaceDepartment *department);
char                      *ladder_workspace_sort_key (const char *text);

/* ladder-workspace-department.c */
LadderWorkspaceDepartment *ladder_workspace_department_new (const char *name);
void  ladder_workspace_department_set_title (LadderWorkspaceDepartment *self, const char *title);
char *ladder_workspace_humanize_name (const char *name);
LadderWorkspaceList *ladder_workspace_department_get_store (LadderWorkspaceDepartment *self);
const char          *ladder_workspace_department_get_key (LadderWorkspaceDepartment *self);

G_END_DECLS
