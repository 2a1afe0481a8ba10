/* ladder-bullet-store.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-bullet-private.h"

/*
 * A role's list of bullets: a GListModel of LadderBullet objects over an
 * array of records, which makes an object for a record the first time it is
 * asked for it and keeps it from then on (views and the undo history hold on
 * to items and expect the same object back).
 */
struct _LadderBulletStore
{
  GObject            parent_instance;
  GPtrArray         *records;
  gpointer           owner;
  LadderOwnerChanged changed;
};

static void ladder_bullet_store_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LadderBulletStore,
                               ladder_bullet_store,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      ladder_bullet_store_list_model_init))

static void
link_object (LadderBulletStore *self, LadderBullet *bullet)
{
  LadderOwnerLink *link = ladder_bullet_get_owner_link (bullet);

  link->owner = self->owner;
  link->changed = self->changed;
}

/* The record leaves the store: its object, if any, takes it, and is
 * returned (a new reference) when @keep_object, unreferenced otherwise. */
static LadderBullet *
release_record (LadderBulletStore *self, LadderBulletRecord *record, gboolean keep_object)
{
  LadderBullet *bullet = record->object;

  if (bullet == NULL)
    {
      if (!keep_object)
        {
          ladder_bullet_record_free (record);
          return NULL;
        }
      bullet = ladder_bullet_new_for_record (record);
    }

  record->object = NULL;
  ladder_bullet_set_owns_record (bullet, TRUE);
  if (ladder_bullet_get_owner_link (bullet)->owner == self->owner)
    ladder_bullet_get_owner_link (bullet)->owner = NULL;

  if (keep_object)
    return bullet;

  g_object_unref (bullet);
  return NULL;
}

static void
ladder_bullet_store_finalize (GObject *object)
{
  LadderBulletStore *self = (LadderBulletStore *) object;

  for (guint i = 0; i < self->records->len; i++)
    release_record (self, g_ptr_array_index (self->records, i), FALSE);
  g_ptr_array_unref (self->records);

  G_OBJECT_CLASS (ladder_bullet_store_parent_class)->finalize (object);
}

static void
ladder_bullet_store_class_init (LadderBulletStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ladder_bullet_store_finalize;
}

static void
ladder_bullet_store_init (LadderBulletStore *self)
{
  self->records = g_ptr_array_new ();
}

static GType
ladder_bullet_store_get_item_type (GListModel *model)
{
  return LADDER_TYPE_BULLET;
}

static guint
ladder_bullet_store_get_n_items (GListModel *model)
{
  return LADDER_BULLET_STORE (model)->records->len;
}

static gpointer
ladder_bullet_store_get_item (GListModel *model, guint position)
{
  LadderBulletStore  *self = LADDER_BULLET_STORE (model);
  LadderBulletRecord *record;

  if (position >= self->records->len)
    return NULL;

  record = g_ptr_array_index (self->records, position);
  if (record->object == NULL)
    {
      record->object = ladder_bullet_new_for_record (record);
      link_object (self, record->object);
    }

  return g_object_ref (record->object);
}

static void
ladder_bullet_store_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ladder_bullet_store_get_item_type;
  iface->get_n_items = ladder_bullet_store_get_n_items;
  iface->get_item = ladder_bullet_store_get_item;
}

LadderBulletStore *
ladder_bullet_store_new (gpointer owner, LadderOwnerChanged changed)
{
  LadderBulletStore *self = g_object_new (LADDER_TYPE_BULLET_STORE, NULL);

  self->owner = owner;
  self->changed = changed;

  return self;
}

void
ladder_bullet_store_release (LadderBulletStore *self)
{
  g_return_if_fail (LADDER_IS_BULLET_STORE (self));

  for (guint i = 0; i < self->records->len; i++)
    {
      LadderBulletRecord *record = g_ptr_array_index (self->records, i);

      if (record->object != NULL
          && ladder_bullet_get_owner_link (record->object)->owner == self->owner)
        ladder_bullet_get_owner_link (record->object)->owner = NULL;
    }
  self->owner = NULL;
  self->changed = NULL;
}

guint
ladder_bullet_store_get_n (LadderBulletStore *self)
{
  return self->records->len;
}

