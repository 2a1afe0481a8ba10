/* ladder-history.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-history.h"

#include "ladder-history-change.h"
#include "ladder-history-private.h"

/*
 * Undo and redo for every change to a family, whoever makes it. The model
 * describes each change where it is made, with its old and new value (see
 * ladder-model-private.h), and the family hands the description to the
 * history before it emits ::changed: the history watches no object and
 * copies no value it was not told of, so creating one costs nothing
 * whatever the size of the family. Undoing a change is putting the old
 * value back through the model's own API.
 *
 * Typing in one field gives one step, not one per key: a change to the same
 * value of the same object within a second joins the step before it.
 *
 * The history is bounded: it keeps the last LADDER_HISTORY_MAX_STEPS steps,
 * and fewer when the values they hold pass LADDER_HISTORY_MAX_BYTES; the
 * oldest go first, and with them the last references to whatever they
 * alone kept (a role deleted long ago).
 */

#define COALESCE_USEC (1 * G_USEC_PER_SEC)

typedef struct
{
  GPtrArray *changes;
  gint64     time;
  gboolean   sealed;
  /* The family's state before the step and after it. */
  guint64 before;
  guint64 after;
  gsize   size;
  /* Of the changes, those that followed another (LadderChange.follows):
   * the step is still typing in one field when all others are. */
  guint n_follow_ups;
} Step;

struct _LadderHistory
{
  GObject       parent_instance;
  LadderFamily *family;
  /* Of Step, the oldest first; the last of redo_steps is redone next. */
  GQueue undo_steps;
  GQueue redo_steps;
  /* The size of the steps of both queues. */
  gsize    size;
  guint    max_steps;
  gsize    max_bytes;
  Step    *group;
  guint    group_depth;
  gboolean applying;
  /* Names the family's content: see ladder_history_get_state(). */
  guint64            state;
  LadderHistoryClock clock;
  gpointer           clock_data;
};

