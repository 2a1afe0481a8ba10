/* ladder-history.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-history.h"

/*
 * Undo and redo for every change to a family, whoever makes it. The history
 * watches every object of the family (its properties) and every list (its
 * items), keeping a copy of each value; a change is recorded as its old and
 * new value, so undoing it is setting the old one back. Typing in one field
 * gives one step, not one per key: a change to the same property of the
 * same object within a second joins the step before it.
 */

#define COALESCE_USEC (1 * G_USEC_PER_SEC)

typedef enum
{
  LIST_ROLES,
  LIST_SECTIONS,
  LIST_RESPONSIBILITIES,
  LIST_REQUIREMENTS,
  LIST_SUBSECTIONS,
} ListKind;

typedef struct
{
  GObject     *object;
  GParamSpec **pspecs;
  guint        n_pspecs;
  GValue      *values;
  gulong       handler;
} WatchedObject;

typedef struct
{
  GListModel *model;
  GObject    *owner;
  ListKind    kind;
  GPtrArray  *items;
  gulong      handler;
} WatchedList;

typedef struct
{
  gboolean    is_list;
  /* A property */
  GObject    *object;
  GParamSpec *pspec;
  GValue      old_value;
  GValue      new_value;
  /* A list */
  WatchedList *list;
  guint       position;
  GPtrArray  *removed;
  GPtrArray  *added;
} Change;

typedef struct
{
  GPtrArray *changes;
  gint64     time;
  gboolean   sealed;
} Step;

struct _LadderHistory
{
  GObject       parent_instance;
  LadderFamily *family;
  /* GType → GPtrArray of its read-write GParamSpecs: listing a class's
   * properties is dear, and a family has thousands of bullets. */
  GHashTable   *pspecs;
  GHashTable   *objects;
  GHashTable   *lists;
  GPtrArray    *undo_stack;
  GPtrArray    *redo_stack;
  Step         *group;
  guint         group_depth;
  gboolean      applying;
  /* Names the family's content: see ladder_history_get_state(). */
  guint64       state;
  gulong        changed_handler;
};

