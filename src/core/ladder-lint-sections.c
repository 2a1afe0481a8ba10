/* ladder-lint-sections.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-lint-private.h"

#include "ladder-markdown-import.h"
#include "ladder-role-text.h"

#include <cmark.h>
#include <glib/gi18n-lib.h>
#include <string.h>

/*
 * The guidelines about the family's sections: three to five performance
 * indicators, each linked, given per level or once for the family; no
 * empty Levels, Specialties or Segment sections; no Compensation or About
 * GitLab section, which the handbook adds itself; and a hiring process
 * that keeps its link to the hiring page and its screening call.
 */

typedef struct
{
  gsize    heading;   /* page offset of the group's heading */
  gboolean has_heading;
  guint    n_items;
  /* Items that point to a page of indicators ("[Security KPIs](…)"). */
  guint    n_pointers;
  GArray  *unlinked;  /* page offsets */
} IndicatorGroup;

static gboolean
points_to_indicators (const char *item)
{
  const char *open = strchr (item, '[');
  const char *close = open != NULL ? strstr (open, "](") : NULL;
  gsize length;

  /* What the link says, not where it goes. */
  if (close == NULL)
    return FALSE;
  length = (gsize) (close - open);

  return ladder_lint_contains_folded (open, length, "kpi")
         || ladder_lint_contains_folded (open, length, "performance indicator");
}

static gboolean
has_link (const char *text,
          gsize       length)
{
  g_autoptr (GArray) links = g_array_new (FALSE, FALSE, sizeof (LintLink));

  ladder_lint_find_links (text, length, links);
  return links->len > 0 || g_strstr_len (text, (gssize) length, "{{") != NULL;
}

static gboolean
list_item_at (const char *line,
              gsize       length,
              gsize      *indent)
{
  gsize i = 0;

  while (i < length && line[i] == ' ')
    i++;
  *indent = i;

  if (i + 1 < length && strchr ("-*+", line[i]) != NULL && line[i + 1] == ' ')
    return TRUE;

  while (i < length && g_ascii_isdigit (line[i]))
    i++;
  return i > *indent && i + 1 < length && (line[i] == '.' || line[i] == ')') && line[i + 1] == ' ';
}

/* The indicator lists of a section's text: one before any heading, and one
 * under each heading in it (per level). */
static GArray *
indicator_groups (const char *text,
                  gsize       length,
                  gsize       base)
{
  GArray *groups = g_array_new (FALSE, TRUE, sizeof (IndicatorGroup));
  IndicatorGroup group = { .unlinked = g_array_new (FALSE, FALSE, sizeof (gsize)) };
  LintLines lines;
  const char *line;
  gsize line_length;
  gboolean code;
  gsize item_indent = G_MAXSIZE;
  gsize item_start = 0;
  GString *item = g_string_new (NULL);
  gboolean in_item = FALSE;

#define END_ITEM()                                                                   \
  G_STMT_START                                                                       \
  {                                                                                  \
    if (in_item)                                                                     \
      {                                                                              \
        group.n_items++;                                                             \
        if (points_to_indicators (item->str))                                        \
          group.n_pointers++;                                                        \
        if (!has_link (item->str, item->len))                                        \
          g_array_append_val (group.unlinked, item_start);                           \
        in_item = FALSE;                                                             \
      }                                                                              \
  }                                                                                  \
  G_STMT_END

  ladder_lint_lines_init (&lines, text, length);
  while (ladder_lint_lines_next (&lines, &line, &line_length, &code))
    {
      gsize indent, start;

      if (!code && ladder_lint_is_heading_line (line, line_length, &start))
        {
          END_ITEM ();
          g_array_append_val (groups, group);
          group = (IndicatorGroup) { .heading = base + (gsize) (line - text), .has_heading = TRUE,
                                     .unlinked = g_array_new (FALSE, FALSE, sizeof (gsize)) };
          item_indent = G_MAXSIZE;
          continue;
        }

      if (!code && list_item_at (line, line_length, &indent) && indent <= MIN (item_indent, 3))
        {
          END_ITEM ();
          item_indent = MIN (item_indent, indent);
          item_start = base + (gsize) (line - text);
          g_string_assign (item, "");
          in_item = TRUE;
        }
      else if (in_item && line_length > 0)
        {
          /* Continuation lines and nested items belong to the item. */
          g_string_append_c (item, '\n');
        }
      else if (line_length == 0)
        {
          continue;
        }

      if (in_item)
        g_string_append_len (item, line, (gssize) line_length);
    }
  END_ITEM ();
  g_array_append_val (groups, group);
#undef END_ITEM

  g_string_free (item, TRUE);
  return groups;
}

