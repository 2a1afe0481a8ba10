/* ladder-markdown-import.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-markdown-import.h"
#include "ladder-markdown-import-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ladder-error.h"
#include "ladder-json-private.h"
#include "ladder-json.h"
#include "ladder-markdown-cost.h"
#include "ladder-front-matter.h"
#include "ladder-markdown-check.h"
#include "ladder-utf8.h"

/*
 * A page is read in three steps. The front matter is split off by hand (it
 * is YAML, not Markdown). The body is parsed with libcmark, and each
 * top-level block is given the lines it owns: from its first line to the
 * line before the next block, less the blank lines in between, which become
 * the block's gap. So every line of the page belongs to exactly one block or
 * gap, and nothing can be lost. Last, the blocks are grouped: headings that
 * own "Job Grade", "Responsibilities" or "Requirements" sub-headings are
 * roles, the rest are sections, and every block that is not understood is
 * kept as verbatim Markdown at its place.
 */

/* How much of a page is read into fields. */
typedef enum
{
  READ_ALL,
  /* The front matter is read, the body kept as text. */
  BODY_AS_TEXT,
  /* The whole page is kept as text. */
  PAGE_AS_TEXT,
} ImportMode;

/* Why less than the whole page was read. */
typedef struct
{
  LadderMarkdownCost cost;
  gsize              where;
  gboolean           long_front_matter;
  /* Where the body starts. */
  gsize body;
} Fallback;

/* Links and HTML in the page that Ladder would refuse if they were typed
 * (ladder-markdown-check.c): the page keeps them, the person is told. */
typedef struct
{
  GPtrArray  *diagnostics;
  const char *filename;
  guint       first_line;
} ProblemContext;

static void
add_problem (int line, int column, const char *message, gpointer user_data)
{
  ProblemContext *context = user_data;

  g_ptr_array_add (context->diagnostics,
                   ladder_diagnostic_new (LADDER_DIAGNOSTIC_WARNING, LADDER_IMPORT_WARNING,
                                          LADDER_IMPORT_WARNING_UNSAFE, context->filename,
                                          line + (int) context->first_line, column, "%s", message));
}

/* Reads the page as far as @mode says. NULL with @error set for a front
 * matter that is not one YAML mapping of plain keys: written back, it
 * would break the handbook's build or gain keys. */
