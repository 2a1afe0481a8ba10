/* ladder-markdown-export.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-markdown-export.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ladder-error.h"
#include "ladder-front-matter.h"
#include "ladder-markdown-emitter.h"
#include "ladder-bullet-private.h"
#include "ladder-markdown-text.h"

/*
 * A family written as a handbook page: its front matter, intro, sections
 * and roles, in the page's order, through the emitter
 * (ladder-markdown-emitter.c); each role by ladder-markdown-export-role.c.
 */

/* The roles of each run, in order; the last run also takes any role whose
 * run the page no longer has. Sorted once, so that a page of many runs
 * does not go through all the roles for each. */
static GPtrArray *
roles_by_region (LadderFamily *family, guint n_regions)
{
  GListModel *roles = ladder_family_get_roles (family);
  guint       n_roles = g_list_model_get_n_items (roles);
  GPtrArray  *by_region = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  for (guint r = 0; r < MAX (n_regions, 1); r++)
    g_ptr_array_add (by_region, g_ptr_array_new_with_free_func (g_object_unref));

  for (guint i = 0; i < n_roles; i++)
    {
      LadderRole *role = g_list_model_get_item (roles, i);
      guint       region = MIN (ladder_role_get_region (role), by_region->len - 1);

      g_ptr_array_add (g_ptr_array_index (by_region, region), role);
    }

  return by_region;
}

static void
emit_roles (LadderEmitter *emitter, GPtrArray *by_region, guint region)
{
  GPtrArray *roles = g_ptr_array_index (by_region, MIN (region, by_region->len - 1));

  for (guint i = 0; i < roles->len; i++)
    ladder_emitter_role (emitter, g_ptr_array_index (roles, i));
}

static guint
count_roles_sections (GListModel *sections)
{
  guint n_sections = g_list_model_get_n_items (sections);
  guint count = 0;

  for (guint i = 0; i < n_sections; i++)
    {
      g_autoptr (LadderSection) section = g_list_model_get_item (sections, i);

      if (ladder_section_get_kind (section) == LADDER_SECTION_ROLES)
        count++;
    }

  return count;
}

static void
emit_front_matter (LadderEmitter *emitter, LadderFamily *family)
{
  LadderFamilyLayout *layout = ladder_family_get_layout (family);
  guint               n_entries = ladder_family_get_n_front_matter (family);
  g_autoptr (GString) text = NULL;

  if (!layout->has_front_matter && n_entries == 0)
    return;

  text = g_string_new (NULL);
  g_string_append (text, layout->front_matter_open != NULL && !ladder_emitter_is_canonical (emitter)
                             ? layout->front_matter_open
                             : "---");
  g_string_append_c (text, '\n');

  for (guint i = 0; i < n_entries; i++)
    {
      const char *key = ladder_family_get_front_matter_key (family, i);
      const char *yaml = ladder_family_get_front_matter_yaml (family, i);

      if (key != NULL)
        {
          g_string_append (text, key);
          g_string_append_c (text, ':');
        }
      g_string_append (text, yaml);
      g_string_append_c (text, '\n');
    }

  g_string_append (text,
                   layout->front_matter_close != NULL && !ladder_emitter_is_canonical (emitter)
                       ? layout->front_matter_close
                       : "---");

  ladder_emitter_mark (emitter, LADDER_PAGE_BLOCK_FRONT_MATTER, -1, LADDER_SLOT_TEXT, 0, -1);
  ladder_emitter_block (emitter, text->str,
                        ladder_emitter_gap_or (emitter, &layout->front_matter, BLOCK_GAP));
}

/**
 * ladder_markdown_export:
 * @family: the family to write
 * @flags: how to write it
 *
 * Writes @family as a handbook page. A family imported from a page comes
 * out as the page was, but for what was edited since.
 *
 * Returns: (transfer full): the page's Markdown
 */
GString *
ladder_markdown_export (LadderFamily *family, LadderExportFlags flags)
{
  return ladder_markdown_export_mapped (family, flags, NULL);
}

/* Room for the page and its map, found from the bullets (most of a large
 * page), so that they are not copied to larger blocks over and over as
 * they grow: the page of 60,000 bullets is 6 MB. A guess too small only
 * grows as before; what a guess too large leaves unwritten takes no
 * memory. */
#define BYTES_PER_ROLE 512
#define BLOCKS_PER_ROLE 12

static void
reserve (LadderEmitter *emitter, LadderFamily *family)
{
  GListModel *roles = ladder_family_get_roles (family);
  guint       n_roles = g_list_model_get_n_items (roles);
  gsize       n_bytes = 8192, n_blocks = 64;

  for (guint i = 0; i < n_roles; i++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (roles, i);

      n_bytes += BYTES_PER_ROLE;
      n_blocks += BLOCKS_PER_ROLE;
      for (LadderBulletList list = LADDER_BULLET_LIST_RESPONSIBILITIES;
           list <= LADDER_BULLET_LIST_REQUIREMENTS; list++)
        {
          guint n_bullets = ladder_role_get_n_bullets (role, list);

          n_blocks += n_bullets;
          for (guint j = 0; j < n_bullets; j++)
            /* "- " and the newline, and room for a gap or a prefix */
            n_bytes
                += g_ref_string_length (ladder_role_get_bullet_record (role, list, j)->text) + 8;
        }
    }

  /* Room for that much more than is there: a map may be added to. */
  if (emitter->out->len + n_bytes > emitter->out->allocated_len)
    {
      gsize length = emitter->out->len;

      g_string_set_size (emitter->out, length + n_bytes);
      g_string_set_size (emitter->out, length);
    }

  if (emitter->map != NULL)
    {
      guint length = emitter->map->len;

      g_array_set_size (emitter->map, (guint) MIN (length + n_blocks, G_MAXUINT));
      g_array_set_size (emitter->map, length);
    }
}

