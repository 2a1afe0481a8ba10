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
/* What few bullets have: a record points to it only where it has any. */
typedef struct
{
  char *prefix;
  char *prefix_gap;
  /* Members a newer Ladder wrote on the bullet; a copy has its own. */
  JsonObject *unknown;
  /* How the page wrote it, when has_origin; as the exporter writes it
   * otherwise. In the block itself: a page's bullets nearly all have one,
   * and take one allocation each, as before the block. */
  gboolean     has_origin;
  LadderOrigin origin;
} LadderBulletExtras;

/* Three pointers (a 32-byte block of malloc's, where six took 64): a
 * family of 60,000 bullets and the checks' copy of it take 1.9 MB less
 * each. */
typedef struct
{
  /* A GRefString: copies of the record share it. */
  char         *text;
  LadderBullet *object;
  /* NULL for most bullets (those of a Ladder file, and those a person
   * added): read them with the functions below. */
  LadderBulletExtras *extras;
} LadderBulletRecord;

LadderBulletRecord *ladder_bullet_record_new (const char *text);
/* How the page wrote it; as the exporter writes it when it has no origin. */
const LadderOrigin *ladder_bullet_record_peek_origin (const LadderBulletRecord *record);
gboolean            ladder_bullet_record_has_origin (const LadderBulletRecord *record);
LadderOrigin       *ladder_bullet_record_ensure_origin (LadderBulletRecord *record);
const char         *ladder_bullet_record_peek_prefix (const LadderBulletRecord *record);
const char         *ladder_bullet_record_peek_prefix_gap (const LadderBulletRecord *record);
JsonObject         *ladder_bullet_record_peek_unknown (const LadderBulletRecord *record);
void ladder_bullet_record_take_unknown (LadderBulletRecord *record, JsonObject *unknown);
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
