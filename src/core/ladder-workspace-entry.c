/* ladder-workspace-entry.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The items of a workspace's list of families, one per job family
 * (the departments' are in ladder-workspace-department.c). An entry shows
 * the index record it was last given; the workspace gives it a new one when
 * the page changes. */

#include "ladder-workspace-private.h"

#include <string.h>

struct _LadderWorkspaceEntry
{
  GObject parent_instance;

  GFile            *root;
  GFile            *file;
  LadderRecordInfo *info;
  LadderGitState    git_state;
  guint             generation;
  /* The department whose list it is in (ladder-workspace-lists.c), not
   * referenced: the lists take it out before the department goes. */
  LadderWorkspaceDepartment *filed_in;
};

G_DEFINE_FINAL_TYPE (LadderWorkspaceEntry, ladder_workspace_entry, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_PATH,
  PROP_FILE,
  PROP_DEPARTMENT,
  PROP_TITLE,
  PROP_N_ROLES,
  PROP_GIT_STATE,
  PROP_PROBLEM,
  PROP_IS_FOLDER,
  PROP_CHECKED,
  PROP_N_ERRORS,
  PROP_N_WARNINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Lists sort by the case-folded text, compared byte by byte: a locale's
 * collation costs more than the rest of reopening a workspace. Most titles
 * are ASCII, where case folding is lowering; @length gets the key's length. */
static char *
sort_key (const char *text, gsize *length)
{
  gsize n = 0;

  for (; text[n] != '\0'; n++)
    if ((guchar) text[n] >= 0x80)
      {
        char *folded = g_utf8_casefold (text, -1);

        *length = strlen (folded);
        return folded;
      }

  *length = n;
  return NULL;
}

/* @text lowered into @to; @length bytes and a NUL. */
static void
ascii_lower_into (char *to, const char *text, gsize length)
{
  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      to[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
  to[length] = '\0';
}

/**
 * ladder_workspace_sort_key:
 * @text: a title or a department's name
 *
 * Returns: (transfer full): the key lists sort @text by (compared with
 *   strcmp())
 */
char *
ladder_workspace_sort_key (const char *text)
{
  gsize length;
  char *key = sort_key (text, &length);

  if (key == NULL)
    {
      key = g_malloc (length + 1);
      ascii_lower_into (key, text, length);
    }

  return key;
}

/* Takes @record; NULL when it is damaged. */
LadderRecordInfo *
ladder_record_info_new (GVariant *record)
{
  LadderRecordView view;

  if (!ladder_record_view (record, &view))
    {
      g_variant_unref (record);
      return NULL;
    }

  return ladder_record_info_new_viewed (record, &view);
}

/* Takes @record, whose @view the caller has looked at. The info and its
 * two sort keys are one allocation: a reopened workspace makes hundreds. */
LadderRecordInfo *
ladder_record_info_new_viewed (GVariant *record, const LadderRecordView *view)
{
  gsize             department_length, title_length;
  g_autofree char  *department_folded = sort_key (view->department, &department_length);
  g_autofree char  *title_folded = sort_key (view->title, &title_length);
  LadderRecordInfo *info
      = g_malloc (sizeof (LadderRecordInfo) + department_length + 1 + title_length + 1);
  char *keys = (char *) (info + 1);

  info->record = record;
  info->path = view->path;
  info->kind = view->kind;
  info->department = view->department;
  info->title = view->title;
  info->problem = *view->problem != '\0' ? view->problem : NULL;
  info->n_roles = view->n_roles;
  info->n_errors = view->n_errors;
  info->n_warnings = view->n_warnings;
  info->department_key = keys;
  info->title_key = keys + department_length + 1;
  if (department_folded != NULL)
    memcpy (info->department_key, department_folded, department_length + 1);
  else
    ascii_lower_into (info->department_key, view->department, department_length);
  if (title_folded != NULL)
    memcpy (info->title_key, title_folded, title_length + 1);
  else
    ascii_lower_into (info->title_key, view->title, title_length);

  return info;
}

void
ladder_record_info_free (LadderRecordInfo *info)
{
  if (info == NULL)
    return;

  g_variant_unref (info->record);
  g_free (info);
}

static void
ladder_workspace_entry_finalize (GObject *object)
{
  LadderWorkspaceEntry *self = LADDER_WORKSPACE_ENTRY (object);

  g_clear_object (&self->root);
  g_clear_object (&self->file);
  g_clear_pointer (&self->info, ladder_record_info_free);

  G_OBJECT_CLASS (ladder_workspace_entry_parent_class)->finalize (object);
}

static void
ladder_workspace_entry_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  LadderWorkspaceEntry *self = LADDER_WORKSPACE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->info->path);
      break;
    case PROP_FILE:
      g_value_set_object (value, ladder_workspace_entry_get_file (self));
      break;
    case PROP_DEPARTMENT:
      g_value_set_string (value, self->info->department);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->info->title);
      break;
    case PROP_N_ROLES:
      g_value_set_uint (value, self->info->n_roles);
      break;
    case PROP_GIT_STATE:
      g_value_set_enum (value, self->git_state);
      break;
    case PROP_PROBLEM:
      g_value_set_string (value, self->info->problem);
      break;
    case PROP_IS_FOLDER:
      g_value_set_boolean (value, self->info->kind == LADDER_RECORD_FOLDER);
      break;
    case PROP_CHECKED:
      g_value_set_boolean (value, ladder_workspace_entry_get_checked (self));
      break;
    case PROP_N_ERRORS:
      g_value_set_uint (value, ladder_workspace_entry_get_n_errors (self));
      break;
    case PROP_N_WARNINGS:
      g_value_set_uint (value, ladder_workspace_entry_get_n_warnings (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_workspace_entry_class_init (LadderWorkspaceEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ladder_workspace_entry_finalize;
  object_class->get_property = ladder_workspace_entry_get_property;

  properties[PROP_PATH]
      = g_param_spec_string ("path", NULL, NULL, NULL,
                             G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE]
      = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                             G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEPARTMENT]
      = g_param_spec_string ("department", NULL, NULL, NULL,
                             G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE]
      = g_param_spec_string ("title", NULL, NULL, NULL,
                             G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ROLES]
      = g_param_spec_uint ("n-roles", NULL, NULL, 0, G_MAXUINT, 0,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GIT_STATE]
      = g_param_spec_enum ("git-state", NULL, NULL, LADDER_TYPE_GIT_STATE, LADDER_GIT_STATE_UNKNOWN,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROBLEM]
      = g_param_spec_string ("problem", NULL, NULL, NULL,
                             G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IS_FOLDER]
      = g_param_spec_boolean ("is-folder", NULL, NULL, FALSE,
                              G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CHECKED]
      = g_param_spec_boolean ("checked", NULL, NULL, FALSE,
                              G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ERRORS]
      = g_param_spec_uint ("n-errors", NULL, NULL, 0, G_MAXUINT, 0,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_WARNINGS]
      = g_param_spec_uint ("n-warnings", NULL, NULL, 0, G_MAXUINT, 0,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ladder_workspace_entry_init (LadderWorkspaceEntry *self)
{
}

LadderWorkspaceEntry *
ladder_workspace_entry_new (GFile *root, LadderRecordInfo *info)
{
  LadderWorkspaceEntry *self = g_object_new (LADDER_TYPE_WORKSPACE_ENTRY, NULL);

  self->root = g_object_ref (root);
  ladder_workspace_entry_set_info (self, info);
  return self;
}

/* Takes @info. Returns whether the entry's place in a sorted list may have
 * changed. */
gboolean
ladder_workspace_entry_set_info (LadderWorkspaceEntry *self, LadderRecordInfo *info)
{
  LadderRecordInfo *old = self->info;
  GObject          *object = G_OBJECT (self);
  gboolean          moved = old == NULL || strcmp (old->department, info->department) != 0
                   || strcmp (old->title, info->title) != 0;

  self->info = info;

  /* A new entry has nobody to tell yet (a workspace makes hundreds at
   * once). */
  if (old == NULL)
    return TRUE;

  g_object_freeze_notify (object);
  if (old == NULL || strcmp (old->department, info->department) != 0)
    g_object_notify_by_pspec (object, properties[PROP_DEPARTMENT]);
  if (old == NULL || strcmp (old->title, info->title) != 0)
    g_object_notify_by_pspec (object, properties[PROP_TITLE]);
  if (old == NULL || old->n_roles != info->n_roles)
    g_object_notify_by_pspec (object, properties[PROP_N_ROLES]);
  if (old == NULL || g_strcmp0 (old->problem, info->problem) != 0)
    g_object_notify_by_pspec (object, properties[PROP_PROBLEM]);
  if (old == NULL || (old->kind == LADDER_RECORD_FOLDER) != (info->kind == LADDER_RECORD_FOLDER))
    g_object_notify_by_pspec (object, properties[PROP_IS_FOLDER]);
  if (old == NULL
      || (old->n_errors == LADDER_RECORD_NOT_CHECKED)
             != (info->n_errors == LADDER_RECORD_NOT_CHECKED))
    g_object_notify_by_pspec (object, properties[PROP_CHECKED]);
  if (old == NULL || old->n_errors != info->n_errors)
    g_object_notify_by_pspec (object, properties[PROP_N_ERRORS]);
  if (old == NULL || old->n_warnings != info->n_warnings)
    g_object_notify_by_pspec (object, properties[PROP_N_WARNINGS]);

  ladder_record_info_free (old);
  g_object_thaw_notify (object);
  return moved;
}

GVariant *
ladder_workspace_entry_get_record (LadderWorkspaceEntry *self)
{
  return self->info->record;
}

void
ladder_workspace_entry_set_git_state (LadderWorkspaceEntry *self, LadderGitState state)
{
  if (self->git_state == state)
    return;

  self->git_state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GIT_STATE]);
}

static LadderGitState
lookup_state (GHashTable *states, const char *path)
{
  gpointer state;

  if (!g_hash_table_lookup_extended (states, path, NULL, &state))
    return LADDER_GIT_STATE_UNKNOWN;

  return GPOINTER_TO_INT (state);
}

/* The state of a page; a folder family's is new when all its files are,
 * unchanged when all are, and modified otherwise. */
LadderGitState
ladder_workspace_entry_state_from (LadderWorkspaceEntry *self, GHashTable *states)
{
  LadderGitState   combined = LADDER_GIT_STATE_UNKNOWN;
  LadderRecordView view;

  if (self->info->kind != LADDER_RECORD_FOLDER)
    return lookup_state (states, self->info->path);

  if (!ladder_record_view (self->info->record, &view))
    return LADDER_GIT_STATE_UNKNOWN;

  for (guint i = 0; i < view.n_files; i++)
    {
      const char    *path;
      gint64         mtime, size;
      LadderGitState state;

      if (!ladder_record_view_file (&view, i, &path, &mtime, &size))
        continue;

      state = lookup_state (states, path);
      if (i == 0)
        combined = state;
      else if (state != combined)
        combined = LADDER_GIT_STATE_MODIFIED;
    }

  /* A level page deleted: it is in @states, not in the folder. */
  if (combined == LADDER_GIT_STATE_UNCHANGED)
    {
      g_autofree char *prefix = g_strconcat (self->info->path, "/", NULL);
      GHashTableIter   iter;
      gpointer         path, state;

      g_hash_table_iter_init (&iter, states);
      while (g_hash_table_iter_next (&iter, &path, &state))
        if (GPOINTER_TO_INT (state) == LADDER_GIT_STATE_DELETED && g_str_has_prefix (path, prefix)
            && strchr ((const char *) path + strlen (prefix), '/') == NULL)
          {
            combined = LADDER_GIT_STATE_MODIFIED;
            break;
          }
    }

  if (combined == LADDER_GIT_STATE_DELETED)
    combined = LADDER_GIT_STATE_MODIFIED;

  return combined;
}

int
ladder_workspace_entry_compare (LadderWorkspaceEntry *a, LadderWorkspaceEntry *b)
{
  int result = strcmp (a->info->department_key, b->info->department_key);

  if (result == 0)
    result = strcmp (a->info->title_key, b->info->title_key);
  if (result == 0)
    result = strcmp (a->info->path, b->info->path);

  return result;
}

guint
ladder_workspace_entry_get_generation (LadderWorkspaceEntry *self)
{
  return self->generation;
}

void
ladder_workspace_entry_set_generation (LadderWorkspaceEntry *self, guint generation)
{
  self->generation = generation;
}

LadderWorkspaceDepartment *
ladder_workspace_entry_get_filed_in (LadderWorkspaceEntry *self)
{
  return self->filed_in;
}

void
ladder_workspace_entry_set_filed_in (LadderWorkspaceEntry      *self,
                                     LadderWorkspaceDepartment *department)
{
  self->filed_in = department;
}

/**
 * ladder_workspace_entry_get_path:
 * @self: an entry
 *
 * Returns: the page's path (a family folder's, for a folder family)
 *   relative to the workspace, '/'-separated
 */
const char *
ladder_workspace_entry_get_path (LadderWorkspaceEntry *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_ENTRY (self), NULL);

  return self->info->path;
}