static void
free_groups (GArray *groups)
{
  for (guint i = 0; i < groups->len; i++)
    g_array_unref (g_array_index (groups, IndicatorGroup, i).unlinked);
  g_array_unref (groups);
}

static void
check_indicator_group (LintContext          *context,
                       guint                 block,
                       const IndicatorGroup *group,
                       gsize                 heading)
{
  if (group->n_items > 0 && group->n_pointers < group->n_items
      && (group->n_items < 3 || group->n_items > 5))
    ladder_lint_report_at_block (
        context, "pi-count", block, group->has_heading ? group->heading : heading, 0,
        /* TRANSLATORS: %u is a number of indicators */
        g_dngettext (GETTEXT_PACKAGE, "%u performance indicator: give three to five",
                     "%u performance indicators: give three to five", group->n_items),
        group->n_items);

  for (guint i = 0; i < group->unlinked->len; i++)
    ladder_lint_report_at_block (
        context, "pi-unlinked", block, g_array_index (group->unlinked, gsize, i), 0,
        _("Link this performance indicator to its definition in the handbook"));
}

static void
check_indicators (LintContext *context)
{
  int family_list_at = -1;
  gboolean per_level = FALSE;

  if (!ladder_lint_wants (context, "pi-count") && !ladder_lint_wants (context, "pi-unlinked")
      && !ladder_lint_wants (context, "pi-per-level-and-family"))
    return;

  for (guint b = 0; b < context->map->len; b++)
    {
      const LadderPageBlock *block = ladder_lint_block (context, b);
      LadderSection *section;
      GArray *groups;
      int heading = -1;

      if (block->kind != LADDER_PAGE_BLOCK_SECTION_BODY
          || ladder_lint_block_section_kind (context, b) != LADDER_SECTION_PERFORMANCE_INDICATORS)
        continue;

      section = ladder_lint_block_section (context, b);
      if (block->role < 0)
        heading = context->section_heading[block->section];
      else if (b > 0
               && ladder_lint_block (context, b - 1)->kind == LADDER_PAGE_BLOCK_SECTION_HEADING)
        heading = (int) b - 1;

      groups = indicator_groups (context->page + block->offset, block->length, block->offset);
      for (guint g = 0; g < groups->len; g++)
        {
          const IndicatorGroup *group = &g_array_index (groups, IndicatorGroup, g);

          check_indicator_group (context, b, group,
                                 heading >= 0 ? ladder_lint_block (context, (guint) heading)->offset
                                              : block->offset);

          if (group->n_items == 0)
            continue;
          if (block->role >= 0 || group->has_heading)
            per_level = TRUE;
          else if (family_list_at < 0)
            family_list_at = heading >= 0 ? heading : (int) b;
        }
      free_groups (groups);
      (void) section;
    }

  if (family_list_at >= 0 && per_level)
    ladder_lint_report_at_block (context, "pi-per-level-and-family", (guint) family_list_at,
                                 ladder_lint_block (context, (guint) family_list_at)->offset, 0,
                                 _("Performance indicators are given for the family and per "
                                    "level: give them once for the family, or per level"));
}

static char *
heading_words (const char *heading)
{
  g_autofree char *folded = ladder_lint_casefold_trim (heading, -1);
  gsize length = strlen (folded);

  while (length > 0 && strchr (".:!?", folded[length - 1]) != NULL)
    folded[--length] = '\0';

  return g_steal_pointer (&folded);
}

static gboolean
region_has_roles (LintContext *context,
                  guint        region)
{
  for (guint r = 0; r < context->roles->len; r++)
    if (ladder_role_get_region (g_ptr_array_index (context->roles, r)) == region)
      return TRUE;

  return FALSE;
}