G_DEFINE_FINAL_TYPE (LadderHistory, ladder_history, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_FAMILY,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  APPLIED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Histories live on the main thread; states are unique across them, so a
 * state is never mistaken for one of another family. */
static guint64
next_state (void)
{
  static guint64 last_state;

  return ++last_state;
}

static Step *
step_new (gint64 now)
{
  Step *step = g_new0 (Step, 1);

  step->changes = g_ptr_array_new_with_free_func (ladder_history_change_free);
  step->time = now;
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
step_update_size (Step *step)
{
  step->size = sizeof (Step);
  for (guint i = 0; i < step->changes->len; i++)
    step->size += ladder_history_change_get_size (g_ptr_array_index (step->changes, i));
}

static gint64
now (LadderHistory *self)
{
  return self->clock != NULL ? self->clock (self->clock_data) : g_get_monotonic_time ();
}

static void
notify_can (LadderHistory *self, gboolean could_undo, gboolean could_redo)
{
  if (could_undo != ladder_history_get_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != ladder_history_get_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
set_state (LadderHistory *self, guint64 state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
clear_steps (LadderHistory *self, GQueue *steps)
{
  Step *step;

  while ((step = g_queue_pop_head (steps)) != NULL)
    {
      self->size -= step->size;
      step_free (step);
    }
}

/* Drops the oldest steps past the limits; the newest stays, however big. */
static void
trim (LadderHistory *self)
{
  while (self->undo_steps.length > 1
         && (self->undo_steps.length + self->redo_steps.length > self->max_steps
             || self->size > self->max_bytes))
    {
      Step *step = g_queue_pop_head (&self->undo_steps);

      self->size -= step->size;
      step_free (step);
    }
}

/* A change no description covers (and no undo can take back): the family
 * has a content it never had, and no step leads back to any earlier one,
 * since undoing would now leave that change in place. Each step keeps its
 * place, with states never seen. */
static void
forget_states (LadderHistory *self)
{
  gboolean could_undo = ladder_history_get_can_undo (self);
  gboolean could_redo = ladder_history_get_can_redo (self);
  guint64  state = next_state ();
  guint64  later = state;

  clear_steps (self, &self->redo_steps);

  if (self->group != NULL && self->group->changes->len > 0)
    {
      self->group->after = later;
      self->group->before = later = next_state ();
    }

  for (GList *l = self->undo_steps.tail; l != NULL; l = l->prev)
    {
      Step *step = l->data;

      step->after = later;
      step->before = later = next_state ();
    }

  if (self->undo_steps.tail != NULL)
    ((Step *) self->undo_steps.tail->data)->sealed = TRUE;

  notify_can (self, could_undo, could_redo);
  set_state (self, state);
}

/* Files a change that followed another into the step of the one it
 * followed: onto the same change of the same object when the step has it
 * (more typing in the renamed role's title), or after the others. */
static void
record_follow_up (LadderHistory *self, Step *step, const LadderChange *change)
{
  gboolean merged = FALSE;

  for (guint i = 1; i < step->changes->len && !merged; i++)
    merged = ladder_history_change_merge (g_ptr_array_index (step->changes, i), change);
  if (!merged)
    {
      g_ptr_array_add (step->changes, ladder_history_change_new (change));
      step->n_follow_ups++;
    }

  if (step != self->group)
    {
      self->size -= step->size;
      step_update_size (step);
      self->size += step->size;
      trim (self);
    }
  step->after = next_state ();
  set_state (self, step->after);
}

/* The family's recorder: files a change into the open group, onto the last
 * step when it is more typing in the same field, or as a step of its own.
 * It runs before the family emits ::changed. */
static void
record (const LadderChange *change, gpointer user_data)
{
  LadderHistory *self = user_data;
  gboolean       could_undo, could_redo;
  gint64         time;
  Step          *last;

  /* Undoing and redoing report what they do, too. */
  if (self->applying)
    return;

  if (change == NULL)
    {
      forget_states (self);
      return;
    }

  could_undo = ladder_history_get_can_undo (self);
  could_redo = ladder_history_get_can_redo (self);
  time = now (self);
  clear_steps (self, &self->redo_steps);

  last = self->group != NULL && self->group->changes->len > 0
             ? self->group
             : g_queue_peek_tail (&self->undo_steps);
  if (change->follows && last != NULL)
    {
      record_follow_up (self, last, change);
      notify_can (self, could_undo, could_redo);
      return;
    }

  if (self->group != NULL)
    {
      if (self->group->changes->len == 0)
        self->group->before = self->state;
      g_ptr_array_add (self->group->changes, ladder_history_change_new (change));
      self->group->after = next_state ();
      notify_can (self, could_undo, could_redo);
      set_state (self, self->group->after);
      return;
    }

  last = g_queue_peek_tail (&self->undo_steps);

  if (last != NULL && !last->sealed && last->changes->len - last->n_follow_ups == 1
      && time - last->time < COALESCE_USEC
      && ladder_history_change_merge (g_ptr_array_index (last->changes, 0), change))
    {
      self->size -= last->size;
      step_update_size (last);
      self->size += last->size;
      last->time = time;
      last->after = next_state ();
      set_state (self, last->after);
      return;
    }

  last = step_new (time);
  g_ptr_array_add (last->changes, ladder_history_change_new (change));
  step_update_size (last);
  last->before = self->state;
  last->after = next_state ();
  g_queue_push_tail (&self->undo_steps, last);
  self->size += last->size;
  trim (self);

  notify_can (self, could_undo, could_redo);
  set_state (self, last->after);
}

/* The family's ::changed waits until the step is done and the state is
 * the step's, so that whoever hears of it reads the state it ends in. */
static void
move_step (LadderHistory *self, GQueue *from, GQueue *to, gboolean forward)
{
  gboolean could_undo;
  gboolean could_redo;
  Step    *step;

  if (g_queue_is_empty (from))
    return;

  ladder_history_end_group (self);

  could_undo = ladder_history_get_can_undo (self);
  could_redo = ladder_history_get_can_redo (self);
  step = g_queue_pop_tail (from);
  step->sealed = TRUE;

  ladder_family_freeze_changed (self->family);
  /* What the step holds is put back as it was: a title put back does not
   * take "extends" along anew, the step has those changes too. */
  ladder_family_begin_follow_ups (self->family);
  self->applying = TRUE;
  if (forward)
    for (guint i = 0; i < step->changes->len; i++)
      ladder_history_change_apply (g_ptr_array_index (step->changes, i), TRUE);
  else
    for (guint i = step->changes->len; i > 0; i--)
      ladder_history_change_apply (g_ptr_array_index (step->changes, i - 1), FALSE);
  self->applying = FALSE;
  ladder_family_end_follow_ups (self->family);

  g_queue_push_tail (to, step);
  notify_can (self, could_undo, could_redo);
  set_state (self, forward ? step->after : step->before);
  ladder_family_thaw_changed (self->family);

  /* Where the step was, for a window to show it: an undo out of sight
   * would change what the person cannot see. */
  if (step->changes->len > 0)
    {
      g_autoptr (GObject) where
          = ladder_history_change_dup_where (g_ptr_array_index (step->changes, 0), forward);

      g_signal_emit (self, signals[APPLIED], 0, where);
    }
}

void
ladder_history_undo (LadderHistory *self)
{
  g_return_if_fail (LADDER_IS_HISTORY (self));

  move_step (self, &self->undo_steps, &self->redo_steps, FALSE);
}

void
ladder_history_redo (LadderHistory *self)
{
  g_return_if_fail (LADDER_IS_HISTORY (self));

  move_step (self, &self->redo_steps, &self->undo_steps, TRUE);
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
    self->group = step_new (now (self));
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
  step_update_size (group);
  g_queue_push_tail (&self->undo_steps, group);
  self->size += group->size;
  trim (self);
}

/* The next change starts a step of its own, even in the same field. */
void
ladder_history_seal (LadderHistory *self)
{
  Step *last;

  g_return_if_fail (LADDER_IS_HISTORY (self));

  last = g_queue_peek_tail (&self->undo_steps);
  if (last != NULL)
    last->sealed = TRUE;
}

void
ladder_history_clear (LadderHistory *self)
{
  gboolean could_undo, could_redo;

  g_return_if_fail (LADDER_IS_HISTORY (self));

  could_undo = ladder_history_get_can_undo (self);
  could_redo = ladder_history_get_can_redo (self);
  clear_steps (self, &self->undo_steps);
  clear_steps (self, &self->redo_steps);
  notify_can (self, could_undo, could_redo);
}

gboolean
ladder_history_get_can_undo (LadderHistory *self)
{
  g_return_val_if_fail (LADDER_IS_HISTORY (self), FALSE);

  return !g_queue_is_empty (&self->undo_steps)
         || (self->group != NULL && self->group->changes->len > 0);
}

gboolean
ladder_history_get_can_redo (LadderHistory *self)
{
  g_return_val_if_fail (LADDER_IS_HISTORY (self), FALSE);

  return !g_queue_is_empty (&self->redo_steps);
}

/**
 * ladder_history_get_state:
 *
 * A number that names the family's content: every change to the family
 * gives a state never seen before, undoing a step gives back the state
 * before it and redoing it the state after, so a document whose state is
 * the one it had when saved has nothing unsaved. A change that cannot be
 * undone gives a new state and leaves no way back to an earlier one.
 *
 * Returns: the family's current state
 */
guint64
ladder_history_get_state (LadderHistory *self)
{
  g_return_val_if_fail (LADDER_IS_HISTORY (self), 0);

  return self->state;
}

void
ladder_history_set_clock (LadderHistory *self, LadderHistoryClock clock, gpointer user_data)
{
  g_return_if_fail (LADDER_IS_HISTORY (self));

  self->clock = clock;
  self->clock_data = user_data;
}

void
ladder_history_set_limits (LadderHistory *self, guint max_steps, gsize max_bytes)
{
  g_return_if_fail (LADDER_IS_HISTORY (self));
  g_return_if_fail (max_steps > 0);

  self->max_steps = max_steps;
  self->max_bytes = max_bytes;
  trim (self);
}

guint
ladder_history_get_n_steps (LadderHistory *self)
{
  g_return_val_if_fail (LADDER_IS_HISTORY (self), 0);

  return self->undo_steps.length + self->redo_steps.length;
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

  clear_steps (self, &self->undo_steps);
  clear_steps (self, &self->redo_steps);
  g_clear_pointer (&self->group, step_free);
  if (self->family != NULL)
    ladder_family_remove_recorder (self->family, record, self);
  g_clear_object (&self->family);

  G_OBJECT_CLASS (ladder_history_parent_class)->dispose (object);
}

static void
ladder_history_constructed (GObject *object)
{
  LadderHistory *self = (LadderHistory *) object;

  G_OBJECT_CLASS (ladder_history_parent_class)->constructed (object);

  g_return_if_fail (self->family != NULL);
  ladder_family_add_recorder (self->family, record, self);
}

static void
ladder_history_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
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
ladder_history_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
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

  properties[PROP_FAMILY]
      = g_param_spec_object ("family", NULL, NULL, LADDER_TYPE_FAMILY,
                             (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAN_UNDO] = g_param_spec_boolean (
      "can-undo", NULL, NULL, FALSE,
      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAN_REDO] = g_param_spec_boolean (
      "can-redo", NULL, NULL, FALSE,
      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATE]
      = g_param_spec_uint64 ("state", NULL, NULL, 0, G_MAXUINT64, 0,
                             (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LadderHistory::applied:
   * @where: (nullable): the role the step undone or redone changed (its
   *   fields, bullets or subsections; a role deleted and brought back),
   *   or the family
   *
   * Emitted after ladder_history_undo() or ladder_history_redo() changed
   * the family.
   */
  signals[APPLIED] = g_signal_new ("applied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 1, G_TYPE_OBJECT);
}

static void
ladder_history_init (LadderHistory *self)
{
  g_queue_init (&self->undo_steps);
  g_queue_init (&self->redo_steps);
  self->max_steps = LADDER_HISTORY_MAX_STEPS;
  self->max_bytes = LADDER_HISTORY_MAX_BYTES;
  self->state = next_state ();
}

LadderHistory *
ladder_history_new (LadderFamily *family)
{
  g_return_val_if_fail (LADDER_IS_FAMILY (family), NULL);

  return g_object_new (LADDER_TYPE_HISTORY, "family", family, NULL);
}
