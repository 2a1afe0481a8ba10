/* ladder-workspace-search.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Searching a workspace: role titles, bullets and sections of every
 * family, from the text its index holds (no page is read), in a worker
 * thread. A match is a field that holds every word of the query, whatever
 * their case. */

#include "ladder-workspace-search.h"
#include "ladder-workspace-private.h"

#include <string.h>

GType
ladder_workspace_field_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { LADDER_WORKSPACE_FIELD_TITLE, "LADDER_WORKSPACE_FIELD_TITLE", "title" },
        { LADDER_WORKSPACE_FIELD_INTRO, "LADDER_WORKSPACE_FIELD_INTRO", "intro" },
        { LADDER_WORKSPACE_FIELD_SECTION, "LADDER_WORKSPACE_FIELD_SECTION", "section" },
        { LADDER_WORKSPACE_FIELD_ROLE_TITLE, "LADDER_WORKSPACE_FIELD_ROLE_TITLE", "role-title" },
        { LADDER_WORKSPACE_FIELD_REPORTS_TO, "LADDER_WORKSPACE_FIELD_REPORTS_TO", "reports-to" },
        { LADDER_WORKSPACE_FIELD_RESPONSIBILITY, "LADDER_WORKSPACE_FIELD_RESPONSIBILITY",
          "responsibility" },
        { LADDER_WORKSPACE_FIELD_REQUIREMENT, "LADDER_WORKSPACE_FIELD_REQUIREMENT", "requirement" },
        { LADDER_WORKSPACE_FIELD_ROLE_SECTION, "LADDER_WORKSPACE_FIELD_ROLE_SECTION",
          "role-section" },
        { LADDER_WORKSPACE_FIELD_ROLE_TEXT, "LADDER_WORKSPACE_FIELD_ROLE_TEXT", "role-text" },
        { 0, NULL, NULL },
      };
      GType type = g_enum_register_static (g_intern_static_string ("LadderWorkspaceField"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

struct _LadderWorkspaceMatch
{
  GObject               parent_instance;

  LadderWorkspaceEntry *entry;
  int                   role;
  char                 *role_title;
  LadderWorkspaceField  field;
  guint                 position;
  char                 *text;
};

G_DEFINE_FINAL_TYPE (LadderWorkspaceMatch, ladder_workspace_match, G_TYPE_OBJECT)

enum
{
  MATCH_PROP_0,
  MATCH_PROP_ENTRY,
  MATCH_PROP_ROLE,
  MATCH_PROP_ROLE_TITLE,
  MATCH_PROP_FIELD,
  MATCH_PROP_POSITION,
  MATCH_PROP_TEXT,
  MATCH_N_PROPS
};

static GParamSpec *match_properties[MATCH_N_PROPS];

static void
ladder_workspace_match_finalize (GObject *object)
{
  LadderWorkspaceMatch *self = LADDER_WORKSPACE_MATCH (object);

  g_clear_object (&self->entry);
  g_free (self->role_title);
  g_free (self->text);

  G_OBJECT_CLASS (ladder_workspace_match_parent_class)->finalize (object);
}

static void
ladder_workspace_match_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  LadderWorkspaceMatch *self = LADDER_WORKSPACE_MATCH (object);

  switch (prop_id)
    {
    case MATCH_PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;
    case MATCH_PROP_ROLE:
      g_value_set_int (value, self->role);
      break;
    case MATCH_PROP_ROLE_TITLE:
      g_value_set_string (value, self->role_title);
      break;
    case MATCH_PROP_FIELD:
      g_value_set_enum (value, self->field);
      break;
    case MATCH_PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;
    case MATCH_PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_workspace_match_class_init (LadderWorkspaceMatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ladder_workspace_match_finalize;
  object_class->get_property = ladder_workspace_match_get_property;

  match_properties[MATCH_PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL, LADDER_TYPE_WORKSPACE_ENTRY, flags);
  match_properties[MATCH_PROP_ROLE] =
    g_param_spec_int ("role", NULL, NULL, -1, G_MAXINT, -1, flags);
  match_properties[MATCH_PROP_ROLE_TITLE] =
    g_param_spec_string ("role-title", NULL, NULL, NULL, flags);
  match_properties[MATCH_PROP_FIELD] =
    g_param_spec_enum ("field", NULL, NULL, LADDER_TYPE_WORKSPACE_FIELD,
                       LADDER_WORKSPACE_FIELD_TITLE, flags);
  match_properties[MATCH_PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, flags);
  match_properties[MATCH_PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, MATCH_N_PROPS, match_properties);
}

static void
ladder_workspace_match_init (LadderWorkspaceMatch *self)
{
}

/**
 * ladder_workspace_match_get_entry:
 * @self: a match
 *
 * Returns: (transfer none): the family it is in
 */
LadderWorkspaceEntry *
ladder_workspace_match_get_entry (LadderWorkspaceMatch *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_MATCH (self), NULL);

  return self->entry;
}

/* The role's position in its family; -1 for the family's own fields. */
int
ladder_workspace_match_get_role (LadderWorkspaceMatch *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_MATCH (self), -1);

  return self->role;
}

const char *
ladder_workspace_match_get_role_title (LadderWorkspaceMatch *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_MATCH (self), NULL);

  return self->role_title;
}

