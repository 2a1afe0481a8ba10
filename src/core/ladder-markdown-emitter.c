/* ladder-markdown-emitter.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-markdown-emitter.h"

#include <string.h>

#include "ladder-markdown-blocks.h"

/*
 * Writing a page block by block: each block as the page wrote it while its
 * values are unchanged, in the template's form once they change, with the
 * page's own blank lines between blocks, and (when asked) a map of which
 * block of the page each stands for.
 */

void
ladder_emitter_mark (LadderEmitter      *emitter,
                     LadderPageBlockKind kind,
                     int                 section,
                     LadderSlotKind      slot,
                     LadderBulletList    list,
                     int                 bullet)
{
  emitter->current.kind = kind;
  emitter->current.section = section;
  emitter->current.slot = slot;
  emitter->current.list = list;
  emitter->current.bullet = bullet;
}

gboolean
ladder_emitter_is_canonical (LadderEmitter *emitter)
{
  return (emitter->flags & LADDER_EXPORT_CANONICAL) != 0;
}

const char *
ladder_emitter_gap_or (LadderEmitter *emitter, const LadderOrigin *origin, const char *fallback)
{
  if (ladder_emitter_is_canonical (emitter) || origin == NULL || origin->gap == NULL)
    return fallback;

  return origin->gap;
}

void
ladder_emitter_set_pending_gap (LadderEmitter *emitter, const char *gap)
{
  if (emitter->pending_gap == gap)
    return;

  g_free (emitter->pending_gap);
  emitter->pending_gap = g_strdup (gap);
}

void
ladder_emitter_block (LadderEmitter *emitter, const char *text, const char *gap)
{
  gsize length = strlen (text);

  /* Verbatim Markdown typed in the editor may end in newlines; blank lines
   * between blocks are the emitter's business. */
  while (length > 0 && text[length - 1] == '\n')
    length--;

  if (emitter->started)
    g_string_append (emitter->out, emitter->pending_gap);

  if (emitter->map != NULL)
    {
      LadderPageBlock block = emitter->current;

      block.offset = emitter->out->len;
      block.length = length;
      g_array_append_val (emitter->map, block);
    }

  g_string_append_len (emitter->out, text, length);
  g_string_append_c (emitter->out, '\n');
  ladder_emitter_set_pending_gap (emitter, gap);
  emitter->started = TRUE;
}

/* ladder_emitter_block () of ladder_block_bullet (@marker, @text), without making
 * the bullet's text first. */
void
ladder_emitter_bullet (LadderEmitter *emitter,
                       const char    *marker,
                       const char    *text,
                       const char    *gap)
{
  gsize start;

  if (emitter->started)
    g_string_append (emitter->out, emitter->pending_gap);

  start = emitter->out->len;
  ladder_block_append_bullet (emitter->out, marker, text);
  while (emitter->out->len > start && emitter->out->str[emitter->out->len - 1] == '\n')
    g_string_truncate (emitter->out, emitter->out->len - 1);

  if (emitter->map != NULL)
    {
      LadderPageBlock block = emitter->current;

      block.offset = start;
      block.length = emitter->out->len - start;
      g_array_append_val (emitter->map, block);
    }

  g_string_append_c (emitter->out, '\n');
  ladder_emitter_set_pending_gap (emitter, gap);
  emitter->started = TRUE;
}

/* Writes a block as the page wrote it while its values are unchanged, and
 * in the canonical form otherwise. */
void
ladder_emitter_with_origin (LadderEmitter      *emitter,
                            const LadderOrigin *origin,
                            const char         *canonical,
                            const char         *gap)
{
  if (!ladder_emitter_is_canonical (emitter) && ladder_origin_matches (origin, canonical))
    ladder_emitter_block (emitter, origin->source, gap);
  else
    ladder_emitter_block (emitter, canonical, gap);
}

/* A sentence with its main value at a known place: when only that value
 * changed, the new value is written into the sentence as the page had it;
 * when the role's title or the grade's link changed, see
 * ladder_sentence_rewrite(). */
void
ladder_emitter_spanned (LadderEmitter      *emitter,
                        const LadderOrigin *origin,
                        const char         *canonical_rest,
                        const char         *value_markdown,
                        LadderSentenceKind  kind,
                        const char         *title,
                        const char         *link,
                        const char         *gap)
{
  g_autofree char *canonical = NULL;
  const char      *placeholder = strstr (canonical_rest, LADDER_VALUE_PLACEHOLDER);
  GString         *full;

  if (!ladder_emitter_is_canonical (emitter) && origin->source != NULL && origin->span_start >= 0
      && origin->fingerprint == ladder_fingerprint (canonical_rest)
      && (gsize) origin->span_start + (gsize) origin->span_length <= strlen (origin->source))
    {
      if (origin->value_fingerprint == ladder_fingerprint (value_markdown))
        {
          ladder_emitter_block (emitter, origin->source, gap);
        }
      else
        {
          g_autoptr (GString) text = g_string_new_len (origin->source, origin->span_start);

          g_string_append (text, value_markdown);
          g_string_append (text, origin->source + origin->span_start + origin->span_length);
          ladder_emitter_block (emitter, text->str, gap);
        }
      return;
    }

  if (!ladder_emitter_is_canonical (emitter))
    {
      g_autofree char *kept = ladder_sentence_rewrite (origin, kind, title, link, value_markdown);

      if (kept != NULL)
        {
          ladder_emitter_block (emitter, kept, gap);
          return;
        }
    }

  g_assert (placeholder != NULL);
  full = g_string_new_len (canonical_rest, placeholder - canonical_rest);
  g_string_append (full, value_markdown);
  g_string_append (full, placeholder + strlen (LADDER_VALUE_PLACEHOLDER));
  canonical = g_string_free (full, FALSE);

  ladder_emitter_with_origin (emitter, origin, canonical, gap);
}

void
ladder_emitter_section (LadderEmitter *emitter, LadderSection *section, int position)
{
  int         level = ladder_section_get_level (section);
  const char *body = ladder_section_get_body (section);

  if (level > 0)
    {
      ladder_emitter_mark (emitter, LADDER_PAGE_BLOCK_SECTION_HEADING, position,
                           LADDER_SLOT_SUBSECTION, 0, -1);
      g_autofree char *canonical
          = ladder_block_title_heading (level, ladder_section_get_heading (section));

      ladder_emitter_with_origin (
          emitter, ladder_section_get_heading_origin (section), canonical,
          ladder_emitter_gap_or (emitter, ladder_section_get_heading_origin (section), BLOCK_GAP));
    }

  if (*body != '\0')
    {
      ladder_emitter_mark (emitter, LADDER_PAGE_BLOCK_SECTION_BODY, position,
                           LADDER_SLOT_SUBSECTION, 0, -1);
      ladder_emitter_block (
          emitter, body,
          ladder_emitter_gap_or (emitter, ladder_section_get_body_origin (section), BLOCK_GAP));
    }
}
