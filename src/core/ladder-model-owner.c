/* ladder-model-owner.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-model-private.h"

#include <json-glib/json-glib.h>

#include "ladder-json.h"
#include "ladder-role-private.h"

static LadderOwnerLink *
owner_link (gpointer item)
{
  if (LADDER_IS_BULLET (item))
    return ladder_bullet_get_owner_link (item);
  if (LADDER_IS_SECTION (item))
    return ladder_section_get_owner_link (item);
  if (LADDER_IS_ROLE (item))
    return ladder_role_get_owner_link (item);
  if (LADDER_IS_ROLE_TEXT (item))
    return ladder_role_text_get_owner_link (item);

  g_return_val_if_reached (NULL);
}

void
ladder_list_store_adopt (GListStore         *store,
                         guint               position,
                         guint               n_items,
                         gpointer            owner,
                         LadderOwnerChanged  changed)
{
  for (guint i = position; i < position + n_items; i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);
      LadderOwnerLink *link = owner_link (item);

      link->owner = owner;
      link->changed = changed;
    }
}

/* An item that another list has taken since is left alone. */
void
ladder_list_store_release (GListStore *store,
                           gpointer    owner)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);
      LadderOwnerLink *link = owner_link (item);

      if (link->owner == owner)
        link->owner = NULL;
    }
}

void
ladder_list_store_release_item (GListStore *store,
                                guint       position,
                                gpointer    owner)
{
  g_autoptr (GObject) item = g_list_model_get_item (G_LIST_MODEL (store), position);
  LadderOwnerLink *link = owner_link (item);

  if (link->owner == owner)
    link->owner = NULL;
}

void
ladder_owner_link_report_string (LadderOwnerLink *link,
                                 gpointer         object,
                                 GParamSpec      *pspec,
                                 const char      *old_value,
                                 const char      *new_value)
{
  GValue old_gvalue = G_VALUE_INIT;
  GValue new_gvalue = G_VALUE_INIT;
  LadderChange change = {
    .kind = LADDER_CHANGE_PROPERTY,
    .object = object,
    .property = { pspec, &old_gvalue, &new_gvalue },
  };

  if (link->owner == NULL)
    return;

  g_value_init (&old_gvalue, G_TYPE_STRING);
  g_value_set_static_string (&old_gvalue, old_value);
  g_value_init (&new_gvalue, G_TYPE_STRING);
  g_value_set_static_string (&new_gvalue, new_value);
  link->changed (link->owner, &change);
}

void
ladder_owner_link_report_int (LadderOwnerLink *link,
                              gpointer         object,
                              GParamSpec      *pspec,
                              int              old_value,
                              int              new_value)
{
  GValue old_gvalue = G_VALUE_INIT;
  GValue new_gvalue = G_VALUE_INIT;
  LadderChange change = {
    .kind = LADDER_CHANGE_PROPERTY,
    .object = object,
    .property = { pspec, &old_gvalue, &new_gvalue },
  };

  if (link->owner == NULL)
    return;

  g_value_init (&old_gvalue, pspec->value_type);
  g_value_init (&new_gvalue, pspec->value_type);
  if (G_TYPE_IS_ENUM (pspec->value_type))
    {
      g_value_set_enum (&old_gvalue, old_value);
      g_value_set_enum (&new_gvalue, new_value);
    }
  else
    {
      g_value_set_int (&old_gvalue, old_value);
      g_value_set_int (&new_gvalue, new_value);
    }
  link->changed (link->owner, &change);
}

void
ladder_list_store_splice_for (GListStore         *store,
                              gpointer            owner,
                              LadderOwnerChanged  changed,
                              LadderSpliceFunc    splice,
                              guint               position,
                              guint               n_removals,
                              gpointer           *additions,
                              guint               n_additions,
                              LadderChange       *change)
{
  gpointer *removed = n_removals > 0 ? g_new (gpointer, n_removals) : NULL;

  for (guint i = 0; i < n_removals; i++)
    {
      removed[i] = g_list_model_get_item (G_LIST_MODEL (store), position + i);
      ladder_list_store_release_item (store, position + i, owner);
    }

  g_list_store_splice (store, position, n_removals, additions, n_additions);
  ladder_list_store_adopt (store, position, n_additions, owner, changed);

  *change = (LadderChange) {
    .kind = LADDER_CHANGE_SPLICE,
    .object = owner,
    .list = {
      .store = G_LIST_MODEL (store),
      .splice = splice,
      .position = position,
      .removed = removed,
      .n_removed = n_removals,
      .added = additions,
      .n_added = n_additions,
    },
  };
}