/**
 * ladder_workspace_entry_get_file:
 * @self: an entry
 *
 * Returns: (transfer none): the page, or the folder of a folder family
 */
GFile *
ladder_workspace_entry_get_file (LadderWorkspaceEntry *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_ENTRY (self), NULL);

  /* Made when first asked for: the path never changes, and most entries
   * of a large workspace are never opened. */
  if (self->file == NULL)
    self->file = g_file_resolve_relative_path (self->root, self->info->path);

  return self->file;
}

const char *
ladder_workspace_entry_get_department (LadderWorkspaceEntry *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_ENTRY (self), NULL);

  return self->info->department;
}

const char *
ladder_workspace_entry_get_title (LadderWorkspaceEntry *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_ENTRY (self), NULL);

  return self->info->title;
}

guint
ladder_workspace_entry_get_n_roles (LadderWorkspaceEntry *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_ENTRY (self), 0);

  return self->info->n_roles;
}

LadderGitState
ladder_workspace_entry_get_git_state (LadderWorkspaceEntry *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_ENTRY (self), LADDER_GIT_STATE_UNKNOWN);

  return self->git_state;
}

/**
 * ladder_workspace_entry_get_problem:
 * @self: an entry
 *
 * Returns: (nullable): why the page could not be read, or %NULL when it
 *   could
 */