/**
 * ladder_markdown_export_mapped:
 * @family: the family to write
 * @flags: how to write it
 * @blocks: (nullable) (element-type LadderPageBlock): where to add a
 *   #LadderPageBlock for each block written, in page order
 *
 * Writes @family as ladder_markdown_export() does, and says which part of
 * the model each block of the page stands for. A page imported and not
 * edited since is written back as it was, so the map gives the places of
 * the page that was read.
 *
 * Returns: (transfer full): the page's Markdown
 */
GString *
ladder_markdown_export_mapped (LadderFamily *family, LadderExportFlags flags, GArray *blocks)
{
  LadderFamilyLayout *layout;
  GListModel         *sections;
  guint               n_sections;
  guint               n_regions;
  guint               region = 0;
  GPtrArray          *by_region;
  LadderEmitter       emitter = {
          .out = g_string_sized_new (8192),
          .pending_gap = g_strdup (""),
          .flags = flags,
          .map = blocks,
          .current = { .role = -1, .section = -1, .bullet = -1 },
  };

  g_return_val_if_fail (LADDER_IS_FAMILY (family), NULL);

  layout = ladder_family_get_layout (family);
  sections = ladder_family_get_sections (family);
  n_sections = g_list_model_get_n_items (sections);
  n_regions = count_roles_sections (sections);

  if (blocks != NULL)
    {
      GListModel *roles = ladder_family_get_roles (family);
      guint       n_roles = g_list_model_get_n_items (roles);

      g_return_val_if_fail (g_array_get_element_size (blocks) == sizeof (LadderPageBlock), NULL);

      /* Positions from 1, so that a missing role reads as -1. */
      emitter.role_positions = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < n_roles; i++)
        {
          g_autoptr (LadderRole) role = g_list_model_get_item (roles, i);

          g_hash_table_insert (emitter.role_positions, role, GUINT_TO_POINTER (i + 1));
        }
    }

  reserve (&emitter, family);
  emit_front_matter (&emitter, family);

  /* Blank lines at the top of a page that has no front matter. */
  if (!layout->has_front_matter && layout->front_matter.gap != NULL
      && !ladder_emitter_is_canonical (&emitter))
    g_string_append (emitter.out, layout->front_matter.gap);

  ladder_emitter_mark (&emitter, LADDER_PAGE_BLOCK_INTRO, -1, LADDER_SLOT_TEXT, 0, -1);
  if (*ladder_family_get_intro (family) != '\0')
    ladder_emitter_block (&emitter, ladder_family_get_intro (family),
                          ladder_emitter_gap_or (&emitter, &layout->intro, BLOCK_GAP));

  by_region = roles_by_region (family, n_regions);

  /* Without a section that places them, the roles come first. */
  if (n_regions == 0)
    emit_roles (&emitter, by_region, 0);

  for (guint i = 0; i < n_sections; i++)
    {
      g_autoptr (LadderSection) section = g_list_model_get_item (sections, i);

      ladder_emitter_section (&emitter, section, (int) i);

      if (ladder_section_get_kind (section) == LADDER_SECTION_ROLES)
        {
          emit_roles (&emitter, by_region, region);
          region++;
        }
    }

  /* A page of blank lines alone has no block, but still its own ending. */
  if (!ladder_emitter_is_canonical (&emitter))
    {
      if (layout->final_gap != NULL)
        g_string_append (emitter.out, layout->final_gap);

      if (layout->no_final_newline && emitter.out->len > 0
          && emitter.out->str[emitter.out->len - 1] == '\n')
        g_string_truncate (emitter.out, emitter.out->len - 1);
    }

  g_ptr_array_unref (by_region);
  g_free (emitter.pending_gap);
  g_clear_pointer (&emitter.role_positions, g_hash_table_unref);
  return emitter.out;
}

/**
 * ladder_markdown_export_checked:
 * @family: the family to write
 * @flags: how to write it
 * @filename: (nullable): the name of the family's file, for the message
 * @error: return location for a #GError
 *
 * As ladder_markdown_export (), but refuses to write a front matter that
 * is not one YAML mapping of the family's keys (which every way into the
 * model already refuses, so this is the last line of defence).
 *
 * Returns: (transfer full) (nullable): the page's Markdown, or %NULL with
 *   @error set
 */
GString *
ladder_markdown_export_checked (LadderFamily     *family,
                                LadderExportFlags flags,
                                const char       *filename,
                                GError          **error)
{
  guint            entry, line, column;
  g_autofree char *message = NULL;

  g_return_val_if_fail (LADDER_IS_FAMILY (family), NULL);

  if (!ladder_front_matter_check_family (family, &entry, &line, &column, &message))
    {
      /* TRANSLATORS: %s says what is wrong with the front matter */
      ladder_set_error_at (error, LADDER_ERROR_INVALID, filename, 0, 0,
                           _ ("the page cannot be written: %s"), message);
      return NULL;
    }

  return ladder_markdown_export (family, flags);
}