void
ladder_list_change_clear (LadderChange *change)
{
  for (guint i = 0; i < change->list.n_removed; i++)
    g_object_unref (change->list.removed[i]);
  g_clear_pointer (&change->list.removed, g_free);
  change->list.n_removed = 0;
}

/* A family and a role are the owners of lists of objects; items tell
 * their owner through this too, so one splice serves both. */
static void
report_to_owner (gpointer            owner,
                 const LadderChange *change)
{
  if (LADDER_IS_FAMILY (owner))
    ladder_family_report_change (owner, change);
  else if (LADDER_IS_ROLE (owner))
    ladder_role_report (owner, change);
  else
    g_return_if_reached ();
}

void
ladder_owned_list_splice (gpointer    owner,
                          GListModel *list,
                          guint       position,
                          guint       n_removals,
                          gpointer   *additions,
                          guint       n_additions)
{
  LadderChange change;

  ladder_list_store_splice_for (G_LIST_STORE (list), owner, report_to_owner,
                                ladder_owned_list_splice, position, n_removals, additions,
                                n_additions, &change);
  report_to_owner (owner, &change);
  ladder_list_change_clear (&change);
}

void
ladder_owned_list_move (gpointer    owner,
                        GListModel *list,
                        guint       from,
                        guint       to)
{
  LadderChange change = {
    .kind = LADDER_CHANGE_MOVE,
    .object = owner,
    .list = { .store = list, .move = ladder_owned_list_move, .position = from, .to = to },
  };

  ladder_list_store_move (G_LIST_STORE (list), from, to);
  report_to_owner (owner, &change);
}

/* The members are never changed once read, so original and copy share
 * them. */
static JsonNode *
copy_node_deep (JsonNode *node)
{
  JsonNode *copy;

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      copy = json_node_alloc ();
      json_node_take_object (json_node_init (copy, JSON_NODE_OBJECT),
                             ladder_json_object_copy_deep (json_node_get_object (node)));
      return copy;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint      length = json_array_get_length (array);
        JsonArray *array_copy = json_array_sized_new (length);

        for (guint i = 0; i < length; i++)
          json_array_add_element (array_copy, copy_node_deep (json_array_get_element (array, i)));
        copy = json_node_alloc ();
        json_node_take_array (json_node_init (copy, JSON_NODE_ARRAY), array_copy);
        return copy;
      }

    case JSON_NODE_VALUE:
      /* Not json_node_copy (): it shares the value, counted without atomics. */
      copy = json_node_new (JSON_NODE_VALUE);
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64:
          json_node_set_int (copy, json_node_get_int (node));
          break;
        case G_TYPE_DOUBLE:
          json_node_set_double (copy, json_node_get_double (node));
          break;
        case G_TYPE_BOOLEAN:
          json_node_set_boolean (copy, json_node_get_boolean (node));
          break;
        default:
          json_node_set_string (copy, json_node_get_string (node));
          break;
        }
      return copy;

    case JSON_NODE_NULL:
    default:
      return json_node_new (JSON_NODE_NULL);
    }
}

JsonObject *
ladder_json_object_copy_deep (JsonObject *object)
{
  JsonObject *copy = json_object_new ();
  g_autoptr (GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    json_object_set_member (copy, l->data,
                            copy_node_deep (json_object_get_member (object, l->data)));

  return copy;
}

void
ladder_model_copy_unknown_members (gpointer from,
                                   gpointer to)
{
  JsonObject *unknown = g_object_get_data (G_OBJECT (from), LADDER_JSON_UNKNOWN_MEMBERS);

  if (unknown != NULL)
    g_object_set_data_full (G_OBJECT (to), LADDER_JSON_UNKNOWN_MEMBERS,
                            ladder_json_object_copy_deep (unknown),
                            (GDestroyNotify) json_object_unref);
}

void
ladder_list_store_move (GListStore *store,
                        guint       from,
                        guint       to)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (store));
  guint low = MIN (from, to);
  guint high = MAX (from, to);
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gpointer moved;

  g_return_if_fail (from < n_items && to < n_items);

  if (from == to)
    return;

  for (guint i = low; i <= high; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (store), i));

  moved = g_ptr_array_steal_index (items, from - low);
  g_ptr_array_insert (items, (int) (to - low), moved);

  g_list_store_splice (store, low, high - low + 1, items->pdata, items->len);
}