const char *
ladder_workspace_entry_get_problem (LadderWorkspaceEntry *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_ENTRY (self), NULL);

  return self->info->problem;
}

gboolean
ladder_workspace_entry_get_is_folder (LadderWorkspaceEntry *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_ENTRY (self), FALSE);

  return self->info->kind == LADDER_RECORD_FOLDER;
}

/* Whether the handbook checks ran over the family: not for a page that
 * could not be read, nor where the checks' word lists are missing. */
gboolean
ladder_workspace_entry_get_checked (LadderWorkspaceEntry *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_ENTRY (self), FALSE);

  return self->info->n_errors != LADDER_RECORD_NOT_CHECKED;
}

/* How many errors the handbook checks found in the family (docs/lint.md),
 * with the settings of the checkout's `.ladder.json`; 0 when unchecked. */
guint
ladder_workspace_entry_get_n_errors (LadderWorkspaceEntry *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_ENTRY (self), 0);

  return self->info->n_errors != LADDER_RECORD_NOT_CHECKED ? self->info->n_errors : 0;
}

guint
ladder_workspace_entry_get_n_warnings (LadderWorkspaceEntry *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_ENTRY (self), 0);

  return self->info->n_errors != LADDER_RECORD_NOT_CHECKED ? self->info->n_warnings : 0;
}

/**
 * ladder_workspace_entry_dup_files:
 * @self: an entry
 *
 * Returns: (transfer full) (element-type GFile): the files the family is
 *   kept in: its page, or the pages of a family folder
 */
GPtrArray *
ladder_workspace_entry_dup_files (LadderWorkspaceEntry *self)
{
  GPtrArray       *files;
  LadderRecordView view;

  g_return_val_if_fail (LADDER_IS_WORKSPACE_ENTRY (self), NULL);

  files = g_ptr_array_new_with_free_func (g_object_unref);
  if (self->info->kind != LADDER_RECORD_FOLDER || !ladder_record_view (self->info->record, &view))
    {
      g_ptr_array_add (files, g_object_ref (ladder_workspace_entry_get_file (self)));
      return files;
    }

  for (guint i = 0; i < view.n_files; i++)
    {
      const char *path;
      gint64      mtime, size;

      if (ladder_record_view_file (&view, i, &path, &mtime, &size))
        g_ptr_array_add (files, g_file_resolve_relative_path (self->root, path));
    }

  return files;
}