static void
check_headed_sections (LintContext *context)
{
  guint region = 0;

  for (guint b = 0; b < context->map->len; b++)
    {
      const LadderPageBlock *block = ladder_lint_block (context, b);
      LadderSection *section;
      g_autofree char *words = NULL;
      gboolean has_body;

      if (block->kind != LADDER_PAGE_BLOCK_SECTION_HEADING)
        continue;

      section = ladder_lint_block_section (context, b);
      if (section == NULL)
        continue;

      words = heading_words (ladder_section_get_heading (section));
      has_body = *ladder_section_get_body (section) != '\0';

      if (g_str_equal (words, "compensation") || g_str_has_prefix (words, "compensation and")
          || g_str_has_prefix (words, "about gitlab"))
        ladder_lint_report_at_block (
            context, "automatic-section", b, block->offset, block->length,
            /* TRANSLATORS: %s is a heading */
            _("Remove the “%s” section: the handbook adds it to every job family page"),
            ladder_section_get_heading (section));

      if (g_str_equal (words, "levels") || g_str_equal (words, "leveling")
          || g_str_has_prefix (words, "specialt") || g_str_has_prefix (words, "specialit")
          || g_str_equal (words, "segment") || g_str_equal (words, "segments"))
        {
          gboolean roles = block->role < 0
                           && ladder_section_get_kind (section) == LADDER_SECTION_ROLES
                           && region_has_roles (context, region);

          if (!has_body && !roles)
            ladder_lint_report_at_block (context, "empty-section", b, block->offset, block->length,
                                         _("The “%s” section is empty: fill it in or remove it"),
                                         ladder_section_get_heading (section));
        }

      if (block->role < 0 && ladder_section_get_kind (section) == LADDER_SECTION_ROLES)
        region++;

      if (ladder_section_get_kind (section) == LADDER_SECTION_HIRING_PROCESS)
        {
          const char *body = ladder_section_get_body (section);
          gboolean linked = FALSE;

          /* A shortcode brings the hiring process from elsewhere. */
          if (strstr (body, "{{") != NULL)
            continue;

          {
            LintLines lines;
            const char *line;
            gsize length;
            gboolean code;

            ladder_lint_lines_init (&lines, body, strlen (body));
            while (!linked && ladder_lint_lines_next (&lines, &line, &length, &code))
              {
                g_autoptr (GArray) links = g_array_new (FALSE, FALSE, sizeof (LintLink));

                ladder_lint_find_links (line, length, links);
                for (guint i = 0; i < links->len && !linked; i++)
                  {
                    const LintLink *link = &g_array_index (links, LintLink, i);
                    g_autofree char *url = g_strndup (line + link->start, link->length);
                    const char *path = strstr (url, "/handbook/hiring");

                    linked = path != NULL
                             && (path[16] == '\0' || path[16] == '#'
                                 || (path[16] == '/' && (path[17] == '\0' || path[17] == '#')));
                  }
              }
          }

          if (!linked)
            ladder_lint_report_at_block (context, "hiring-page-link", b, block->offset,
                                         block->length,
                                         _("The hiring process does not link to the hiring page: "
                                            "keep “[hiring page](/handbook/hiring/)”"));

          if (!ladder_lint_contains_folded (body, strlen (body), "screen"))
            ladder_lint_report_at_block (
                context, "screening-call", b, block->offset, block->length,
                _("The hiring process does not mention the screening call: keep that step"));
        }
    }
}

/* Whether a line of @text could be a heading: one that starts with "#",
 * or one of "=" or "-" alone under another (a setext heading's line), so
 * that cmark reads only those texts; a bullet's "- " is not one. */
static gboolean
may_hold_heading (const char *text, gsize length)
{
  const char *end = text + length;

  for (const char *line = text; line < end;)
    {
      const char *eol = memchr (line, '\n', (gsize) (end - line));
      const char *p = line;

      if (eol == NULL)
        eol = end;
      while (p < eol && *p == ' ' && p - line < 3)
        p++;
      if (p < eol && *p == '#')
        return TRUE;
      if (p < eol && line > text && (*p == '=' || *p == '-'))
        {
          const char *q = p;

          while (q < eol && (*q == *p || *q == ' ' || *q == '\t'))
            q++;
          if (q == eol)
            return TRUE;
        }
      line = eol + 1;
    }

  return FALSE;
}

/* A heading typed in the introduction or in a family section's text ("##
 * Growth" in the Career Ladder's) is kept on the page as typed, but there
 * it starts a section of its own: opened again, the text from it on is no
 * longer the field's. A deeper heading stays in the section. */
