/* ladder-diff-format.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * A change as a reader sees it: where ("Senior Manager › Requirements") and
 * what ("grade 8 → 9", "+ “Ability to use GitLab”", a bullet with its
 * changed words marked). ladder-cli prints these; the window shows them.
 */

#include "ladder-diff-format.h"

#include <glib/gi18n-lib.h>
#include <string.h>

const LadderDiffMarkup ladder_diff_markup_plain = {
  .deleted_start = "[-",
  .deleted_end = "-]",
  .inserted_start = "{+",
  .inserted_end = "+}",
  .added_start = "",
  .added_end = "",
  .removed_start = "",
  .removed_end = "",
  .escape = NULL,
};

static void
append_text (GString                *out,
             const LadderDiffMarkup *markup,
             const char             *text,
             gssize                  length)
{
  if (length < 0)
    length = (gssize) strlen (text);

  if (markup->escape != NULL)
    {
      g_autofree char *escaped = markup->escape (text, length);

      g_string_append (out, escaped);
    }
  else
    {
      g_string_append_len (out, text, length);
    }
}

/* On one line: line breaks inside a bullet read as spaces. */
static void
append_flat (GString                *out,
             const LadderDiffMarkup *markup,
             const char             *text)
{
  g_autofree char *flat = g_strdup (text ? text : "");

  g_strdelimit (flat, "\n", ' ');
  append_text (out, markup, flat, -1);
}

static void
append_quoted (GString                *out,
               const LadderDiffMarkup *markup,
               const char             *text)
{
  if (text == NULL || *text == '\0')
    {
      /* TRANSLATORS: an empty value (a role that reports to no one) */
      g_string_append (out, _("none"));
      return;
    }

  g_string_append (out, "“");
  append_flat (out, markup, text);
  g_string_append (out, "”");
}

/* The spans on one line, each change between its marks. */
static void
append_spans_flat (GString                *out,
                   const LadderDiffMarkup *markup,
                   GArray                 *spans)
{
  for (guint i = 0; spans != NULL && i < spans->len; i++)
    {
      LadderDiffSpan *span = &g_array_index (spans, LadderDiffSpan, i);

      if (span->op == LADDER_DIFF_DELETE)
        g_string_append (out, markup->deleted_start);
      else if (span->op == LADDER_DIFF_INSERT)
        g_string_append (out, markup->inserted_start);

      append_flat (out, markup, span->text);

      if (span->op == LADDER_DIFF_DELETE)
        g_string_append (out, markup->deleted_end);
      else if (span->op == LADDER_DIFF_INSERT)
        g_string_append (out, markup->inserted_end);
    }
}

typedef struct
{
  GString  *text;
  gboolean  changed;
} Line;

/* A Markdown body: the lines that hold a change, each on its own line,
 * indented. A line break that was added or removed shows as "↵". Marks are
 * closed at the end of each line, so that a colour never runs on. */
static void
append_spans_by_line (GString                *out,
                      const LadderDiffMarkup *markup,
                      GArray                 *spans)
{
  g_autoptr (GArray) lines = g_array_new (FALSE, FALSE, sizeof (Line));
  Line line = { g_string_new (NULL), FALSE };
  guint shown = 0;

  for (guint i = 0; spans != NULL && i < spans->len; i++)
    {
      LadderDiffSpan *span = &g_array_index (spans, LadderDiffSpan, i);
      const char *start = markup->deleted_start, *end = markup->deleted_end;
      const char *p = span->text;

      if (span->op == LADDER_DIFF_INSERT)
        {
          start = markup->inserted_start;
          end = markup->inserted_end;
        }

      while (TRUE)
        {
          const char *newline = strchr (p, '\n');
          gsize length = newline != NULL ? (gsize) (newline - p) : strlen (p);

          if (span->op != LADDER_DIFF_EQUAL)
            {
              line.changed = TRUE;
              if (length > 0 || newline != NULL)
                {
                  g_string_append (line.text, start);
                  append_text (line.text, markup, p, (gssize) length);
                  if (newline != NULL)
                    g_string_append (line.text, "↵");
                  g_string_append (line.text, end);
                }
            }
          else
            {
              append_text (line.text, markup, p, (gssize) length);
            }

          if (newline == NULL)
            break;

          g_array_append_val (lines, line);
          line.text = g_string_new (NULL);
          line.changed = FALSE;
          p = newline + 1;
        }
    }
  g_array_append_val (lines, line);

  for (guint i = 0; i < lines->len; i++)
    {
      Line *l = &g_array_index (lines, Line, i);

      if (l->changed)
        {
          /* Lines apart from the one shown before are set off by "…". */
          if (shown > 0 && !g_array_index (lines, Line, i - 1).changed)
            g_string_append (out, "\n    …");
          g_string_append (out, "\n    ");
          g_string_append_len (out, l->text->str, (gssize) l->text->len);
          shown++;
        }
      g_string_free (l->text, TRUE);
    }
}