G_DEFINE_FINAL_TYPE (LadderHistory, ladder_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FAMILY,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void watch_object (LadderHistory *self, GObject *object);

static void
change_free (gpointer data)
{
  Change *change = data;

  if (change->is_list)
    {
      g_ptr_array_unref (change->removed);
      g_ptr_array_unref (change->added);
    }
  else
    {
      g_object_unref (change->object);
      g_value_unset (&change->old_value);
      g_value_unset (&change->new_value);
    }

  g_free (change);
}

static Step *
step_new (void)
{
  Step *step = g_new0 (Step, 1);

  step->changes = g_ptr_array_new_with_free_func (change_free);
  step->time = g_get_monotonic_time ();
  return step;
}

static void
step_free (gpointer data)
{
  Step *step = data;

  g_ptr_array_unref (step->changes);
  g_free (step);
}

static void
watched_object_free (gpointer data)
{
  WatchedObject *watched = data;

  g_signal_handler_disconnect (watched->object, watched->handler);
  for (guint i = 0; i < watched->n_pspecs; i++)
    g_value_unset (&watched->values[i]);
  g_free (watched->values);
  g_free (watched->pspecs);
  g_object_unref (watched->object);
  g_free (watched);
}

static void
watched_list_free (gpointer data)
{
  WatchedList *watched = data;

  g_signal_handler_disconnect (watched->model, watched->handler);
  g_ptr_array_unref (watched->items);
  g_object_unref (watched->model);
  g_free (watched);
}

static void
notify_can (LadderHistory *self,
            gboolean       could_undo,
            gboolean       could_redo)
{
  if (could_undo != ladder_history_get_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != ladder_history_get_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

/* Files a change: into the open group, onto the last step when it is more
 * typing in the same field, or as a step of its own. */
static void
record (LadderHistory *self,
        Change        *change)
{
  gboolean could_undo = ladder_history_get_can_undo (self);
  gboolean could_redo = ladder_history_get_can_redo (self);
  gint64 now = g_get_monotonic_time ();
  Step *last;

  g_ptr_array_set_size (self->redo_stack, 0);

  if (self->group != NULL)
    {
      g_ptr_array_add (self->group->changes, change);
      notify_can (self, could_undo, could_redo);
      return;
    }

  last = self->undo_stack->len > 0 ? g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1) : NULL;

  if (last != NULL && !last->sealed && !change->is_list && last->changes->len == 1
      && now - last->time < COALESCE_USEC)
    {
      Change *previous = g_ptr_array_index (last->changes, 0);

      if (!previous->is_list && previous->object == change->object && previous->pspec == change->pspec)
        {
          g_value_copy (&change->new_value, &previous->new_value);
          last->time = now;
          change_free (change);
          return;
        }
    }

  last = step_new ();
  g_ptr_array_add (last->changes, change);
  g_ptr_array_add (self->undo_stack, last);
  notify_can (self, could_undo, could_redo);
}

static void
on_object_notify (GObject       *object,
                  GParamSpec    *pspec,
                  LadderHistory *self)
{
  WatchedObject *watched = g_hash_table_lookup (self->objects, object);
  g_auto (GValue) current = G_VALUE_INIT;
  Change *change;

  if (watched == NULL)
    return;

  for (guint i = 0; i < watched->n_pspecs; i++)
    {
      if (watched->pspecs[i] != pspec)
        continue;

      g_value_init (&current, pspec->value_type);
      g_object_get_property (object, pspec->name, &current);

      if (g_param_values_cmp (pspec, &current, &watched->values[i]) == 0)
        return;

      if (!self->applying)
        {
          change = g_new0 (Change, 1);
          change->object = g_object_ref (object);
          change->pspec = pspec;
          g_value_init (&change->old_value, pspec->value_type);
          g_value_copy (&watched->values[i], &change->old_value);
          g_value_init (&change->new_value, pspec->value_type);
          g_value_copy (&current, &change->new_value);
          record (self, change);
        }

      g_value_copy (&current, &watched->values[i]);
      return;
    }
}

static GPtrArray *
list_items (GListModel *model,
            guint       position,
            guint       n_items)
{
  GPtrArray *items = g_ptr_array_new_full (n_items, g_object_unref);

  for (guint i = position; i < position + n_items; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));

  return items;
}

static void
on_items_changed (GListModel    *model,
                  guint          position,
                  guint          removed,
                  guint          added,
                  LadderHistory *self)
{
  WatchedList *watched = g_hash_table_lookup (self->lists, model);
  g_autoptr (GPtrArray) new_items = NULL;

  if (watched == NULL)
    return;

  new_items = list_items (model, position, added);

  if (!self->applying)
    {
      Change *change = g_new0 (Change, 1);

      change->is_list = TRUE;
      change->list = watched;
      change->position = position;
      change->removed = g_ptr_array_new_full (removed, g_object_unref);
      for (guint i = position; i < position + removed; i++)
        g_ptr_array_add (change->removed, g_object_ref (g_ptr_array_index (watched->items, i)));
      change->added = g_ptr_array_ref (new_items);
      record (self, change);
    }

  g_ptr_array_remove_range (watched->items, position, removed);
  for (guint i = 0; i < added; i++)
    {
      GObject *item = g_ptr_array_index (new_items, i);

      g_ptr_array_insert (watched->items, (int) (position + i), g_object_ref (item));
      watch_object (self, item);
    }
}

static void
watch_list (LadderHistory *self,
            GListModel    *model,
            GObject       *owner,
            ListKind       kind)
{
  WatchedList *watched;
  guint n_items;

  if (g_hash_table_contains (self->lists, model))
    return;

  n_items = g_list_model_get_n_items (model);
  watched = g_new0 (WatchedList, 1);
  watched->model = g_object_ref (model);
  watched->owner = owner;
  watched->kind = kind;
  watched->items = list_items (model, 0, n_items);
  watched->handler = g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), self);
  g_hash_table_insert (self->lists, model, watched);

  for (guint i = 0; i < n_items; i++)
    watch_object (self, g_ptr_array_index (watched->items, i));
}

