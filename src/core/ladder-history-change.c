/* ladder-history-change.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-history-change.h"

#include <string.h>

struct _LadderHistoryChange
{
  LadderChangeKind kind;
  GObject         *object;
  gsize            size;
  union
  {
    struct
    {
      GParamSpec *pspec;
      GValue      old_value;
      GValue      new_value;
    } property;
    struct
    {
      LadderFieldSetter set;
      int               old_value;
      int               new_value;
    } field;
    struct
    {
      GListModel      *store;
      LadderSpliceFunc splice;
      LadderMoveFunc   move;
      guint            position;
      guint            to;
      GPtrArray       *removed;
      GPtrArray       *added;
    } list;
    struct
    {
      guint    position;
      char    *old_key;
      char    *old_yaml;
      char    *new_key;
      char    *new_yaml;
      gboolean old_has;
      gboolean new_has;
    } front_matter;
  };
};

static gsize
value_size (const GValue *value)
{
  const char *text;

  if (!G_VALUE_HOLDS_STRING (value))
    return 0;

  text = g_value_get_string (value);
  return text != NULL ? strlen (text) + 1 : 0;
}

static gsize
string_size (const char *text)
{
  return text != NULL ? strlen (text) + 1 : 0;
}

static void
change_update_size (LadderHistoryChange *change)
{
  change->size = sizeof (LadderHistoryChange);

  switch (change->kind)
    {
    case LADDER_CHANGE_PROPERTY:
      change->size
          += value_size (&change->property.old_value) + value_size (&change->property.new_value);
      break;

    case LADDER_CHANGE_SPLICE:
      change->size += 2 * sizeof (GPtrArray)
                      + (change->list.removed->len + change->list.added->len) * sizeof (gpointer);
      break;

    case LADDER_CHANGE_FRONT_MATTER:
      change->size += string_size (change->front_matter.old_key)
                      + string_size (change->front_matter.old_yaml)
                      + string_size (change->front_matter.new_key)
                      + string_size (change->front_matter.new_yaml);
      break;

    case LADDER_CHANGE_FIELD:
    case LADDER_CHANGE_MOVE:
    default:
      break;
    }
}

static GPtrArray *
items_ref (gpointer *items, guint n_items)
{
  GPtrArray *array = g_ptr_array_new_full (n_items, g_object_unref);

  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (array, g_object_ref (items[i]));

  return array;
}

LadderHistoryChange *
ladder_history_change_new (const LadderChange *description)
{
  LadderHistoryChange *change = g_new0 (LadderHistoryChange, 1);

  change->kind = description->kind;
  change->object = g_object_ref (description->object);

  switch (description->kind)
    {
    case LADDER_CHANGE_PROPERTY:
      change->property.pspec = g_param_spec_ref (description->property.pspec);
      g_value_init (&change->property.old_value, G_VALUE_TYPE (description->property.old_value));
      g_value_copy (description->property.old_value, &change->property.old_value);
      g_value_init (&change->property.new_value, G_VALUE_TYPE (description->property.new_value));
      g_value_copy (description->property.new_value, &change->property.new_value);
      break;

    case LADDER_CHANGE_FIELD:
      change->field.set = description->field.set;
      change->field.old_value = description->field.old_value;
      change->field.new_value = description->field.new_value;
      break;

    case LADDER_CHANGE_SPLICE:
    case LADDER_CHANGE_MOVE:
      change->list.store = g_object_ref (description->list.store);
      change->list.splice = description->list.splice;
      change->list.move = description->list.move;
      change->list.position = description->list.position;
      change->list.to = description->list.to;
      if (description->kind == LADDER_CHANGE_SPLICE)
        {
          change->list.removed = items_ref (description->list.removed, description->list.n_removed);
          change->list.added = items_ref (description->list.added, description->list.n_added);
        }
      break;

    case LADDER_CHANGE_FRONT_MATTER:
      change->front_matter.position = description->front_matter.position;
      change->front_matter.old_key = g_strdup (description->front_matter.old_key);
      change->front_matter.old_yaml = g_strdup (description->front_matter.old_yaml);
      change->front_matter.new_key = g_strdup (description->front_matter.new_key);
      change->front_matter.new_yaml = g_strdup (description->front_matter.new_yaml);
      change->front_matter.old_has = description->front_matter.old_has;
      change->front_matter.new_has = description->front_matter.new_has;
      break;

    default:
      g_assert_not_reached ();
    }

  change_update_size (change);
  return change;
}

void
ladder_history_change_free (gpointer data)
{
  LadderHistoryChange *change = data;

  switch (change->kind)
    {
    case LADDER_CHANGE_PROPERTY:
      g_value_unset (&change->property.old_value);
      g_value_unset (&change->property.new_value);
      g_param_spec_unref (change->property.pspec);
      break;

    case LADDER_CHANGE_SPLICE:
    case LADDER_CHANGE_MOVE:
      g_clear_pointer (&change->list.removed, g_ptr_array_unref);
      g_clear_pointer (&change->list.added, g_ptr_array_unref);
      g_object_unref (change->list.store);
      break;

    case LADDER_CHANGE_FRONT_MATTER:
      g_free (change->front_matter.old_key);
      g_free (change->front_matter.old_yaml);
      g_free (change->front_matter.new_key);
      g_free (change->front_matter.new_yaml);
      break;

    case LADDER_CHANGE_FIELD:
    default:
      break;
    }

  g_object_unref (change->object);
  g_free (change);
}

/* A front matter value joins the change that made its entry too. */
gboolean
ladder_history_change_merge (LadderHistoryChange *previous, const LadderChange *change)
{
  if (previous->kind != change->kind || previous->object != change->object)
    return FALSE;

  switch (change->kind)
    {
    case LADDER_CHANGE_PROPERTY:
      if (previous->property.pspec != change->property.pspec)
        return FALSE;
      g_value_copy (change->property.new_value, &previous->property.new_value);
      break;

    case LADDER_CHANGE_FIELD:
      if (previous->field.set != change->field.set)
        return FALSE;
      previous->field.new_value = change->field.new_value;
      break;

    case LADDER_CHANGE_FRONT_MATTER:
      if (previous->front_matter.position != change->front_matter.position
          || previous->front_matter.new_yaml == NULL || change->front_matter.old_yaml == NULL
          || change->front_matter.new_yaml == NULL
          || g_strcmp0 (previous->front_matter.new_key, change->front_matter.new_key) != 0
          || previous->front_matter.new_has != change->front_matter.new_has)
        return FALSE;
      g_free (previous->front_matter.new_yaml);
      previous->front_matter.new_yaml = g_strdup (change->front_matter.new_yaml);
      break;

    case LADDER_CHANGE_SPLICE:
    case LADDER_CHANGE_MOVE:
    default:
      return FALSE;
    }

  change_update_size (previous);
  return TRUE;
}