static const char *
list_name (LadderBulletList list)
{
  return list == LADDER_BULLET_LIST_REQUIREMENTS ? _("Requirements") : _("Responsibilities");
}

static const char *
role_title (const LadderChange *change)
{
  const char *title = change->new_role >= 0 ? change->new_role_title : change->old_role_title;

  /* TRANSLATORS: a role whose heading has no text */
  return title != NULL && *title != '\0' ? title : _("(untitled role)");
}

static const char *
section_heading (const LadderChange *change)
{
  const char *heading = change->new_section >= 0 ? change->new_heading : change->old_heading;

  /* TRANSLATORS: the part of a page, without a heading, where its roles are listed */
  return heading != NULL && *heading != '\0' ? heading : _("(untitled section)");
}

/**
 * ladder_change_format_location:
 *
 * Returns: (transfer full): where the change is, as "Senior Manager ›
 *   Requirements", "Hiring Process" or "Front matter".
 */
char *
ladder_change_format_location (const LadderChange *change)
{
  switch (change->kind)
    {
    case LADDER_CHANGE_TITLE:
      return g_strdup (_("Title"));
    case LADDER_CHANGE_SUMMARY:
      return g_strdup (_("Summary"));
    case LADDER_CHANGE_FRONT_MATTER:
      return g_strdup (_("Front matter"));
    case LADDER_CHANGE_INTRO:
      return g_strdup (_("Intro"));
    case LADDER_CHANGE_LAYOUT:
      return g_strdup (_("Page"));
    default:
      break;
    }

  if (ladder_change_is_bullet (change))
    /* TRANSLATORS: a role and one of its lists, "Senior Manager › Requirements" */
    return g_strdup_printf (_("%s › %s"), role_title (change), list_name (change->new_list));

  if (ladder_change_is_section (change) && (change->old_role >= 0 || change->new_role >= 0))
    return g_strdup_printf (_("%s › %s"), role_title (change), section_heading (change));

  if (ladder_change_is_section (change))
    return g_strdup (section_heading (change));

  return g_strdup (role_title (change));
}

/* The old value in the colour of removals, the new one in that of
 * additions, each quoted. */
static char *
quoted (const LadderDiffMarkup *markup,
        const char             *text,
        gboolean                added)
{
  GString *out = g_string_new (added ? markup->added_start : markup->removed_start);

  append_quoted (out, markup, text);
  g_string_append (out, added ? markup->added_end : markup->removed_end);
  return g_string_free (out, FALSE);
}

static char *
grade_text (const LadderDiffMarkup *markup,
            int                     grade,
            gboolean                added)
{
  g_autofree char *number = g_strdup_printf ("%d", grade);

  return g_strconcat (added ? markup->added_start : markup->removed_start,
                      grade < 0 ? _("none") : number,
                      added ? markup->added_end : markup->removed_end, NULL);
}

/* FORMAT (a literal, so that the compiler checks it) has two %s: the value
 * before and after, each quoted and marked. */
