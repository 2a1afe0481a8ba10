/* ladder-layout.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-layout.h"

#include <string.h>

void
ladder_origin_init (LadderOrigin *origin)
{
  memset (origin, 0, sizeof *origin);
  origin->span_start = -1;
}

void
ladder_origin_clear (LadderOrigin *origin)
{
  g_clear_pointer (&origin->source, g_free);
  g_clear_pointer (&origin->gap, g_free);
  origin->fingerprint = 0;
  origin->span_start = -1;
  origin->span_length = 0;
  origin->value_fingerprint = 0;
}

void
ladder_origin_copy_into (LadderOrigin       *dest,
                         const LadderOrigin *src)
{
  ladder_origin_clear (dest);
  dest->source = g_strdup (src->source);
  dest->fingerprint = src->fingerprint;
  dest->span_start = src->span_start;
  dest->span_length = src->span_length;
  dest->value_fingerprint = src->value_fingerprint;
  dest->gap = g_strdup (src->gap);
}

/* Records how a block was written. When it was written exactly as the
 * exporter would write it, nothing needs to be kept. */
void
ladder_origin_set_source (LadderOrigin *origin,
                          const char   *source,
                          const char   *canonical)
{
  g_clear_pointer (&origin->source, g_free);
  origin->fingerprint = 0;
  origin->span_start = -1;
  origin->span_length = 0;

  if (source == NULL || g_strcmp0 (source, canonical) == 0)
    return;

  origin->source = g_strdup (source);
  origin->fingerprint = ladder_fingerprint (canonical);
}

/* Records a sentence whose main value sits at a known place in it, so a
 * new value can be written into the sentence as the page wrote it. The
 * caller has already found that the source differs from the canonical
 * rendering. */
void
ladder_origin_set_spanned_source (LadderOrigin *origin,
                                  const char   *source,
                                  int           span_start,
                                  int           span_length,
                                  const char   *canonical_rest,
                                  const char   *canonical_value)
{
  g_free (origin->source);
  origin->source = g_strdup (source);
  origin->span_start = span_start;
  origin->span_length = span_length;
  origin->fingerprint = ladder_fingerprint (canonical_rest);
  origin->value_fingerprint = ladder_fingerprint (canonical_value);
}

void
ladder_origin_set_gap (LadderOrigin *origin,
                       const char   *gap)
{
  char *copy = g_strdup (gap);

  g_free (origin->gap);
  origin->gap = copy;
}

gboolean
ladder_origin_matches (const LadderOrigin *origin,
                       const char         *canonical)
{
  return origin->source != NULL && origin->fingerprint == ladder_fingerprint (canonical);
}

gboolean
ladder_origin_is_default (const LadderOrigin *origin)
{
  return origin->source == NULL && origin->gap == NULL;
}

/* FNV-1a, 64 bits: cheap, and only used to notice that values changed. */
guint64
ladder_fingerprint (const char *text)
{
  guint64 hash = G_GUINT64_CONSTANT (0xcbf29ce484222325);

  for (const guchar *p = (const guchar *) text; p != NULL && *p != '\0'; p++)
    {
      hash ^= *p;
      hash *= G_GUINT64_CONSTANT (0x100000001b3);
    }

  return hash;
}

char *
ladder_fingerprint_to_string (guint64 fingerprint)
{
  return g_strdup_printf ("%016" G_GINT64_MODIFIER "x", fingerprint);
}

gboolean
ladder_fingerprint_from_string (const char *text,
                                guint64    *fingerprint)
{
  guint64 value = 0;

  if (text == NULL || strlen (text) != 16)
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      int digit = g_ascii_xdigit_value (*p);

      if (digit < 0)
        return FALSE;
      value = (value << 4) | (guint64) digit;
    }

  *fingerprint = value;
  return TRUE;
}