LadderWorkspaceField
ladder_workspace_match_get_field (LadderWorkspaceMatch *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_MATCH (self), LADDER_WORKSPACE_FIELD_TITLE);

  return self->field;
}

guint
ladder_workspace_match_get_position (LadderWorkspaceMatch *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_MATCH (self), 0);

  return self->position;
}

const char *
ladder_workspace_match_get_text (LadderWorkspaceMatch *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_MATCH (self), NULL);

  return self->text;
}

struct _LadderWorkspaceResult
{
  GObject               parent_instance;

  LadderWorkspaceEntry *entry;
  GListStore           *matches;
};

G_DEFINE_FINAL_TYPE (LadderWorkspaceResult, ladder_workspace_result, G_TYPE_OBJECT)

enum
{
  RESULT_PROP_0,
  RESULT_PROP_ENTRY,
  RESULT_PROP_MATCHES,
  RESULT_N_PROPS
};

static GParamSpec *result_properties[RESULT_N_PROPS];

static void
ladder_workspace_result_finalize (GObject *object)
{
  LadderWorkspaceResult *self = LADDER_WORKSPACE_RESULT (object);

  g_clear_object (&self->entry);
  g_clear_object (&self->matches);

  G_OBJECT_CLASS (ladder_workspace_result_parent_class)->finalize (object);
}

static void
ladder_workspace_result_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  LadderWorkspaceResult *self = LADDER_WORKSPACE_RESULT (object);

  switch (prop_id)
    {
    case RESULT_PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;
    case RESULT_PROP_MATCHES:
      g_value_set_object (value, self->matches);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_workspace_result_class_init (LadderWorkspaceResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ladder_workspace_result_finalize;
  object_class->get_property = ladder_workspace_result_get_property;

  result_properties[RESULT_PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL, LADDER_TYPE_WORKSPACE_ENTRY, flags);
  result_properties[RESULT_PROP_MATCHES] =
    g_param_spec_object ("matches", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  g_object_class_install_properties (object_class, RESULT_N_PROPS, result_properties);
}

static void
ladder_workspace_result_init (LadderWorkspaceResult *self)
{
  self->matches = g_list_store_new (LADDER_TYPE_WORKSPACE_MATCH);
}

/**
 * ladder_workspace_result_get_entry:
 * @self: a result
 *
 * Returns: (transfer none): the family
 */
LadderWorkspaceEntry *
ladder_workspace_result_get_entry (LadderWorkspaceResult *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_RESULT (self), NULL);

  return self->entry;
}

/**
 * ladder_workspace_result_get_matches:
 * @self: a result
 *
 * Returns: (transfer none): the #LadderWorkspaceMatch of the family
 */
GListModel *
ladder_workspace_result_get_matches (LadderWorkspaceResult *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_RESULT (self), NULL);

  return G_LIST_MODEL (self->matches);
}

typedef struct
{
  GPtrArray *entries;
  GPtrArray *records;
  char     **words;
} SearchData;

static void
search_data_free (SearchData *data)
{
  g_ptr_array_unref (data->entries);
  g_ptr_array_unref (data->records);
  g_strfreev (data->words);
  g_free (data);
}

static gboolean
holds_all (const char  *text,
           char       **words)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (folded, words[i]) == NULL)
      return FALSE;

  return TRUE;
}