#define append_from_to(out, markup, format, old_text, new_text)        \
  G_STMT_START                                                          \
  {                                                                     \
    g_autofree char *from_ = quoted ((markup), (old_text), FALSE);      \
    g_autofree char *to_ = quoted ((markup), (new_text), TRUE);         \
                                                                        \
    g_string_append_printf ((out), format, from_, to_);                 \
  }                                                                     \
  G_STMT_END

static void
append_item (GString                *out,
             const LadderDiffMarkup *markup,
             gboolean                added,
             const char             *text)
{
  g_string_append (out, added ? markup->added_start : markup->removed_start);
  g_string_append (out, added ? "+ " : "- ");
  append_quoted (out, markup, text);
  g_string_append (out, added ? markup->added_end : markup->removed_end);
}

static void
append_marked (GString    *out,
               const char *start,
               const char *text,
               const char *end)
{
  g_string_append (out, start);
  g_string_append (out, text);
  g_string_append (out, end);
}

/**
 * ladder_change_format:
 *
 * Returns: (transfer full): what changed, on one line; for an edited
 *   Markdown body (a section, the intro), the first line says so and the
 *   changed lines follow, indented.
 */
char *
ladder_change_format (const LadderChange     *change,
                      const LadderDiffMarkup *markup)
{
  GString *out = g_string_new (NULL);

  if (markup == NULL)
    markup = &ladder_diff_markup_plain;

  switch (change->kind)
    {
    case LADDER_CHANGE_TITLE:
    case LADDER_CHANGE_SUMMARY:
      append_from_to (out, markup, "%s → %s", change->old_text, change->new_text);
      break;

    case LADDER_CHANGE_FRONT_MATTER:
      if (change->old_text == NULL || change->new_text == NULL)
        {
          gboolean added = change->new_text != NULL;

          g_string_append (out, added ? markup->added_start : markup->removed_start);
          g_string_append (out, added ? "+ " : "- ");
          append_text (out, markup, change->key, -1);
          g_string_append (out, ": ");
          append_quoted (out, markup, added ? change->new_text : change->old_text);
          g_string_append (out, added ? markup->added_end : markup->removed_end);
        }
      else
        {
          append_text (out, markup, change->key, -1);
          g_string_append (out, ": ");
          append_from_to (out, markup, "%s → %s", change->old_text, change->new_text);
        }
      break;

    case LADDER_CHANGE_INTRO:
    case LADDER_CHANGE_ROLE_TEXT:
    case LADDER_CHANGE_SECTION_EDITED:
      /* TRANSLATORS: a section's or a role's Markdown was edited; the changed lines follow */
      g_string_append (out, _("text edited"));
      append_spans_by_line (out, markup, change->spans);
      break;

    case LADDER_CHANGE_LAYOUT:
      g_string_append (out, _("only the Markdown layout changed"));
      append_spans_by_line (out, markup, change->spans);
      break;

    case LADDER_CHANGE_SECTION_ADDED:
      append_marked (out, markup->added_start, _("section added"), markup->added_end);
      break;

    case LADDER_CHANGE_SECTION_REMOVED:
      append_marked (out, markup->removed_start, _("section removed"), markup->removed_end);
      break;

    case LADDER_CHANGE_SECTION_RENAMED:
    case LADDER_CHANGE_ROLE_RENAMED:
      /* TRANSLATORS: a role's or section's old and new title, each quoted */
      append_from_to (out, markup, _("renamed %s → %s"), change->old_text, change->new_text);
      break;

    case LADDER_CHANGE_SECTION_MOVED:
      /* TRANSLATORS: a section's old and new position among the page's sections, from 1 */
      g_string_append_printf (out, _("moved (%d → %d)"), change->old_section + 1, change->new_section + 1);
      break;

    case LADDER_CHANGE_ROLE_ADDED:
      append_marked (out, markup->added_start, _("role added"), markup->added_end);
      break;

    case LADDER_CHANGE_ROLE_REMOVED:
      append_marked (out, markup->removed_start, _("role removed"), markup->removed_end);
      break;

    case LADDER_CHANGE_ROLE_MOVED:
      /* TRANSLATORS: a role's old and new position among the family's roles, from 1 */
      g_string_append_printf (out, _("moved (%d → %d)"), change->old_role + 1, change->new_role + 1);
      break;

    case LADDER_CHANGE_GRADE:
      {
        g_autofree char *old_grade = grade_text (markup, change->old_grade, FALSE);
        g_autofree char *new_grade = grade_text (markup, change->new_grade, TRUE);

        /* TRANSLATORS: a role's job grade changed: "grade 8 → 9" ("none" for no grade) */
        g_string_append_printf (out, _("grade %s → %s"), old_grade, new_grade);
      }
      break;

    case LADDER_CHANGE_GRADE_LINK:
      /* TRANSLATORS: the link of a role's job grade changed; two quoted links */
      append_from_to (out, markup, _("grade link %s → %s"), change->old_text, change->new_text);
      break;

    case LADDER_CHANGE_REPORTS_TO:
      /* TRANSLATORS: the role a role reports to changed; two quoted role names */
      append_from_to (out, markup, _("reports to %s → %s"), change->old_text, change->new_text);
      break;

    case LADDER_CHANGE_REPORTS_TO_LINK:
      /* TRANSLATORS: the link of the role a role reports to changed; two quoted links */
      append_from_to (out, markup, _("reports-to link %s → %s"), change->old_text, change->new_text);
      break;

    case LADDER_CHANGE_EXTENDS:
      /* TRANSLATORS: the role whose requirements a role extends changed; two quoted role names */
      append_from_to (out, markup, _("extends %s → %s"), change->old_text, change->new_text);
      break;

    case LADDER_CHANGE_BULLET_ADDED:
      append_item (out, markup, TRUE, change->new_text);
      break;

    case LADDER_CHANGE_BULLET_REMOVED:
      append_item (out, markup, FALSE, change->old_text);
      break;

    case LADDER_CHANGE_BULLET_EDITED:
      g_string_append (out, "~ ");
      append_spans_flat (out, markup, change->spans);
      break;

    case LADDER_CHANGE_BULLET_MOVED:
      {
        g_autoptr (GString) text = g_string_new (NULL);

        append_quoted (text, markup, change->new_text);
        if (change->old_group != NULL || change->new_group != NULL)
          {
            g_autoptr (GString) from = g_string_new (NULL);
            g_autoptr (GString) to = g_string_new (NULL);

            append_quoted (from, markup, change->old_group);
            append_quoted (to, markup, change->new_group);
            if (change->old_group == NULL)
              /* TRANSLATORS: a bullet went into a group of its list ("Nice-to-have"); both quoted
               */
              g_string_append_printf (out, _ ("moved %s into group %s"), text->str, to->str);
            else if (change->new_group == NULL)
              /* TRANSLATORS: a bullet left a group of its list for its start; both quoted */
              g_string_append_printf (out, _ ("moved %s out of group %s"), text->str, from->str);
            else
              /* TRANSLATORS: a bullet went from one group of its list to another; all quoted */
              g_string_append_printf (out, _ ("moved %s from group %s to %s"), text->str, from->str,
                                      to->str);
          }
        else if (change->old_list != change->new_list)
          /* TRANSLATORS: a bullet moved between a role's lists: "moved from Responsibilities “text”" */
          g_string_append_printf (out, _("moved from %s %s"), list_name (change->old_list), text->str);
        else
          /* TRANSLATORS: a bullet, quoted, and its old and new position in its list, from 1 */
          g_string_append_printf (out, _("moved %s (%d → %d)"), text->str, change->old_bullet + 1,
                                  change->new_bullet + 1);
      }
      break;

    default:
      g_assert_not_reached ();
    }

  return g_string_free (out, FALSE);
}
