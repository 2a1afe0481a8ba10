/* ladder-workspace-lists.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The lists a workspace shows: every entry sorted by department then
 * title, and the departments, each with its entries. An entry is filed in
 * both at once, and a department goes when its last entry does. */

#include "ladder-workspace-private.h"

#include <string.h>

void
ladder_workspace_lists_init (LadderWorkspaceLists *self)
{
  self->entries = ladder_workspace_list_new (LADDER_TYPE_WORKSPACE_ENTRY);
  self->departments = ladder_workspace_list_new (LADDER_TYPE_WORKSPACE_DEPARTMENT);
  self->departments_by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->department_titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

void
ladder_workspace_lists_clear (LadderWorkspaceLists *self)
{
  g_clear_object (&self->entries);
  g_clear_object (&self->departments);
  g_clear_pointer (&self->departments_by_name, g_hash_table_unref);
  g_clear_pointer (&self->department_titles, g_hash_table_unref);
}

static int
compare_entry_items (gconstpointer a, gconstpointer b, gpointer user_data)
{
  return ladder_workspace_entry_compare ((LadderWorkspaceEntry *) a, (LadderWorkspaceEntry *) b);
}

static guint
sorted_position (LadderWorkspaceList *list, LadderWorkspaceEntry *entry)
{
  return ladder_workspace_list_sorted_position (list, entry, compare_entry_items, NULL);
}

static int
compare_departments (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  LadderWorkspaceDepartment *first = (LadderWorkspaceDepartment *) a;
  LadderWorkspaceDepartment *second = (LadderWorkspaceDepartment *) b;
  /* By the key the entries sort their departments by
   * (ladder-workspace-entry.c), so that both lists give the departments in
   * one order. */
  int result = strcmp (ladder_workspace_department_get_key (first),
                       ladder_workspace_department_get_key (second));

  return result != 0 ? result
                     : g_strcmp0 (ladder_workspace_department_get_name (first),
                                  ladder_workspace_department_get_name (second));
}

static LadderWorkspaceDepartment *
ensure_department (LadderWorkspaceLists *self,
                   const char           *name)
{
  LadderWorkspaceDepartment *department = g_hash_table_lookup (self->departments_by_name, name);

  if (department == NULL)
    {
      g_autoptr (LadderWorkspaceDepartment) created = ladder_workspace_department_new (name);

      ladder_workspace_department_set_title (created,
                                             g_hash_table_lookup (self->department_titles, name));

      department = created;
      g_hash_table_insert (self->departments_by_name, g_strdup (name), created);
      ladder_workspace_list_insert (self->departments,
                                    ladder_workspace_list_sorted_position (
                                        self->departments, created, compare_departments, NULL),
                                    created);
    }

  return department;
}

void
ladder_workspace_lists_insert (LadderWorkspaceLists *self,
              LadderWorkspaceEntry *entry)
{
  LadderWorkspaceDepartment *department =
    ensure_department (self, ladder_workspace_entry_get_department (entry));
  LadderWorkspaceList *store = ladder_workspace_department_get_store (department);

  ladder_workspace_list_insert (store, sorted_position (store, entry), entry);
  ladder_workspace_entry_set_filed_in (entry, department);

  ladder_workspace_list_insert (self->entries, sorted_position (self->entries, entry), entry);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  return ladder_workspace_entry_compare (*(LadderWorkspaceEntry **) a,
                                         *(LadderWorkspaceEntry **) b);
}

/* The first entries of an empty workspace, filed in one change of each
 * list: a workspace reopened from its cache shows hundreds at once. */
void
ladder_workspace_lists_insert_first (LadderWorkspaceLists *self,
                                     GPtrArray            *entries)
{
  g_autoptr (GHashTable) by_department = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                                (GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GPtrArray) departments = g_ptr_array_new ();

  LadderWorkspaceDepartment *department = NULL;
  GPtrArray                 *members = NULL;

  g_ptr_array_sort (entries, compare_entries);

  for (guint i = 0; i < entries->len; i++)
    {
      LadderWorkspaceEntry *entry = g_ptr_array_index (entries, i);
      const char           *name = ladder_workspace_entry_get_department (entry);

      /* Sorted, the entries of a department mostly follow each other. */
      if (department == NULL
          || strcmp (ladder_workspace_department_get_name (department), name) != 0)
        {
          department = g_hash_table_lookup (self->departments_by_name, name);
          if (department == NULL)
            {
              department = ladder_workspace_department_new (name);
              ladder_workspace_department_set_title (
                  department, g_hash_table_lookup (self->department_titles, name));
              g_hash_table_insert (self->departments_by_name, g_strdup (name), department);
              g_ptr_array_add (departments, department);
            }

          members = g_hash_table_lookup (by_department, department);
          if (members == NULL)
            {
              members = g_ptr_array_new ();
              g_hash_table_insert (by_department, department, members);
            }
        }
      g_ptr_array_add (members, entry);
      ladder_workspace_entry_set_filed_in (entry, department);
    }

  for (guint i = 0; i < departments->len; i++)
    {
      LadderWorkspaceDepartment *made = g_ptr_array_index (departments, i);
      GPtrArray                 *filed = g_hash_table_lookup (by_department, made);

      ladder_workspace_list_insert_many (ladder_workspace_department_get_store (made), 0,
                                         filed->pdata, filed->len);
      ladder_workspace_list_insert (self->departments,
                                    ladder_workspace_list_sorted_position (
                                        self->departments, made, compare_departments, NULL),
                                    made);
      g_object_unref (made);
    }

  ladder_workspace_list_insert_many (self->entries, 0, entries->pdata, entries->len);
}

void
ladder_workspace_lists_remove (LadderWorkspaceLists *self,
              LadderWorkspaceEntry *entry)
{
  LadderWorkspaceDepartment *department = ladder_workspace_entry_get_filed_in (entry);
  guint position;

  if (ladder_workspace_list_find (self->entries, entry, &position))
    ladder_workspace_list_remove (self->entries, position);

  if (department != NULL)
    {
      LadderWorkspaceList *store = ladder_workspace_department_get_store (department);

      if (ladder_workspace_list_find (store, entry, &position))
        ladder_workspace_list_remove (store, position);

      if (g_list_model_get_n_items (G_LIST_MODEL (store)) == 0)
        {
          g_hash_table_remove (self->departments_by_name,
                               ladder_workspace_department_get_name (department));
          if (ladder_workspace_list_find (self->departments, department, &position))
            ladder_workspace_list_remove (self->departments, position);
        }
    }

  ladder_workspace_entry_set_filed_in (entry, NULL);
}

/* The title a department's `_index.md` gives it (%NULL: none). */
void
ladder_workspace_lists_set_department_title (LadderWorkspaceLists *self,
                                             const char           *name,
                                             const char           *title)
{
  LadderWorkspaceDepartment *department = g_hash_table_lookup (self->departments_by_name, name);

  if (title != NULL)
    g_hash_table_replace (self->department_titles, g_strdup (name), g_strdup (title));
  else
    g_hash_table_remove (self->department_titles, name);

  if (department != NULL)
    ladder_workspace_department_set_title (department, title);
}
