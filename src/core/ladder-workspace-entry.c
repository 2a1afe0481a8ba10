/* ladder-workspace-entry.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The items of a workspace's lists: one per job family, and one per
 * department. An entry shows the index record it was last given; the
 * workspace gives it a new one when the page changes. */

#include "ladder-workspace-private.h"

#include <string.h>

struct _LadderWorkspaceEntry
{
  GObject         parent_instance;

  GFile          *root;
  GFile          *file;
  GVariant       *record;
  /* These point into the record. */
  const char     *path;
  const char     *department;
  const char     *title;
  const char     *problem;
  guint           n_roles;
  char            kind;
  LadderGitState  git_state;
  guint           generation;
  /* What the lists sort by. */
  char           *department_key;
  char           *title_key;
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
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
ladder_record_get_path (GVariant *record)
{
  g_autoptr (GVariant) child = g_variant_get_child_value (record, LADDER_RECORD_PATH);

  /* The string lives in the record's data, which outlives the child. */
  return g_variant_get_string (child, NULL);
}

char
ladder_record_get_kind (GVariant *record)
{
  g_autoptr (GVariant) child = g_variant_get_child_value (record, LADDER_RECORD_KIND);

  return (char) g_variant_get_byte (child);
}

const LadderRecordItem *
ladder_record_get_items (GVariant    *record,
                         gsize       *n_items,
                         const char **texts,
                         gsize       *texts_length)
{
  g_autoptr (GVariant) items = g_variant_get_child_value (record, LADDER_RECORD_ITEMS);
  g_autoptr (GVariant) fields = g_variant_get_child_value (items, 0);
  g_autoptr (GVariant) text = g_variant_get_child_value (items, 1);

  /* The arrays live in the record's data, which outlives the children. */
  *texts = g_variant_get_fixed_array (text, texts_length, 1);
  return g_variant_get_fixed_array (fields, n_items, sizeof (LadderRecordItem));
}

/* The text of @item, or NULL when a damaged cache puts it out of bounds. */
const char *
ladder_record_item_text (const LadderRecordItem *item,
                         const char             *texts,
                         gsize                   texts_length)
{
  if (texts == NULL || item->offset >= texts_length
      || memchr (texts + item->offset, '\0', texts_length - item->offset) == NULL)
    return NULL;

  return texts + item->offset;
}

static const char *
record_string (GVariant *record,
               int       field)
{
  g_autoptr (GVariant) child = g_variant_get_child_value (record, field);

  return g_variant_get_string (child, NULL);
}

static void
ladder_workspace_entry_finalize (GObject *object)
{
  LadderWorkspaceEntry *self = LADDER_WORKSPACE_ENTRY (object);

  g_clear_object (&self->root);
  g_clear_object (&self->file);
  g_clear_pointer (&self->record, g_variant_unref);
  g_free (self->department_key);
  g_free (self->title_key);

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
      g_value_set_string (value, self->path);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_DEPARTMENT:
      g_value_set_string (value, self->department);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_N_ROLES:
      g_value_set_uint (value, self->n_roles);
      break;
    case PROP_GIT_STATE:
      g_value_set_enum (value, self->git_state);
      break;
    case PROP_PROBLEM:
      g_value_set_string (value, ladder_workspace_entry_get_problem (self));
      break;
    case PROP_IS_FOLDER:
      g_value_set_boolean (value, self->kind == LADDER_RECORD_FOLDER);
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

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEPARTMENT] =
    g_param_spec_string ("department", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ROLES] =
    g_param_spec_uint ("n-roles", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GIT_STATE] =
    g_param_spec_enum ("git-state", NULL, NULL, LADDER_TYPE_GIT_STATE, LADDER_GIT_STATE_UNKNOWN,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROBLEM] =
    g_param_spec_string ("problem", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IS_FOLDER] =
    g_param_spec_boolean ("is-folder", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ladder_workspace_entry_init (LadderWorkspaceEntry *self)
{
}

static char *
sort_key (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  return g_utf8_collate_key (folded, -1);
}

LadderWorkspaceEntry *
ladder_workspace_entry_new (GFile    *root,
                            GVariant *record)
{
  LadderWorkspaceEntry *self = g_object_new (LADDER_TYPE_WORKSPACE_ENTRY, NULL);

  self->root = g_object_ref (root);
  ladder_workspace_entry_set_record (self, record);
  return self;
}

/* Returns whether the entry's place in a sorted list may have changed. */
gboolean
ladder_workspace_entry_set_record (LadderWorkspaceEntry *self,
                                   GVariant             *record)
{
  g_autoptr (GVariant) old = self->record;
  g_autoptr (GVariant) n_roles = NULL;
  const char *department = record_string (record, LADDER_RECORD_DEPARTMENT);
  const char *title = record_string (record, LADDER_RECORD_TITLE);
  const char *problem = record_string (record, LADDER_RECORD_PROBLEM);
  gboolean moved = old == NULL || g_strcmp0 (self->department, department) != 0
                   || g_strcmp0 (self->title, title) != 0;
  gboolean problem_changed = old == NULL || g_strcmp0 (self->problem, problem) != 0;
  gboolean was_folder = self->kind == LADDER_RECORD_FOLDER;
  guint old_n_roles = self->n_roles;

  g_object_freeze_notify (G_OBJECT (self));

  self->record = g_variant_ref_sink (record);
  self->path = ladder_record_get_path (record);
  self->kind = ladder_record_get_kind (record);
  self->department = department;
  self->title = title;
  self->problem = problem;
  n_roles = g_variant_get_child_value (record, LADDER_RECORD_N_ROLES);
  self->n_roles = g_variant_get_uint32 (n_roles);

  if (self->file == NULL)
    {
      self->file = g_file_resolve_relative_path (self->root, self->path);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
    }

  if (moved)
    {
      g_free (self->department_key);
      self->department_key = sort_key (department);
      g_free (self->title_key);
      self->title_key = sort_key (title);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEPARTMENT]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
  if (old == NULL || old_n_roles != self->n_roles)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ROLES]);
  if (problem_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEM]);
  if (old == NULL || was_folder != (self->kind == LADDER_RECORD_FOLDER))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_FOLDER]);

  g_object_thaw_notify (G_OBJECT (self));
  return moved;
}