static const char *slot_names[LADDER_N_SLOT_KINDS] = {
  [LADDER_SLOT_TEXT] = "text",
  [LADDER_SLOT_REPORTS_TO] = "reports-to",
  [LADDER_SLOT_GRADE_HEADING] = "grade-heading",
  [LADDER_SLOT_GRADE] = "grade",
  [LADDER_SLOT_RESPONSIBILITIES_HEADING] = "responsibilities-heading",
  [LADDER_SLOT_RESPONSIBILITIES] = "responsibilities",
  [LADDER_SLOT_REQUIREMENTS_HEADING] = "requirements-heading",
  [LADDER_SLOT_REQUIREMENTS] = "requirements",
  [LADDER_SLOT_SUBSECTION] = "subsection",
};

const char *
ladder_slot_kind_to_string (LadderSlotKind kind)
{
  g_return_val_if_fail (kind < LADDER_N_SLOT_KINDS, NULL);

  return slot_names[kind];
}

gboolean
ladder_slot_kind_from_string (const char     *text,
                              LadderSlotKind *kind)
{
  for (guint i = 0; i < LADDER_N_SLOT_KINDS; i++)
    {
      if (g_strcmp0 (text, slot_names[i]) == 0)
        {
          *kind = i;
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
ladder_slot_kind_is_heading (LadderSlotKind kind)
{
  return kind == LADDER_SLOT_GRADE_HEADING
         || kind == LADDER_SLOT_RESPONSIBILITIES_HEADING
         || kind == LADDER_SLOT_REQUIREMENTS_HEADING;
}

/* The words of a heading belong to the document, not to the interface, so
 * they are never translated. */
const char *
ladder_slot_default_label (LadderSlotKind kind)
{
  switch (kind)
    {
    case LADDER_SLOT_GRADE_HEADING:
      return "Job Grade";
    case LADDER_SLOT_RESPONSIBILITIES_HEADING:
      return "Responsibilities";
    case LADDER_SLOT_REQUIREMENTS_HEADING:
      return "Requirements";
    case LADDER_SLOT_TEXT:
    case LADDER_SLOT_REPORTS_TO:
    case LADDER_SLOT_GRADE:
    case LADDER_SLOT_RESPONSIBILITIES:
    case LADDER_SLOT_REQUIREMENTS:
    case LADDER_SLOT_SUBSECTION:
    case LADDER_N_SLOT_KINDS:
    default:
      return NULL;
    }
}

LadderSlot *
ladder_slot_new (LadderSlotKind kind)
{
  LadderSlot *slot = g_new0 (LadderSlot, 1);

  slot->kind = kind;
  ladder_origin_init (&slot->origin);
  ladder_origin_init (&slot->extends_origin);

  return slot;
}

LadderSlot *
ladder_slot_copy (const LadderSlot *slot)
{
  LadderSlot *copy = ladder_slot_new (slot->kind);

  ladder_origin_copy_into (&copy->origin, &slot->origin);
  copy->level = slot->level;
  copy->label = g_strdup (slot->label);
  copy->prefixed = slot->prefixed;
  copy->marker = g_strdup (slot->marker);
  copy->carries_extends = slot->carries_extends;
  ladder_origin_copy_into (&copy->extends_origin, &slot->extends_origin);

  return copy;
}

static gpointer
copy_slot (gconstpointer slot,
           gpointer      user_data)
{
  return ladder_slot_copy (slot);
}

GPtrArray *
ladder_slots_copy (GPtrArray *slots)
{
  GPtrArray *copy = g_ptr_array_copy (slots, copy_slot, NULL);

  g_ptr_array_set_free_func (copy, (GDestroyNotify) ladder_slot_free);
  return copy;
}

void
ladder_slot_free (LadderSlot *slot)
{
  if (slot == NULL)
    return;

  ladder_origin_clear (&slot->origin);
  ladder_origin_clear (&slot->extends_origin);
  g_free (slot->label);
  g_free (slot->marker);
  g_free (slot);
}