static LadderFamily *
import_page (const char        *data,
             gsize              length,
             ImportMode         mode,
             Fallback          *fallback,
             const char        *filename,
             const char *const *other_titles,
             GPtrArray         *diagnostics,
             GError           **error)
{
  g_autoptr (LadderFamily) family = NULL;
  LadderFamilyLayout *layout;
  Importer            importer = { 0 };
  cmark_node         *document = NULL;
  LadderCmarkArena   *arena = NULL;
  guint               body;
  guint               n_blocks;
  guint               first_heading;
  GArray             *regions;
  guint               cursor;
  int                 base = 6;

  family = g_object_new (LADDER_TYPE_FAMILY, NULL);
  layout = ladder_family_get_layout (family);
  importer.data = data;
  importer.length = length;
  importer.family = family;
  ladder_import_split_lines (&importer);

  if (length > 0 && data[length - 1] != '\n')
    layout->no_final_newline = TRUE;

  /* Counted before a single entry is made. */
  if (mode == READ_ALL
      && ladder_import_count_front_matter_entries (&importer) > LADDER_MAX_FRONT_MATTER)
    {
      fallback->long_front_matter = TRUE;
      mode = PAGE_AS_TEXT;
    }

  if (mode == PAGE_AS_TEXT)
    {
      layout->has_front_matter = FALSE;
      body = 0;
    }
  else
    {
      body = ladder_import_front_matter (&importer);
    }

  if (layout->has_front_matter)
    {
      guint            entry, line, column;
      g_autofree char *message = NULL;

      if (!ladder_front_matter_check_family (family, &entry, &line, &column, &message))
        {
          ladder_set_error_at (error, LADDER_ERROR_SYNTAX, filename, (int) line + 1, (int) column,
                               "%s", message);
          g_array_free (importer.starts, TRUE);
          return NULL;
        }
    }

  /* Blank lines at the very top of a page without front matter. */
  if (!layout->has_front_matter && body == 0)
    {
      while (body < importer.n_lines && line_is_blank (&importer, body))
        body++;
      if (body > 0)
        layout->front_matter.gap = ladder_import_gap_text (&importer, 0, body, "");
    }

  importer.body = body;
  if (body < importer.n_lines)
    {
      gsize offset = g_array_index (importer.starts, gsize, body);

      fallback->body = offset;
      if (mode == READ_ALL)
        {
          fallback->cost = ladder_markdown_cost (data + offset, length - offset, &fallback->where);
          fallback->where += offset;
          if (fallback->cost == LADDER_MARKDOWN_COST_BOUNDED)
            document = ladder_import_parse_body (&arena, data + offset, length - offset);
        }

      ladder_import_collect_blocks (&importer, document, body);

      /* A page kept as text says so (ladder_markdown_import_full ()). */
      if (diagnostics != NULL && document != NULL)
        {
          ProblemContext context = { diagnostics, filename, body };

          ladder_markdown_find_problems (document, add_problem, &context);
        }
    }
  else
    {
      importer.blocks = g_array_new (FALSE, TRUE, sizeof (Block));
    }
  n_blocks = importer.blocks->len;

  if (n_blocks > 0)
    {
      Block *last = block_at (&importer, n_blocks - 1);

      layout->final_gap = ladder_import_block_gap (&importer, last, "");
      importer.last_block = last;
    }

  first_heading = n_blocks;
  for (guint i = 0; i < n_blocks; i++)
    {
      if (block_at (&importer, i)->type == CMARK_NODE_HEADING)
        {
          first_heading = i;
          break;
        }
    }

  regions = ladder_import_find_regions (&importer);

  /* A role without a heading (the page's one role), given a manager:
   * Ladder writes the sentence right before the role's first part
   * heading, at the end of the intro or of the section before. It is the
   * role's. */
  for (guint r = 0; r < regions->len; r++)
    {
      Region *region = &g_array_index (regions, Region, r);
      guint   before = region->start - 1;

      if (region->members != NULL || region->wrapper >= 0 || region->start == 0
          || (r > 0 && g_array_index (regions, Region, r - 1).end > before)
          || !ladder_import_says_whom_role_reports_to (&importer, before,
                                                       ladder_family_get_title (family)))
        continue;

      region->start = before;
      first_heading = MIN (first_heading, before);
    }

  if (first_heading > 0)
    {
      Block           *last = block_at (&importer, first_heading - 1);
      g_autofree char *intro
          = ladder_import_lines_text (&importer, block_at (&importer, 0)->first, last->last);

      ladder_family_set_intro (family, intro);
      layout->intro.gap = ladder_import_block_gap (&importer, last, "\n");
    }

  /* The runs are in page order and apart. */
  for (guint i = first_heading, r = 0; i < n_blocks; i++)
    {
      Block   *block = block_at (&importer, i);
      gboolean inside;

      while (r < regions->len && g_array_index (regions, Region, r).end <= i)
        r++;

      inside = r < regions->len
               && ((i >= g_array_index (regions, Region, r).start)
                   || (int) i == g_array_index (regions, Region, r).wrapper);

      if (block->type == CMARK_NODE_HEADING && !inside)
        base = MIN (base, block->level);
    }

  cursor = first_heading;
  for (guint r = 0; r < regions->len; r++)
    {
      Region *region = &g_array_index (regions, Region, r);
      g_autoptr (LadderSection) roles_section = NULL;
      guint before_end = region->wrapper >= 0 ? (guint) region->wrapper : region->start;

      ladder_import_read_sections (&importer, cursor, before_end, base);

      if (region->wrapper >= 0)
        roles_section
            = ladder_import_read_section (&importer, (guint) region->wrapper, region->start);
      else
        roles_section = ladder_section_new (LADDER_SECTION_ROLES, "", 0);

      ladder_section_set_kind (roles_section, LADDER_SECTION_ROLES);
      ladder_family_append_section (family, roles_section);
      importer.region = r;

      if (region->members != NULL)
        {
          if (region->lead_title != NULL)
            ladder_import_read_roles (
                &importer, -1, region->lead_title, 0, region->start,
                region->members->len > 0 ? g_array_index (region->members, guint, 0) : region->end);

          for (guint k = 0; k < region->members->len; k++)
            {
              guint  heading = g_array_index (region->members, guint, k);
              guint  to = k + 1 < region->members->len
                              ? g_array_index (region->members, guint, k + 1)
                              : region->end;
              Block *block = block_at (&importer, heading);

              ladder_import_read_roles (&importer, (int) heading, block->plain, block->level,
                                        heading + 1, to);
            }
        }
      else
        {
          ladder_import_read_roles (&importer, -1, ladder_family_get_title (family), 0,
                                    region->start, region->end);
        }

      cursor = region->end;
    }

  ladder_import_read_sections (&importer, cursor, n_blocks, base);
  g_array_unref (regions);

  {
    GListModel *model = ladder_family_get_roles (family);
    guint       n_roles = g_list_model_get_n_items (model);
    g_autoptr (GHashTable) by_title = NULL;
    g_autoptr (GPtrArray) others = g_ptr_array_new_with_free_func (g_object_unref);

    /* The titles of roles kept elsewhere (the other level pages of a
     * family folder) are roles an "Extends that of the …" line may name
     * too, as those of the page are. */
    if (other_titles != NULL)
      {
        by_title = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
        for (guint i = 0; i < n_roles; i++)
          {
            g_autoptr (LadderRole) role = g_list_model_get_item (model, i);
            char *key = g_utf8_casefold (ladder_role_get_title (role), -1);

            if (*key == '\0' || g_hash_table_contains (by_title, key))
              g_free (key);
            else
              g_hash_table_insert (by_title, key, role);
          }
        for (guint i = 0; other_titles[i] != NULL; i++)
          {
            char *key = g_utf8_casefold (other_titles[i], -1);

            if (*key == '\0' || g_hash_table_contains (by_title, key))
              {
                g_free (key);
                continue;
              }
            g_ptr_array_add (others, ladder_role_new (other_titles[i]));
            g_hash_table_insert (by_title, key, g_ptr_array_index (others, others->len - 1));
          }
      }

    for (guint i = 0; i < n_roles; i++)
      {
        g_autoptr (LadderRole) role = g_list_model_get_item (model, i);

        ladder_import_resolve_extends (family, role, &by_title);
      }
  }

  for (guint i = 0; i < n_blocks; i++)
    g_free (block_at (&importer, i)->plain);
  g_array_free (importer.blocks, TRUE);
  g_array_free (importer.starts, TRUE);
  ladder_cmark_arena_free (arena);

  return g_steal_pointer (&family);
}