GVariant *
ladder_workspace_entry_get_record (LadderWorkspaceEntry *self)
{
  return self->record;
}

void
ladder_workspace_entry_set_git_state (LadderWorkspaceEntry *self,
                                      LadderGitState        state)
{
  if (self->git_state == state)
    return;

  self->git_state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GIT_STATE]);
}

static LadderGitState
lookup_state (GHashTable *states,
              const char *path)
{
  gpointer state;

  if (!g_hash_table_lookup_extended (states, path, NULL, &state))
    return LADDER_GIT_STATE_UNKNOWN;

  return GPOINTER_TO_INT (state);
}

/* The state of a page; a folder family's is new when all its files are,
 * unchanged when all are, and modified otherwise. */
LadderGitState
ladder_workspace_entry_state_from (LadderWorkspaceEntry *self,
                                   GHashTable           *states)
{
  g_autoptr (GVariant) files = NULL;
  LadderGitState combined = LADDER_GIT_STATE_UNKNOWN;
  gsize n_files;

  if (self->kind != LADDER_RECORD_FOLDER)
    return lookup_state (states, self->path);

  files = g_variant_get_child_value (self->record, LADDER_RECORD_FILES);
  n_files = g_variant_n_children (files);

  for (gsize i = 0; i < n_files; i++)
    {
      g_autoptr (GVariant) file = g_variant_get_child_value (files, i);
      const char *path = NULL;
      LadderGitState state;

      g_variant_get_child (file, 0, "&s", &path);
      state = lookup_state (states, path);

      if (i == 0)
        combined = state;
      else if (state != combined)
        combined = LADDER_GIT_STATE_MODIFIED;
    }

  if (combined == LADDER_GIT_STATE_DELETED)
    combined = LADDER_GIT_STATE_MODIFIED;

  return combined;
}