static void
watch_object (LadderHistory *self,
              GObject       *object)
{
  WatchedObject *watched;
  GPtrArray *writable;

  if (g_hash_table_contains (self->objects, object))
    return;

  watched = g_new0 (WatchedObject, 1);
  watched->object = g_object_ref (object);
  writable = g_hash_table_lookup (self->pspecs, GSIZE_TO_POINTER (G_OBJECT_TYPE (object)));

  if (writable == NULL)
    {
      g_autofree GParamSpec **all = NULL;
      guint n_all;

      all = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_all);
      writable = g_ptr_array_new ();
      for (guint i = 0; i < n_all; i++)
        if ((all[i]->flags & G_PARAM_READWRITE) == G_PARAM_READWRITE)
          g_ptr_array_add (writable, all[i]);
      g_hash_table_insert (self->pspecs, GSIZE_TO_POINTER (G_OBJECT_TYPE (object)), writable);
    }

  watched->n_pspecs = writable->len;
  watched->pspecs = g_new0 (GParamSpec *, writable->len);
  watched->values = g_new0 (GValue, writable->len);

  for (guint i = 0; i < writable->len; i++)
    {
      watched->pspecs[i] = g_ptr_array_index (writable, i);
      g_value_init (&watched->values[i], watched->pspecs[i]->value_type);
      g_object_get_property (object, watched->pspecs[i]->name, &watched->values[i]);
    }

  watched->handler = g_signal_connect (object, "notify", G_CALLBACK (on_object_notify), self);
  g_hash_table_insert (self->objects, object, watched);

  if (LADDER_IS_FAMILY (object))
    {
      watch_list (self, ladder_family_get_roles (LADDER_FAMILY (object)), object, LIST_ROLES);
      watch_list (self, ladder_family_get_sections (LADDER_FAMILY (object)), object, LIST_SECTIONS);
    }
  else if (LADDER_IS_ROLE (object))
    {
      LadderRole *role = LADDER_ROLE (object);

      watch_list (self, ladder_role_get_responsibilities (role), object, LIST_RESPONSIBILITIES);
      watch_list (self, ladder_role_get_requirements (role), object, LIST_REQUIREMENTS);
      watch_list (self, ladder_role_get_subsections (role), object, LIST_SUBSECTIONS);
    }
}

/* Replaces @remove items at @position of a list with @insert, through the
 * owner's own API, so that owners and ::changed follow. */