/* The quark's name is the text between the brackets, as written. */
/* clang-format off */
G_DEFINE_QUARK (ladder-import-warning-quark, ladder_import_warning)
/* clang-format on */

static void
warn_kept_as_text (GPtrArray  *diagnostics,
                   const char *filename,
                   const char *data,
                   gsize       offset,
                   const char *reason)
{
  int line, column;

  if (diagnostics == NULL)
    return;

  ladder_text_position (data, data + offset, &line, &column);
  g_ptr_array_add (
      diagnostics,
      ladder_diagnostic_new (LADDER_DIAGNOSTIC_WARNING, LADDER_IMPORT_WARNING,
                             LADDER_IMPORT_WARNING_KEPT_AS_TEXT, filename, line, column,
                             /* TRANSLATORS: %s says why, such as "too many roles: …" */
                             _ ("%s; the page is kept as Markdown text: it exports unchanged, "
                                "but its roles cannot be edited as fields"),
                             reason));
}

/**
 * ladder_markdown_import_full:
 * @data: the page's bytes
 * @length: their length
 * @filename: (nullable): the name to give in messages
 * @diagnostics: (nullable) (element-type LadderDiagnostic): where to add
 *   warnings about the page
 * @error: return location for a #GError
 *
 * Reads a handbook job-family page. Whatever the page says that is not
 * a role's title, manager, grade, responsibilities or requirements, or a
 * section, is kept as Markdown at its place, so that exporting the family
 * again gives back the page.
 *
 * A page that libcmark would take too long or too much memory to read
 * (ladder-markdown-cost.c), or whose fields would pass the bounds of the
 * file format (ladder-json.h), is not refused: it is kept as Markdown text,
 * and still exports byte for byte, with a warning in @diagnostics
 * (%LADDER_IMPORT_WARNING_KEPT_AS_TEXT) saying why.
 *
 * Returns: (transfer full) (nullable): the family, or %NULL with @error set
 */