int
ladder_workspace_entry_compare (LadderWorkspaceEntry *a,
                                LadderWorkspaceEntry *b)
{
  int result = strcmp (a->department_key, b->department_key);

  if (result == 0)
    result = strcmp (a->title_key, b->title_key);
  if (result == 0)
    result = strcmp (a->path, b->path);

  return result;
}

guint
ladder_workspace_entry_get_generation (LadderWorkspaceEntry *self)
{
  return self->generation;
}

void
ladder_workspace_entry_set_generation (LadderWorkspaceEntry *self,
                                       guint                 generation)
{
  self->generation = generation;
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

  return self->path;
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

  return self->file;
}

const char *
ladder_workspace_entry_get_department (LadderWorkspaceEntry *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_ENTRY (self), NULL);

  return self->department;
}

const char *
ladder_workspace_entry_get_title (LadderWorkspaceEntry *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_ENTRY (self), NULL);

  return self->title;
}

guint
ladder_workspace_entry_get_n_roles (LadderWorkspaceEntry *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_ENTRY (self), 0);

  return self->n_roles;
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

  return self->problem != NULL && *self->problem != '\0' ? self->problem : NULL;
}

gboolean
ladder_workspace_entry_get_is_folder (LadderWorkspaceEntry *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_ENTRY (self), FALSE);

  return self->kind == LADDER_RECORD_FOLDER;
}

/* ------------------------------------------------------------------ */

struct _LadderWorkspaceDepartment
{
  GObject     parent_instance;

  char       *name;
  GListStore *entries;
};

G_DEFINE_FINAL_TYPE (LadderWorkspaceDepartment, ladder_workspace_department, G_TYPE_OBJECT)

enum
{
  DEPARTMENT_PROP_0,
  DEPARTMENT_PROP_NAME,
  DEPARTMENT_PROP_ENTRIES,
  DEPARTMENT_N_PROPS
};

static GParamSpec *department_properties[DEPARTMENT_N_PROPS];

static void
ladder_workspace_department_finalize (GObject *object)
{
  LadderWorkspaceDepartment *self = LADDER_WORKSPACE_DEPARTMENT (object);

  g_free (self->name);
  g_clear_object (&self->entries);

  G_OBJECT_CLASS (ladder_workspace_department_parent_class)->finalize (object);
}

static void
ladder_workspace_department_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  LadderWorkspaceDepartment *self = LADDER_WORKSPACE_DEPARTMENT (object);

  switch (prop_id)
    {
    case DEPARTMENT_PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case DEPARTMENT_PROP_ENTRIES:
      g_value_set_object (value, self->entries);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_workspace_department_class_init (LadderWorkspaceDepartmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ladder_workspace_department_finalize;
  object_class->get_property = ladder_workspace_department_get_property;

  department_properties[DEPARTMENT_PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  department_properties[DEPARTMENT_PROP_ENTRIES] =
    g_param_spec_object ("entries", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, DEPARTMENT_N_PROPS, department_properties);
}

static void
ladder_workspace_department_init (LadderWorkspaceDepartment *self)
{
  self->entries = g_list_store_new (LADDER_TYPE_WORKSPACE_ENTRY);
}

LadderWorkspaceDepartment *
ladder_workspace_department_new (const char *name)
{
  LadderWorkspaceDepartment *self = g_object_new (LADDER_TYPE_WORKSPACE_DEPARTMENT, NULL);

  self->name = g_strdup (name);
  return self;
}

GListStore *
ladder_workspace_department_get_store (LadderWorkspaceDepartment *self)
{
  return self->entries;
}

const char *
ladder_workspace_department_get_name (LadderWorkspaceDepartment *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_DEPARTMENT (self), NULL);

  return self->name;
}

/**
 * ladder_workspace_department_get_entries:
 * @self: a department
 *
 * Returns: (transfer none): its entries (#LadderWorkspaceEntry), sorted by
 *   title
 */
GListModel *
ladder_workspace_department_get_entries (LadderWorkspaceDepartment *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_DEPARTMENT (self), NULL);

  return G_LIST_MODEL (self->entries);
}