static void
splice_list (WatchedList *list,
             guint        position,
             guint        remove,
             GPtrArray   *insert)
{
  switch (list->kind)
    {
    case LIST_ROLES:
      for (guint i = 0; i < remove; i++)
        ladder_family_remove_role (LADDER_FAMILY (list->owner), position);
      for (guint i = 0; i < insert->len; i++)
        ladder_family_insert_role (LADDER_FAMILY (list->owner), position + i, g_ptr_array_index (insert, i));
      break;

    case LIST_SECTIONS:
      for (guint i = 0; i < remove; i++)
        ladder_family_remove_section (LADDER_FAMILY (list->owner), position);
      for (guint i = 0; i < insert->len; i++)
        ladder_family_insert_section (LADDER_FAMILY (list->owner), position + i, g_ptr_array_index (insert, i));
      break;

    case LIST_RESPONSIBILITIES:
    case LIST_REQUIREMENTS:
      ladder_role_splice_bullets (LADDER_ROLE (list->owner),
                                  list->kind == LIST_REQUIREMENTS ? LADDER_BULLET_LIST_REQUIREMENTS
                                                                  : LADDER_BULLET_LIST_RESPONSIBILITIES,
                                  position, remove, (LadderBullet **) insert->pdata, insert->len);
      break;

    case LIST_SUBSECTIONS:
      for (guint i = 0; i < remove; i++)
        ladder_role_remove_subsection (LADDER_ROLE (list->owner), position);
      for (guint i = 0; i < insert->len; i++)
        ladder_role_insert_subsection (LADDER_ROLE (list->owner), position + i, g_ptr_array_index (insert, i));
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
apply_change (Change   *change,
              gboolean  forward)
{
  if (change->is_list)
    {
      GPtrArray *now = forward ? change->removed : change->added;
      GPtrArray *then = forward ? change->added : change->removed;

      splice_list (change->list, change->position, now->len, then);
    }
  else
    {
      g_object_set_property (change->object, change->pspec->name,
                             forward ? &change->new_value : &change->old_value);
    }
}

static void
move_step (LadderHistory *self,
           GPtrArray     *from,
           GPtrArray     *to,
           gboolean       forward)
{
  gboolean could_undo = ladder_history_get_can_undo (self);
  gboolean could_redo = ladder_history_get_can_redo (self);
  Step *step;

  if (from->len == 0)
    return;

  ladder_history_end_group (self);

  step = g_ptr_array_steal_index (from, from->len - 1);
  step->sealed = TRUE;

  self->applying = TRUE;
  if (forward)
    for (guint i = 0; i < step->changes->len; i++)
      apply_change (g_ptr_array_index (step->changes, i), TRUE);
  else
    for (guint i = step->changes->len; i > 0; i--)
      apply_change (g_ptr_array_index (step->changes, i - 1), FALSE);
  self->applying = FALSE;

  g_ptr_array_add (to, step);
  notify_can (self, could_undo, could_redo);
}

void
ladder_history_undo (LadderHistory *self)
{
  g_return_if_fail (LADDER_IS_HISTORY (self));

  move_step (self, self->undo_stack, self->redo_stack, FALSE);
}

void
ladder_history_redo (LadderHistory *self)
{
  g_return_if_fail (LADDER_IS_HISTORY (self));

  move_step (self, self->redo_stack, self->undo_stack, TRUE);
}

/**
 * ladder_history_begin_group:
 *
 * Changes until the matching ladder_history_end_group() undo as one step
 * (adding a role and selecting its title, duplicating a role).
 */
void
ladder_history_begin_group (LadderHistory *self)
{
  g_return_if_fail (LADDER_IS_HISTORY (self));

  if (self->group_depth++ == 0)
    self->group = step_new ();
}

void
ladder_history_end_group (LadderHistory *self)
{
  Step *group;

  g_return_if_fail (LADDER_IS_HISTORY (self));

  if (self->group_depth == 0 || --self->group_depth > 0)
    return;

  group = g_steal_pointer (&self->group);
  if (group->changes->len == 0)
    {
      step_free (group);
      return;
    }

  group->sealed = TRUE;
  g_ptr_array_add (self->undo_stack, group);
}

/* The next change starts a step of its own, even in the same field. */
void
ladder_history_seal (LadderHistory *self)
{
  g_return_if_fail (LADDER_IS_HISTORY (self));

  if (self->undo_stack->len > 0)
    ((Step *) g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1))->sealed = TRUE;
}

void
ladder_history_clear (LadderHistory *self)
{
  gboolean could_undo, could_redo;

  g_return_if_fail (LADDER_IS_HISTORY (self));

  could_undo = ladder_history_get_can_undo (self);
  could_redo = ladder_history_get_can_redo (self);
  g_ptr_array_set_size (self->undo_stack, 0);
  g_ptr_array_set_size (self->redo_stack, 0);
  notify_can (self, could_undo, could_redo);
}

gboolean
ladder_history_get_can_undo (LadderHistory *self)
{
  g_return_val_if_fail (LADDER_IS_HISTORY (self), FALSE);

  return self->undo_stack->len > 0 || (self->group != NULL && self->group->changes->len > 0);
}

gboolean
ladder_history_get_can_redo (LadderHistory *self)
{
  g_return_val_if_fail (LADDER_IS_HISTORY (self), FALSE);

  return self->redo_stack->len > 0;
}

/**
 * ladder_history_get_state:
 *
 * A number that names the family's content: it changes with every change
 * to the family, and no two contents share one, so a document whose state
 * is the one it had when saved has nothing unsaved.
 *
 * Returns: the family's current state
 */
guint64
ladder_history_get_state (LadderHistory *self)
{
  g_return_val_if_fail (LADDER_IS_HISTORY (self), 0);

  return self->state;
}

LadderFamily *
ladder_history_get_family (LadderHistory *self)
{
  g_return_val_if_fail (LADDER_IS_HISTORY (self), NULL);

  return self->family;
}

static void
ladder_history_dispose (GObject *object)
{
  LadderHistory *self = (LadderHistory *) object;

  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->group, step_free);
  g_clear_pointer (&self->lists, g_hash_table_unref);
  g_clear_pointer (&self->objects, g_hash_table_unref);
  g_clear_pointer (&self->pspecs, g_hash_table_unref);
  if (self->family != NULL)
    g_clear_signal_handler (&self->changed_handler, self->family);
  g_clear_object (&self->family);

  G_OBJECT_CLASS (ladder_history_parent_class)->dispose (object);
}

