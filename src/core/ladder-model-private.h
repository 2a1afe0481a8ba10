/* ladder-model-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-bullet.h"
#include "ladder-family.h"
#include "ladder-role.h"
#include "ladder-role-text.h"
#include "ladder-section.h"

G_BEGIN_DECLS

/*
 * Every change to the model is described where it is made, in the setter
 * or the list splice, with what was there before and what is there after:
 * a LadderChange. The description travels up to the family, which hands it
 * to its recorders (the undo history) and then emits ::changed. So the
 * history needs no handler on any object and no copy of any value it was
 * not told about, and whoever listens to ::changed already sees the
 * history's new state.
 *
 * The descriptions borrow their values: a recorder that keeps one copies
 * what it needs.
 */
typedef enum
{
  /* `object`'s property `pspec` went from `old_value` to `new_value`. */
  LADDER_CHANGE_PROPERTY,
  /* A value that is no property (a role's heading level, its region):
   * `set` sets it. */
  LADDER_CHANGE_FIELD,
  /* In `store`, a list of `object`, the `n_removed` items at `position`
   * were replaced by the `n_added` items; `splice` does such a replacement
   * again, through the owner. */
  LADDER_CHANGE_SPLICE,
  /* In `store`, a list of `object`, the item at `position` moved to `to`. */
  LADDER_CHANGE_MOVE,
  /* In the family's front matter, the entry at `position` (none when
   * `old_yaml` is NULL) became the new entry (none when `new_yaml` is
   * NULL); whether the page has a front matter went from `old_has` to
   * `new_has`. */
  LADDER_CHANGE_FRONT_MATTER,
} LadderChangeKind;

typedef void (*LadderFieldSetter) (gpointer object, int value);
typedef void (*LadderSpliceFunc) (gpointer    owner,
                                  GListModel *store,
                                  guint       position,
                                  guint       n_removals,
                                  gpointer   *additions,
                                  guint       n_additions);
typedef void (*LadderMoveFunc) (gpointer owner, GListModel *store, guint from, guint to);

typedef struct
{
  LadderChangeKind kind;
  gpointer         object;
  /* Made because of the change before it (a role extending a renamed role
   * following its title): the history undoes the two as one. */
  gboolean follows;
  union
  {
    struct
    {
      GParamSpec   *pspec;
      const GValue *old_value;
      const GValue *new_value;
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
      /* SPLICE */
      gpointer *removed;
      guint     n_removed;
      gpointer *added;
      guint     n_added;
      /* MOVE */
      guint to;
    } list;
    struct
    {
      guint       position;
      const char *old_key;
      const char *old_yaml;
      const char *new_key;
      const char *new_yaml;
      gboolean    old_has;
      gboolean    new_has;
    } front_matter;
  };
} LadderChange;

/*
 * A bullet, section or role that stands in a list tells the object owning
 * the list when it changes, passing the change on, so that a family hears
 * of any edit below it. A direct call is much cheaper than a signal handler
 * per item, which matters for families of thousands of bullets. The owner
 * is not referenced: it sets itself when it takes the item and clears
 * itself when it lets it go or is disposed.
 */
typedef void (*LadderOwnerChanged) (gpointer owner, const LadderChange *change);

typedef struct
{
  gpointer           owner;
  LadderOwnerChanged changed;
} LadderOwnerLink;

static inline void
ladder_owner_link_notify (LadderOwnerLink *link, const LadderChange *change)
{
  if (link->owner != NULL)
    link->changed (link->owner, change);
}

LadderOwnerLink *ladder_bullet_get_owner_link (LadderBullet *self);
LadderOwnerLink *ladder_section_get_owner_link (LadderSection *self);
LadderOwnerLink *ladder_role_get_owner_link (LadderRole *self);
LadderOwnerLink *ladder_role_text_get_owner_link (LadderRoleText *self);

/* Tells @link's owner that @object's string property went from @old_value
 * to @new_value (both not NULL). */
void ladder_owner_link_report_string (LadderOwnerLink *link,
                                      gpointer         object,
                                      GParamSpec      *pspec,
                                      const char      *old_value,
                                      const char      *new_value);
/* The same for an int or enum property. */
void ladder_owner_link_report_int (LadderOwnerLink *link,
                                   gpointer         object,
                                   GParamSpec      *pspec,
                                   int              old_value,
                                   int              new_value);

/* Sets @owner on items of @store; lets go of all items @owner holds. */
void ladder_list_store_adopt (GListStore        *store,
                              guint              position,
                              guint              n_items,
                              gpointer           owner,
                              LadderOwnerChanged changed);
void ladder_list_store_release (GListStore *store, gpointer owner);
void ladder_list_store_release_item (GListStore *store, guint position, gpointer owner);

/* Moves one item with a single ::items-changed. */
void ladder_list_store_move (GListStore *store, guint from, guint to);

/* Replaces @n_removals items of @store at @position with @additions, taking
 * them for @owner, and describes it in @change (whose removed items the
 * caller frees with ladder_list_change_clear()). */
void ladder_list_store_splice_for (GListStore        *store,
                                   gpointer           owner,
                                   LadderOwnerChanged changed,
                                   LadderSpliceFunc   splice,
                                   guint              position,
                                   guint              n_removals,
                                   gpointer          *additions,
                                   guint              n_additions,
                                   LadderChange      *change);
void ladder_list_change_clear (LadderChange *change);

/* Splices or moves items of @list, a list store of sections or roles that
 * @owner (a family or a role) holds, and tells @owner of it. The history
 * makes the change again through the same functions. */
void ladder_owned_list_splice (gpointer    owner,
                               GListModel *list,
                               guint       position,
                               guint       n_removals,
                               gpointer   *additions,
                               guint       n_additions);
void ladder_owned_list_move (gpointer owner, GListModel *list, guint from, guint to);

/* Duplicating a role keeps the members a newer Ladder wrote on it. The
 * copy has its own JSON values: json-glib counts references without
 * atomics, and a copy may be read in another thread. */
void ladder_model_copy_unknown_members (gpointer from, gpointer to);

/*
 * The family's side. A recorder hears of every change to the family before
 * ::changed is emitted; a NULL change is one that no description covers
 * (and that no undo can take back). While ::changed is frozen, changes are
 * still recorded, and one ::changed follows the thaw if there were any.
 */
typedef void (*LadderChangeRecorder) (const LadderChange *change, gpointer user_data);

void
ladder_family_add_recorder (LadderFamily *self, LadderChangeRecorder recorder, gpointer user_data);
void ladder_family_remove_recorder (LadderFamily        *self,
                                    LadderChangeRecorder recorder,
                                    gpointer             user_data);
void ladder_family_report_change (LadderFamily *self, const LadderChange *change);
void ladder_family_freeze_changed (LadderFamily *self);
void ladder_family_thaw_changed (LadderFamily *self);
void ladder_family_begin_follow_ups (LadderFamily *self);
void ladder_family_end_follow_ups (LadderFamily *self);

/* Puts back a front matter entry as a change described it: removes the
 * entry at @position if @remove, then inserts (@key, @yaml) there unless
 * @yaml is NULL. */
void ladder_family_replace_front_matter (LadderFamily *self,
                                         guint         position,
                                         gboolean      remove,
                                         const char   *key,
                                         const char   *yaml,
                                         gboolean      has_front_matter);

G_END_DECLS