/* The role or family @object belongs to. */
static GObject *
owner_of (gpointer object)
{
  for (guint depth = 0; object != NULL && depth < 4; depth++)
    {
      if (LADDER_IS_ROLE (object) || LADDER_IS_FAMILY (object))
        return g_object_ref (object);
      if (LADDER_IS_BULLET (object))
        object = ladder_bullet_get_owner_link (object)->owner;
      else if (LADDER_IS_SECTION (object))
        object = ladder_section_get_owner_link (object)->owner;
      else if (LADDER_IS_ROLE_TEXT (object))
        object = ladder_role_text_get_owner_link (object)->owner;
      else
        return NULL;
    }

  return NULL;
}

GObject *
ladder_history_change_dup_where (LadderHistoryChange *change, gboolean forward)
{
  if ((change->kind == LADDER_CHANGE_SPLICE || change->kind == LADDER_CHANGE_MOVE)
      && LADDER_IS_FAMILY (change->object))
    {
      GPtrArray *gained = forward ? change->list.added : change->list.removed;

      if (change->kind == LADDER_CHANGE_SPLICE && gained->len > 0
          && LADDER_IS_ROLE (g_ptr_array_index (gained, 0)))
        return g_object_ref (g_ptr_array_index (gained, 0));
      if (change->kind == LADDER_CHANGE_MOVE && change->list.store != NULL)
        {
          g_autoptr (GObject) moved = g_list_model_get_item (
              change->list.store, forward ? change->list.to : change->list.position);

          if (LADDER_IS_ROLE (moved))
            return g_steal_pointer (&moved);
        }
      /* A role that went: nothing of it to show. */
      if (change->list.store != NULL
          && g_list_model_get_item_type (change->list.store) == LADDER_TYPE_ROLE)
        return NULL;
    }

  return owner_of (change->object);
}

void
ladder_history_change_apply (LadderHistoryChange *change, gboolean forward)
{
  switch (change->kind)
    {
    case LADDER_CHANGE_PROPERTY:
      g_object_set_property (change->object, change->property.pspec->name,
                             forward ? &change->property.new_value : &change->property.old_value);
      break;

    case LADDER_CHANGE_FIELD:
      change->field.set (change->object,
                         forward ? change->field.new_value : change->field.old_value);
      break;

    case LADDER_CHANGE_SPLICE:
      {
        GPtrArray *present = forward ? change->list.removed : change->list.added;
        GPtrArray *wanted = forward ? change->list.added : change->list.removed;

        change->list.splice (change->object, change->list.store, change->list.position,
                             present->len, wanted->pdata, wanted->len);
      }
      break;

    case LADDER_CHANGE_MOVE:
      if (forward)
        change->list.move (change->object, change->list.store, change->list.position,
                           change->list.to);
      else
        change->list.move (change->object, change->list.store, change->list.to,
                           change->list.position);
      break;

    case LADDER_CHANGE_FRONT_MATTER:
      /* The entry there now goes, and the one wanted comes back. */
      if (forward)
        ladder_family_replace_front_matter (
            LADDER_FAMILY (change->object), change->front_matter.position,
            change->front_matter.old_yaml != NULL, change->front_matter.new_key,
            change->front_matter.new_yaml, change->front_matter.new_has);
      else
        ladder_family_replace_front_matter (
            LADDER_FAMILY (change->object), change->front_matter.position,
            change->front_matter.new_yaml != NULL, change->front_matter.old_key,
            change->front_matter.old_yaml, change->front_matter.old_has);
      break;

    default:
      g_assert_not_reached ();
    }
}

gsize
ladder_history_change_get_size (LadderHistoryChange *change)
{
  return change->size;
}
