/* ladder-family-private.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ladder-model-private.h"

G_BEGIN_DECLS

/* A family's front matter (ladder-family-front-matter.c) and the rest of
 * it (ladder-family.c) share the instance. */

/* An entry without a key is a line the page had there (a comment). */
typedef struct
{
  char *key;
  char *yaml;
  /* The YAML the page gave this entry, whatever it holds now; NULL for an
   * entry the page did not have. An edit writes in its style, and a value
   * edited back is written back as the page had it. */
  char *page_yaml;
} FrontMatterEntry;

struct _LadderFamily
{
  GObject parent_instance;

  GArray *front_matter;
  /* Whether an entry with each key that makes a property was appended. */
  gboolean seen_title;
  gboolean seen_summary;
  gboolean seen_description;
  /* Decoded from the front matter, for the properties' getters. */
  char *title;
  char *summary;
  char *intro;

  GListStore *roles;
  GListStore *sections;

  LadderFamilyLayout layout;

  /* Of Recorder: who hears of each change before ::changed. */
  GArray  *recorders;
  guint    changed_freeze;
  gboolean changed_pending;
  /* Changes made because of another are its follow-ups. */
  guint following;
};

void ladder_family_front_matter_entry_clear (gpointer data);
/* The key the summary property stands for: `summary`, or `description` on
 * pages that have only that. */
const char *ladder_family_summary_key (LadderFamily *self);
void        ladder_family_sync_properties (LadderFamily *self);
/* Whether the front matter's entry for @key was read (from a page or a
 * Ladder file), rather than added since. */
gboolean    ladder_family_front_matter_was_read (LadderFamily *self, const char *key);
/* Takes what @as_read (the family of the file as it is on disk) has for
 * each entry of the front matter as what the file had for it: a family
 * read back from a draft had every entry it held marked as read, those
 * added since the file was read included. */
void ladder_family_take_front_matter_as_read (LadderFamily *self, LadderFamily *as_read);

G_END_DECLS