static LadderFamily *
import_among (const char        *data,
              gsize              length,
              const char        *filename,
              const char *const *other_titles,
              GPtrArray         *diagnostics,
              GError           **error)
{
  g_autoptr (LadderFamily) family = NULL;
  g_autoptr (GBytes) file = NULL;
  g_autofree char *bound = NULL;
  gboolean         count_values = FALSE;
  Fallback         fallback = { LADDER_MARKDOWN_COST_BOUNDED, 0, FALSE, 0 };
  const char      *invalid = NULL;
  const char      *nul;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (data == NULL)
    data = "";

  nul = length > 0 ? memchr (data, '\0', length) : NULL;
  if (nul != NULL || !ladder_utf8_validate (data, length, &invalid))
    {
      int line, column;

      ladder_text_position (data, nul != NULL ? nul : invalid, &line, &column);
      ladder_set_error_at (error, LADDER_ERROR_SYNTAX, filename, line, column,
                           nul != NULL ? _ ("the page holds a NUL byte; it is not a text file")
                                       : _ ("the page is not valid UTF-8"));
      return NULL;
    }

  family
      = import_page (data, length, READ_ALL, &fallback, filename, other_titles, diagnostics, error);
  if (family == NULL)
    return NULL;

  if (fallback.long_front_matter)
    {
      g_autofree char *reason = g_strdup_printf (_ ("the front matter has more than %d entries"),
                                                 LADDER_MAX_FRONT_MATTER);

      warn_kept_as_text (diagnostics, filename, data, 0, reason);
      return g_steal_pointer (&family);
    }

  switch (fallback.cost)
    {
    case LADDER_MARKDOWN_COST_QUADRATIC:
      warn_kept_as_text (
          diagnostics, filename, data, fallback.where,
          _ ("a paragraph with this many images and links would take too long to read"));
      return g_steal_pointer (&family);

    case LADDER_MARKDOWN_COST_TOO_MUCH_MARKUP:
      warn_kept_as_text (diagnostics, filename, data, fallback.body,
                         _ ("the page holds too much markup to be read in bounded memory"));
      return g_steal_pointer (&family);

    case LADDER_MARKDOWN_COST_LONE_CARRIAGE_RETURN:
      warn_kept_as_text (diagnostics, filename, data, fallback.where,
                         _ ("a line ends with a lone carriage return"));
      return g_steal_pointer (&family);

    case LADDER_MARKDOWN_COST_BOUNDED:
    default:
      break;
    }

  /* What the importer makes, the reader must read: a page whose fields
   * pass the bounds of the format keeps its body as text. The file is
   * written to count its values only for a family large enough to need
   * it. */
  bound = ladder_json_family_bound (family, &count_values);
  if (bound == NULL && count_values)
    {
      file = ladder_json_write (family);
      ladder_json_check_syntax (g_bytes_get_data (file, NULL), g_bytes_get_size (file), filename,
                                NULL, NULL, NULL, &bound, NULL);
    }

  if (bound == NULL)
    return g_steal_pointer (&family);

  g_clear_object (&family);
  family = import_page (data, length, BODY_AS_TEXT, &fallback, filename, NULL, NULL, error);
  if (family == NULL)
    return NULL;
  warn_kept_as_text (diagnostics, filename, data, fallback.body,
                     bound != NULL ? bound
                                   : _ ("the page is beyond the bounds of the file format"));
  return g_steal_pointer (&family);
}

LadderFamily *
ladder_markdown_import_full (const char *data,
                             gsize       length,
                             const char *filename,
                             GPtrArray  *diagnostics,
                             GError    **error)
{
  return import_among (data, length, filename, NULL, diagnostics, error);
}

/**
 * ladder_markdown_import_among:
 * @other_titles: (array zero-terminated=1): the titles of roles the page's
 *   "Extends that of the …" lines may name besides its own: the other
 *   levels of a family folder, each on a page of its own
 *
 * ladder_markdown_import() of a page whose roles extend roles kept
 * elsewhere.
 *
 * Returns: (transfer full) (nullable): the family, or %NULL with @error set
 */
LadderFamily *
ladder_markdown_import_among (const char        *data,
                              gsize              length,
                              const char        *filename,
                              const char *const *other_titles,
                              GError           **error)
{
  return import_among (data, length, filename, other_titles, NULL, error);
}

/**
 * ladder_markdown_import:
 *
 * ladder_markdown_import_full() without the warnings.
 *
 * Returns: (transfer full) (nullable): the family, or %NULL with @error set
 */
LadderFamily *
ladder_markdown_import (const char *data, gsize length, const char *filename, GError **error)
{
  return ladder_markdown_import_full (data, length, filename, NULL, error);
}