LadderBulletRecord *
ladder_bullet_store_get_record (LadderBulletStore *self, guint position)
{
  g_return_val_if_fail (position < self->records->len, NULL);

  return g_ptr_array_index (self->records, position);
}

void
ladder_bullet_store_take_records (LadderBulletStore   *self,
                                  LadderBulletRecord **records,
                                  guint                n_records)
{
  guint position = self->records->len;

  if (n_records == 0)
    return;

  g_ptr_array_set_size (self->records, position + n_records);
  memcpy (self->records->pdata + position, records, n_records * sizeof (gpointer));
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, n_records);
}

void
ladder_bullet_store_splice_for (LadderBulletStore *self,
                                LadderSpliceFunc   splice,
                                guint              position,
                                guint              n_removals,
                                LadderBullet     **additions,
                                guint              n_additions,
                                LadderChange      *change)
{
  gpointer *removed = n_removals > 0 ? g_new (gpointer, n_removals) : NULL;
  guint     n_items = self->records->len;

  g_return_if_fail (position + n_removals <= n_items);

  for (guint i = 0; i < n_removals; i++)
    removed[i] = release_record (self, g_ptr_array_index (self->records, position + i), TRUE);

  if (n_additions > n_removals)
    {
      g_ptr_array_set_size (self->records, n_items + n_additions - n_removals);
      memmove (self->records->pdata + position + n_additions,
               self->records->pdata + position + n_removals,
               (n_items - position - n_removals) * sizeof (gpointer));
    }
  else if (n_additions < n_removals)
    {
      memmove (self->records->pdata + position + n_additions,
               self->records->pdata + position + n_removals,
               (n_items - position - n_removals) * sizeof (gpointer));
      g_ptr_array_set_size (self->records, n_items + n_additions - n_removals);
    }

  for (guint i = 0; i < n_additions; i++)
    {
      LadderBullet       *bullet = additions[i];
      LadderBulletRecord *record;

      /* A bullet stands in one list at a time; one that stands in another
       * already comes in as a copy of itself. */
      if (ladder_bullet_owns_record (bullet))
        {
          record = ladder_bullet_get_record (bullet);
          ladder_bullet_set_owns_record (bullet, FALSE);
          record->object = g_object_ref (bullet);
          link_object (self, bullet);
        }
      else
        {
          g_critical ("%s: a bullet is added to a list while it stands in another", G_STRFUNC);
          record = ladder_bullet_record_copy (ladder_bullet_get_record (bullet));
        }
      self->records->pdata[position + i] = record;
    }

  g_list_model_items_changed (G_LIST_MODEL (self), position, n_removals, n_additions);

  *change = (LadderChange) {
    .kind = LADDER_CHANGE_SPLICE,
    .object = self->owner,
    .list = {
      .store = G_LIST_MODEL (self),
      .splice = splice,
      .position = position,
      .removed = removed,
      .n_removed = n_removals,
      .added = (gpointer *) additions,
      .n_added = n_additions,
    },
  };
}

void
ladder_bullet_store_move (LadderBulletStore *self, guint from, guint to)
{
  gpointer moved;
  guint    low = MIN (from, to);
  guint    high = MAX (from, to);

  g_return_if_fail (from < self->records->len && to < self->records->len);

  if (from == to)
    return;

  moved = self->records->pdata[from];
  if (from < to)
    memmove (self->records->pdata + from, self->records->pdata + from + 1,
             (to - from) * sizeof (gpointer));
  else
    memmove (self->records->pdata + to + 1, self->records->pdata + to,
             (from - to) * sizeof (gpointer));
  self->records->pdata[to] = moved;

  g_list_model_items_changed (G_LIST_MODEL (self), low, high - low + 1, high - low + 1);
}

gboolean
ladder_bullet_store_find (LadderBulletStore *self, LadderBullet *bullet, guint *position)
{
  LadderBulletRecord *record;

  g_return_val_if_fail (LADDER_IS_BULLET_STORE (self), FALSE);
  g_return_val_if_fail (LADDER_IS_BULLET (bullet), FALSE);

  if (ladder_bullet_owns_record (bullet))
    return FALSE;

  record = ladder_bullet_get_record (bullet);
  for (guint i = 0; i < self->records->len; i++)
    if (g_ptr_array_index (self->records, i) == record)
      {
        if (position != NULL)
          *position = i;
        return TRUE;
      }

  return FALSE;
}