static void
check_headings_in_text (LintContext *context)
{
  if (!ladder_lint_wants (context, "heading-in-text"))
    return;

  for (guint b = 0; b < context->map->len; b++)
    {
      const LadderPageBlock *block = ladder_lint_block (context, b);
      const char            *text = context->page + block->offset;
      LadderSection         *section = NULL;
      int                    most;
      cmark_node            *document;
      cmark_iter            *iter;
      cmark_event_type       event;

      /* The introduction ends at any heading; a family's "##" section at
       * the next "##" or "#". Deeper sections and a role's are left out:
       * the page reads some of their headings as part of them (a run of
       * "###" levels under a section of their own). */
      if (block->kind == LADDER_PAGE_BLOCK_INTRO)
        most = 6;
      else if (block->kind == LADDER_PAGE_BLOCK_SECTION_BODY && block->role < 0
               && (section = ladder_lint_block_section (context, b)) != NULL
               && ladder_section_get_level (section) <= 2)
        most = ladder_section_get_level (section);
      else
        continue;

      if (!may_hold_heading (text, block->length))
        continue;

      document = cmark_parse_document (text, block->length, CMARK_OPT_SOURCEPOS);
      iter = cmark_iter_new (document);
      while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
        {
          cmark_node *node = cmark_iter_get_node (iter);
          const char *line = text;
          const char *line_end;
          int         level;

          if (event != CMARK_EVENT_ENTER || cmark_node_get_type (node) != CMARK_NODE_HEADING
              || (level = cmark_node_get_heading_level (node)) > most)
            continue;

          for (int n = 1; n < cmark_node_get_start_line (node) && line != NULL; n++)
            {
              line = memchr (line, '\n', block->length - (gsize) (line - text));
              line = line != NULL ? line + 1 : NULL;
            }
          if (line == NULL)
            continue;
          line_end = memchr (line, '\n', block->length - (gsize) (line - text));
          if (line_end == NULL)
            line_end = text + block->length;

          if (section == NULL)
            ladder_lint_report_at_block (
                context, "heading-in-text", b, (gsize) (line - context->page),
                (gsize) (line_end - line),
                _ ("This heading starts a section of its own: opened again, the text from here on "
                   "is no longer the introduction’s"));
          else if (most < 6)
            ladder_lint_report_at_block (
                context, "heading-in-text", b, (gsize) (line - context->page),
                (gsize) (line_end - line),
                /* TRANSLATORS: %s is a Markdown heading's marks, such as "####" */
                _ ("This heading starts a section of its own: opened again, the text from here on "
                   "is no longer this section’s; a deeper heading (“%s”) stays in it"),
                &"######"[5 - most]);
          else
            ladder_lint_report_at_block (
                context, "heading-in-text", b, (gsize) (line - context->page),
                (gsize) (line_end - line),
                _ ("This heading starts a section of its own: opened again, the text from here on "
                   "is no longer this section’s"));
        }
      cmark_iter_free (iter);
      cmark_node_free (document);
    }
}

/* The first line of @text (a block of @length bytes) that holds a
 * heading, as cmark reads it; its length in @line_length. NULL if none. */
static const char *
first_heading_line (const char *text, gsize length, gsize *line_length)
{
  cmark_node      *document = cmark_parse_document (text, length, CMARK_OPT_SOURCEPOS);
  cmark_iter      *iter = cmark_iter_new (document);
  cmark_event_type event;
  const char      *found = NULL;

  while (found == NULL && (event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);
      const char *line = text;

      if (event != CMARK_EVENT_ENTER || cmark_node_get_type (node) != CMARK_NODE_HEADING)
        continue;
      for (int n = 1; n < cmark_node_get_start_line (node) && line != NULL; n++)
        {
          line = memchr (line, '\n', length - (gsize) (line - text));
          line = line != NULL ? line + 1 : NULL;
        }
      found = line;
    }
  cmark_iter_free (iter);
  cmark_node_free (document);

  if (found != NULL)
    {
      const char *end = memchr (found, '\n', length - (gsize) (found - text));

      *line_length = end != NULL ? (gsize) (end - found) : length - (gsize) (found - text);
    }
  return found;
}

/* Whether @role holds a text that is @markdown. */
static gboolean
role_has_text (LadderRole *role, const char *markdown)
{
  const char *text;

  for (guint t = 0; (text = ladder_role_peek_text (role, t)) != NULL; t++)
    if (g_str_equal (text, markdown))
      return TRUE;

  return FALSE;
}

