/* ladder-model-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-bullet.h"
#include "ladder-role.h"
#include "ladder-section.h"

G_BEGIN_DECLS

/*
 * A bullet, section or role that stands in a list tells the object owning
 * the list when it changes, so that a family can emit one ::changed for
 * any edit below it. A direct call is much cheaper than a signal handler
 * per item, which matters for families of thousands of bullets. The owner
 * is not referenced: it sets itself when it takes the item and clears
 * itself when it lets it go or is disposed.
 */
typedef void (*LadderOwnerChanged) (gpointer owner);

typedef struct
{
  gpointer           owner;
  LadderOwnerChanged changed;
} LadderOwnerLink;

static inline void
ladder_owner_link_notify (LadderOwnerLink *link)
{
  if (link->owner != NULL)
    link->changed (link->owner);
}

LadderOwnerLink *ladder_bullet_get_owner_link  (LadderBullet  *self);
LadderOwnerLink *ladder_section_get_owner_link (LadderSection *self);
LadderOwnerLink *ladder_role_get_owner_link    (LadderRole    *self);

/* Sets @owner on items of @store; lets go of all items @owner holds. */
void ladder_list_store_adopt   (GListStore         *store,
                                guint               position,
                                guint               n_items,
                                gpointer            owner,
                                LadderOwnerChanged  changed);
void ladder_list_store_release (GListStore         *store,
                                gpointer            owner);
void ladder_list_store_release_item (GListStore    *store,
                                     guint          position,
                                     gpointer       owner);

/* Moves one item with a single ::items-changed. */
void ladder_list_store_move    (GListStore         *store,
                                guint               from,
                                guint               to);

G_END_DECLS
