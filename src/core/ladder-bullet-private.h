/* ladder-bullet-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "ladder-bullet.h"
#include "ladder-model-private.h"

G_BEGIN_DECLS

/*
 * A role keeps its bullets as records, and a LadderBullet GObject is made
 * for a record only when someone asks the role's list for it (a view, an
 * edit, the undo history). A family of 60,000 bullets that is read, written
 * or checked never makes one: an object per bullet, made and finalized,
 * cost as much as writing the page.
 *
 * The record is the one place a bullet's values live. A bullet object in a
 * list borrows its record, and the record holds a reference on the object,
 * so the list hands out the same object every time; a bullet out of any list
 * (new, or removed and kept by the undo history) owns its record.
 */
typedef struct
{
  /* A GRefString: copies of the record share it. */
  char *text;
  char *prefix;
  char *prefix_gap;
  /* Members a newer Ladder wrote on the bullet; a copy has its own. */
  JsonObject   *unknown;
  LadderBullet *object;
  /* How the page wrote it; NULL as the exporter writes it (most bullets:
   * those of a Ladder file, and those a person added). Read it with
   * ladder_bullet_record_peek_origin (). */
  LadderOrigin *origin;
} LadderBulletRecord;

LadderBulletRecord *ladder_bullet_record_new (const char *text);
const LadderOrigin *ladder_bullet_record_peek_origin (const LadderBulletRecord *record);
LadderOrigin       *ladder_bullet_record_ensure_origin (LadderBulletRecord *record);
LadderBulletRecord *ladder_bullet_record_copy (const LadderBulletRecord *record);
void                ladder_bullet_record_free (LadderBulletRecord *record);
void
ladder_bullet_record_set_prefix (LadderBulletRecord *record, const char *prefix, const char *gap);

/* An object for @record, which stays the store's. */
LadderBullet       *ladder_bullet_new_for_record (LadderBulletRecord *record);
LadderBulletRecord *ladder_bullet_get_record (LadderBullet *self);
gboolean            ladder_bullet_owns_record (LadderBullet *self);
void                ladder_bullet_set_owns_record (LadderBullet *self, gboolean owns);

#define LADDER_TYPE_BULLET_STORE (ladder_bullet_store_get_type ())

G_DECLARE_FINAL_TYPE (LadderBulletStore, ladder_bullet_store, LADDER, BULLET_STORE, GObject)

LadderBulletStore *ladder_bullet_store_new (gpointer owner, LadderOwnerChanged changed);
/* Lets go of the owner: the store's objects tell nobody of their changes. */
void                ladder_bullet_store_release (LadderBulletStore *self);
guint               ladder_bullet_store_get_n (LadderBulletStore *self);
LadderBulletRecord *ladder_bullet_store_get_record (LadderBulletStore *self, guint position);
/* Appends @records, taking them, with one ::items-changed and no change
 * description: for lists being read, which nobody records yet. */
void ladder_bullet_store_take_records (LadderBulletStore   *self,
                                       LadderBulletRecord **records,
                                       guint                n_records);
/* Replaces @n_removals bullets at @position with @additions (bullets in no
 * list) and describes it in @change as ladder_list_store_splice_for() does;
 * the removed bullets get objects, which own their records. */
void     ladder_bullet_store_splice_for (LadderBulletStore *self,
                                         LadderSpliceFunc   splice,
                                         guint              position,
                                         guint              n_removals,
                                         LadderBullet     **additions,
                                         guint              n_additions,
                                         LadderChange      *change);
void     ladder_bullet_store_move (LadderBulletStore *self, guint from, guint to);
gboolean ladder_bullet_store_find (LadderBulletStore *self, LadderBullet *bullet, guint *position);

/* A role's bullets as records, for the readers, writers and checks. */
LadderBulletRecord      *
ladder_role_get_bullet_record (LadderRole *self, LadderBulletList list, guint position);
void ladder_role_take_bullet_records (LadderRole *self, LadderBulletList list, GPtrArray *records);

G_END_DECLS