/* A heading typed in a role's text (its paragraph, what it says under its
 * grade) is kept on the page as typed, but the page may read it as a part
 * of the role, a subsection or another role: opened again, the text from
 * there on is no longer the role's text. Some are read as the text's own
 * (the SRE family's "##### Technical" under "#### Job Grade"), so the page
 * is read again to see, only when a role's text holds a heading. */
/* The page as it reads back, or NULL where it does not. */
static LadderFamily *
read_again (LintContext *context)
{
  if (!context->read_again_tried)
    {
      context->read_again_tried = TRUE;
      context->read_again
          = ladder_markdown_import (context->page, context->page_length, NULL, NULL);
    }

  return context->read_again;
}

static void
check_headings_in_role_text (LintContext *context)
{
  GListModel *roles_again = NULL;

  if (!ladder_lint_wants (context, "heading-in-text"))
    return;

  for (guint b = 0; b < context->map->len; b++)
    {
      const LadderPageBlock *block = ladder_lint_block (context, b);
      const char            *text = context->page + block->offset;
      const char            *markdown;
      g_autoptr (LadderRole) role_again = NULL;
      const char *line;
      gsize       line_length = 0;

      if (block->kind != LADDER_PAGE_BLOCK_ROLE_TEXT || block->slot != LADDER_SLOT_TEXT
          || block->role < 0 || block->section < 0 || (guint) block->role >= context->roles->len
          || !may_hold_heading (text, block->length))
        continue;

      markdown = ladder_role_peek_text (g_ptr_array_index (context->roles, block->role),
                                        (guint) block->section);
      if (markdown == NULL
          || (line = first_heading_line (text, block->length, &line_length)) == NULL)
        continue;

      if (read_again (context) == NULL)
        return;
      roles_again = ladder_family_get_roles (read_again (context));

      role_again = g_list_model_get_item (roles_again, (guint) block->role);
      if (role_again != NULL && role_has_text (role_again, markdown))
        continue;

      ladder_lint_report_at_block (
          context, "heading-in-text", b, (gsize) (line - context->page), line_length,
          _ ("This heading starts a part of the page of its own: opened again, the text from here "
             "on is no longer the role’s text"));
    }
}

/* A section's heading renamed "Requirements" (or "Job Grade", "What
 * you'll do") is kept on the page as typed, but there it may be read as a
 * part of the role above it: opened again, the section is gone, its text in
 * that role. Headings that name a part and read back as sections (a
 * family's "Responsibilities and Requirements") are the page's own, so the
 * page is read again to tell, only when such a heading is there. */
static void
check_headings_read_as_parts (LintContext *context)
{
  if (!ladder_lint_wants (context, "heading-in-text"))
    return;

  for (guint b = 0; b < context->map->len; b++)
    {
      const LadderPageBlock *block = ladder_lint_block (context, b);
      LadderSection         *section = NULL;
      g_autoptr (LadderSection) again = NULL;
      const char *heading;
      GListModel *sections;

      if (block->kind != LADDER_PAGE_BLOCK_SECTION_HEADING
          || (section = ladder_lint_block_section (context, b)) == NULL)
        continue;
      heading = ladder_section_get_heading (section);
      if (!ladder_markdown_heading_names_part (heading) || read_again (context) == NULL)
        continue;

      if (block->role < 0)
        {
          sections = ladder_family_get_sections (read_again (context));
        }
      else
        {
          g_autoptr (LadderRole) role = g_list_model_get_item (
              ladder_family_get_roles (read_again (context)), (guint) block->role);

          sections = role != NULL ? ladder_role_get_subsections (role) : NULL;
        }
      if (sections != NULL && (guint) block->section < g_list_model_get_n_items (sections))
        again = g_list_model_get_item (sections, (guint) block->section);
      if (again != NULL && g_str_equal (ladder_section_get_heading (again), heading))
        continue;

      ladder_lint_report_at_block (
          context, "heading-in-text", b, block->offset, block->length,
          _ ("This heading names a part of a role: opened again, the section is read as part of "
             "the role above it; give it another name"));
    }
}

void
ladder_lint_check_sections (LintContext *context)
{
  check_indicators (context);
  check_headed_sections (context);
  check_headings_in_text (context);
  check_headings_in_role_text (context);
  check_headings_read_as_parts (context);
}