static LadderWorkspaceResult *
search_record (LadderWorkspaceEntry  *entry,
               GVariant              *record,
               char                 **words)
{
  g_autoptr (GHashTable) role_titles = g_hash_table_new (g_direct_hash, g_direct_equal);
  LadderWorkspaceResult *result = NULL;
  LadderRecordView view;

  if (!ladder_record_view (record, &view))
    return NULL;

  for (guint i = 0; i < view.n_items; i++)
    {
      LadderWorkspaceMatch *match;
      const char *text;
      int role;
      guint field, position;

      if (!ladder_record_view_item (&view, i, &role, &field, &position, &text))
        continue;

      if (field == LADDER_WORKSPACE_FIELD_ROLE_TITLE)
        g_hash_table_insert (role_titles, GINT_TO_POINTER (role), (gpointer) text);

      if (!holds_all (text, words))
        continue;

      if (result == NULL)
        {
          result = g_object_new (LADDER_TYPE_WORKSPACE_RESULT, NULL);
          result->entry = g_object_ref (entry);
        }

      match = g_object_new (LADDER_TYPE_WORKSPACE_MATCH, NULL);
      match->entry = g_object_ref (entry);
      match->role = role;
      match->role_title = g_strdup (g_hash_table_lookup (role_titles, GINT_TO_POINTER (role)));
      match->field = field <= LADDER_WORKSPACE_FIELD_ROLE_TEXT ? (LadderWorkspaceField) field
                                                               : LADDER_WORKSPACE_FIELD_SECTION;
      match->position = position;
      match->text = g_strdup (text);
      g_list_store_append (result->matches, match);
      g_object_unref (match);
    }

  return result;
}

static void
search_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SearchData *data = task_data;
  g_autoptr (GListStore) results = g_list_store_new (LADDER_TYPE_WORKSPACE_RESULT);

  for (guint i = 0; i < data->entries->len && data->words[0] != NULL; i++)
    {
      g_autoptr (LadderWorkspaceResult) result = NULL;

      if (g_task_return_error_if_cancelled (task))
        return;

      result = search_record (g_ptr_array_index (data->entries, i),
                              g_ptr_array_index (data->records, i), data->words);
      if (result != NULL)
        g_list_store_append (results, result);
    }

  g_task_return_pointer (task, g_steal_pointer (&results), g_object_unref);
}

/**
 * ladder_workspace_search_async:
 * @self: a workspace
 * @query: the words to look for
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the results
 * @user_data: for @callback
 *
 * Looks for @query in the titles, intros, sections, role titles, managers
 * and bullets of every family of the workspace as it is indexed now.
 */
void
ladder_workspace_search_async (LadderWorkspace     *self,
                               const char          *query,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;
  g_autofree char *folded = NULL;
  GListModel *entries;
  SearchData *data;

  g_return_if_fail (LADDER_IS_WORKSPACE (self));
  g_return_if_fail (query != NULL);

  folded = g_utf8_casefold (query, -1);
  data = g_new0 (SearchData, 1);
  data->entries = g_ptr_array_new_with_free_func (g_object_unref);
  data->records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  data->words = g_strsplit_set (g_strstrip (folded), " \t\n", -1);

  /* Runs of spaces split into empty words: drop them. */
  {
    guint kept = 0;

    for (guint i = 0; data->words[i] != NULL; i++)
      {
        if (*data->words[i] != '\0')
          data->words[kept++] = data->words[i];
        else
          g_free (data->words[i]);
      }
    data->words[kept] = NULL;
  }

  entries = ladder_workspace_get_entries (self);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      LadderWorkspaceEntry *entry = g_list_model_get_item (entries, i);

      g_ptr_array_add (data->entries, entry);
      g_ptr_array_add (data->records, g_variant_ref (ladder_workspace_entry_get_record (entry)));
    }

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ladder_workspace_search_async);
  g_task_set_task_data (task, data, (GDestroyNotify) search_data_free);
  g_task_run_in_thread (task, search_thread);
}

/**
 * ladder_workspace_search_finish:
 * @self: a workspace
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): a #LadderWorkspaceResult per family
 *   with matches, in the order of the workspace's entries; empty for a
 *   query without words
 */
GListModel *
ladder_workspace_search_finish (LadderWorkspace  *self,
                                GAsyncResult     *result,
                                GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