/* Histories live on the main thread; states are unique across them, so a
 * state is never mistaken for one of another family. */
static guint64
next_state (void)
{
  static guint64 last_state;

  return ++last_state;
}

/* Every change gives the family a state it never had. */
static void
on_family_changed (LadderHistory *self)
{
  self->state = next_state ();
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
ladder_history_constructed (GObject *object)
{
  LadderHistory *self = (LadderHistory *) object;

  G_OBJECT_CLASS (ladder_history_parent_class)->constructed (object);

  g_return_if_fail (self->family != NULL);
  watch_object (self, G_OBJECT (self->family));
  self->changed_handler = g_signal_connect_swapped (self->family, "changed", G_CALLBACK (on_family_changed), self);
}

static void
ladder_history_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LadderHistory *self = LADDER_HISTORY (object);

  switch (prop_id)
    {
    case PROP_FAMILY:
      g_value_set_object (value, self->family);
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, ladder_history_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, ladder_history_get_can_redo (self));
      break;

    case PROP_STATE:
      g_value_set_uint64 (value, self->state);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_history_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LadderHistory *self = LADDER_HISTORY (object);

  switch (prop_id)
    {
    case PROP_FAMILY:
      self->family = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_history_class_init (LadderHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ladder_history_dispose;
  object_class->constructed = ladder_history_constructed;
  object_class->get_property = ladder_history_get_property;
  object_class->set_property = ladder_history_set_property;

  properties[PROP_FAMILY] =
    g_param_spec_object ("family", NULL, NULL,
                         LADDER_TYPE_FAMILY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATE] =
    g_param_spec_uint64 ("state", NULL, NULL,
                         0, G_MAXUINT64, 0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ladder_history_init (LadderHistory *self)
{
  self->pspecs = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->objects = g_hash_table_new_full (NULL, NULL, NULL, watched_object_free);
  self->lists = g_hash_table_new_full (NULL, NULL, NULL, watched_list_free);
  self->undo_stack = g_ptr_array_new_with_free_func (step_free);
  self->redo_stack = g_ptr_array_new_with_free_func (step_free);
  self->state = next_state ();
}

LadderHistory *
ladder_history_new (LadderFamily *family)
{
  g_return_val_if_fail (LADDER_IS_FAMILY (family), NULL);

  return g_object_new (LADDER_TYPE_HISTORY, "family", family, NULL);
}
