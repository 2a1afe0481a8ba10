/* ladder-workspace-department.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The departments of a workspace's lists, each with its entries
 * (ladder-workspace-entry.c), and the names they are shown by. */

#include "ladder-workspace-private.h"

struct _LadderWorkspaceDepartment
{
  GObject parent_instance;

  char *name;
  /* What the departments sort by (ladder_workspace_sort_key()). */
  char *key;
  /* What is shown: the title of the department's `_index.md`, or the
   * name made readable. */
  char *title;
  /* Whether the title is the `_index.md`'s, not the name made readable. */
  gboolean             titled;
  LadderWorkspaceList *entries;
};

G_DEFINE_FINAL_TYPE (LadderWorkspaceDepartment, ladder_workspace_department, G_TYPE_OBJECT)

enum
{
  DEPARTMENT_PROP_0,
  DEPARTMENT_PROP_NAME,
  DEPARTMENT_PROP_TITLE,
  DEPARTMENT_PROP_ENTRIES,
  DEPARTMENT_N_PROPS
};

static GParamSpec *department_properties[DEPARTMENT_N_PROPS];

static void
ladder_workspace_department_finalize (GObject *object)
{
  LadderWorkspaceDepartment *self = LADDER_WORKSPACE_DEPARTMENT (object);

  g_free (self->name);
  g_free (self->key);
  g_free (self->title);
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
    case DEPARTMENT_PROP_TITLE:
      g_value_set_string (value, self->title);
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

  department_properties[DEPARTMENT_PROP_NAME]
      = g_param_spec_string ("name", NULL, NULL, NULL,
                             G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  department_properties[DEPARTMENT_PROP_TITLE]
      = g_param_spec_string ("title", NULL, NULL, NULL,
                             G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  department_properties[DEPARTMENT_PROP_ENTRIES]
      = g_param_spec_object ("entries", NULL, NULL, G_TYPE_LIST_MODEL,
                             G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, DEPARTMENT_N_PROPS, department_properties);
}

static void
ladder_workspace_department_init (LadderWorkspaceDepartment *self)
{
  self->entries = ladder_workspace_list_new (LADDER_TYPE_WORKSPACE_ENTRY);
}

LadderWorkspaceDepartment *
ladder_workspace_department_new (const char *name)
{
  LadderWorkspaceDepartment *self = g_object_new (LADDER_TYPE_WORKSPACE_DEPARTMENT, NULL);

  self->name = g_strdup (name);
  self->key = ladder_workspace_sort_key (name);
  self->title = ladder_workspace_humanize_name (name);
  return self;
}

/**
 * ladder_workspace_humanize_name:
 * @name: a folder's name
 *
 * Returns: (transfer full): @name as words: `people-group` is "People
 *   Group"
 */
char *
ladder_workspace_humanize_name (const char *name)
{
  GString *words = g_string_new (NULL);
  gboolean word_start = TRUE;

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '-' || c == '_' || c == ' ')
        {
          if (words->len > 0 && !word_start)
            g_string_append_c (words, ' ');
          word_start = TRUE;
          continue;
        }

      g_string_append_unichar (words, word_start ? g_unichar_totitle (c) : c);
      word_start = FALSE;
    }

  if (words->len > 0 && words->str[words->len - 1] == ' ')
    g_string_truncate (words, words->len - 1);
  if (words->len == 0)
    g_string_assign (words, name);

  return g_string_free (words, FALSE);
}

/* @title: (nullable): the title of the department's `_index.md`; %NULL for
 * the name made readable. */
void
ladder_workspace_department_set_title (LadderWorkspaceDepartment *self, const char *title)
{
  gboolean         titled = title != NULL && *title != '\0';
  g_autofree char *shown = NULL;

  /* Most departments have no title of their own, and keep the one they
   * were made with. */
  if (!titled && !self->titled)
    return;

  self->titled = titled;
  shown = titled ? g_strdup (title) : ladder_workspace_humanize_name (self->name);
  if (g_strcmp0 (shown, self->title) == 0)
    return;

  g_free (self->title);
  self->title = g_steal_pointer (&shown);
  g_object_notify_by_pspec (G_OBJECT (self), department_properties[DEPARTMENT_PROP_TITLE]);
}

/**
 * ladder_workspace_department_get_title:
 * @self: a department
 *
 * Returns: its name for people: the title of the department folder's
 *   `_index.md`, or the folder's name made readable. Lists sort by
 *   ladder_workspace_department_get_name().
 */
const char *
ladder_workspace_department_get_title (LadderWorkspaceDepartment *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_DEPARTMENT (self), NULL);

  return self->title;
}

LadderWorkspaceList *
ladder_workspace_department_get_store (LadderWorkspaceDepartment *self)
{
  return self->entries;
}

const char *
ladder_workspace_department_get_key (LadderWorkspaceDepartment *self)
{
  return self->key;
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
